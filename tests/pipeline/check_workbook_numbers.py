#!/usr/bin/python3
"""Reads a scorecard workbook with openpyxl, as a finance officer's script would, and checks
that every figure is a number cell with a number format: never text, never General.

Usage: check_workbook_numbers.py WORKBOOK.xlsx
Prints one line per problem and exits 1 if there is any; prints a summary and exits 0 if not.
"""
import sys

import openpyxl

# Columns that hold figures, by their header in each sheet.
DATA_FIGURES = {"Previous value", "Latest value", "Figure in brackets", "Numerator", "Denominator", "Target value",
                "National quartile", "Statistical neighbour average", "Target gap", "Change", "Relative change",
                "Gap to neighbour average", "National rank", "Authorities ranked", "Computed national quartile",
                "Position in quartile", "National neighbour average"}
SCORECARD_FIGURES = {"Previous Value", "Latest Value", "National benchmark (quartile 1 = top)",
                     "Most recent Statistical Neighbour average"}
# What a figure cell may hold instead of a number: the table's own words for "none".
NOT_FIGURES = {"N/A", "n/a", "-"}
# On the Data sheet a figure cell with no figure says why, in the GSS shorthand (see the Cover).
SHORTHAND = {"[x]", "[z]", "[c]"}


def header_row(ws, header):
    """The first row that has `header` in one of its cells."""
    for row in ws.iter_rows(min_row=1, max_row=10):
        if any(cell.value == header for cell in row):
            return row[0].row
    return None


def check_sheet(ws, a_header, figure_headers, problems):
    top = header_row(ws, a_header)
    if top is None:
        problems.append(f"{ws.title}: no header row with {a_header!r}")
        return 0
    headers = {cell.column: cell.value for cell in ws[top]}
    numbers = 0
    for row in ws.iter_rows(min_row=top + 1):
        for cell in row:
            header = headers.get(cell.column)
            if header not in figure_headers or cell.value is None:
                continue
            if isinstance(cell.value, bool) or not isinstance(cell.value, (int, float)):
                if not (isinstance(cell.value, str) and cell.value in (NOT_FIGURES | SHORTHAND if ws.title == "Data" else NOT_FIGURES)):
                    problems.append(f"{ws.title}!{cell.coordinate} ({header}): {cell.value!r} is not a number")
                continue
            if cell.number_format == "General":
                problems.append(f"{ws.title}!{cell.coordinate} ({header}): a number with no number format")
            numbers += 1
    return numbers


def main():
    workbook = openpyxl.load_workbook(sys.argv[1])
    problems = []
    numbers = check_sheet(workbook["Data"], "Indicator ID", DATA_FIGURES, problems)
    numbers += check_sheet(workbook["Scorecard"], "Indicator", SCORECARD_FIGURES, problems)
    for p in problems:
        print(p)
    if problems:
        return 1
    print(f"{numbers} figure cells, all numbers with a number format")
    return 0


if __name__ == "__main__":
    sys.exit(main())
