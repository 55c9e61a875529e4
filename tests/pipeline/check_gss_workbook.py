"""Reads a scorecard workbook back as openpyxl (a reader's own script) sees it and checks it
against the GSS checklist "Releasing statistics in spreadsheets": a Cover sheet first and active,
with the title, the reporting period and a link to every other sheet; and no folder of the
machine that built it in any part of the file.

usage: check_gss_workbook.py WORKBOOK FOLDER [LISTED [UNLISTED]]
FOLDER: a folder that must not appear anywhere in the file (the input's own folder).
LISTED, UNLISTED: abbreviations (comma-separated) the Cover must and must not spell out.
Prints one line per check passed; exits 1 naming the first check that failed."""
import datetime
import sys
import zipfile

import openpyxl


def fail(message):
    print("FAILED: " + message)
    sys.exit(1)


def cover(book):
    if book.sheetnames[0] != "Cover":
        fail("the first sheet is %r, not Cover" % book.sheetnames[0])
    if book.active.title != "Cover":
        fail("the workbook opens on %r, not the Cover" % book.active.title)
    sheet = book["Cover"]
    labels = {}
    links = {}
    for row in sheet.iter_rows():
        if row[0].value is not None and len(row) > 1:
            labels[row[0].value] = row[1].value
        if row[0].hyperlink is not None:
            links[row[0].value] = row[0].hyperlink.location
    title = sheet["A1"].value
    if not title or "Performance" not in title:
        fail("the Cover's A1 is %r, not the title" % title)
    for label in ("Reporting period", "Source file"):
        if not labels.get(label):
            fail("the Cover has no %s" % label)
    for name in book.sheetnames[1:]:
        if name not in links:
            fail("the Cover has no link to the %s sheet" % name)
        if links[name] != "'%s'!A1" % name:
            fail("the Cover's link to %s goes to %r" % (name, links[name]))
        if not labels.get(name):
            fail("the Cover does not say what the %s sheet holds" % name)
    if "print layout" not in labels.get("Scorecard", ""):
        fail("the Cover does not name the Scorecard sheet as the print layout")
    print("cover: first, active, title, period, %d sheets linked" % len(links))


SHORTHAND = ("[x]", "[z]", "[c]")


def cover_labels(book):
    return {row[0].value: row[1].value for row in book["Cover"].iter_rows() if row[0].value is not None}


def data_table(book):
    """The Data sheet's table as rows of cells, header first."""
    sheet = book["Data"]
    table = sheet.tables["ScorecardData"]
    return [list(row) for row in sheet[table.ref]]


def no_blank_cells(book):
    rows = data_table(book)
    header, body = rows[0], rows[1:]
    numeric_columns = 0
    for c, head in enumerate(header):
        cells = [row[c] for row in body]
        for cell in cells:
            if cell.value is None or (isinstance(cell.value, str) and not cell.value.strip()):
                fail("Data %s (%s) is blank" % (cell.coordinate, head.value))
        numbers = [cell for cell in cells if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool)]
        if numbers:
            numeric_columns += 1
            for cell in cells:
                if cell not in numbers and not isinstance(cell.value, bool) and cell.value not in SHORTHAND:
                    fail("Data %s (%s) holds %r among numbers" % (cell.coordinate, head.value, cell.value))
    labels = cover_labels(book)
    for symbol in SHORTHAND:
        if not labels.get(symbol):
            fail("the Cover does not explain %s" % symbol)
    used = sorted({c.value for row in body for c in row if c.value in SHORTHAND})
    print("shorthand: %d cells, no blanks, %d numeric columns, used %s" % (len(body) * len(header), numeric_columns, " ".join(used)))


def format_decimals(number_format):
    """Digits after the point a format shows, counting a percentage's two: 0.00% gives 4."""
    if "." not in number_format:
        places = 0
    else:
        places = len(number_format.split(".")[1].rstrip("%").rstrip(";"))
    return places + (2 if number_format.endswith("%") else 0)


def periods_and_rounding(book):
    rows = data_table(book)
    header, body = [c.value for c in rows[0]], rows[1:]
    sort_columns = 0
    for c, head in enumerate(header):
        if head.endswith(" period"):
            if c + 1 >= len(header) or header[c + 1] != head + " ends":
                fail("no sort column beside %r" % head)
            for row in body:
                cell = row[c + 1]
                if not (isinstance(cell.value, datetime.datetime) or cell.value in SHORTHAND):
                    fail("Data %s (%s) is %r, not a date" % (cell.coordinate, header[c + 1], cell.value))
                if isinstance(cell.value, datetime.datetime) and not cell.is_date:
                    fail("Data %s has no date format" % cell.coordinate)
            sort_columns += 1
    if not sort_columns:
        fail("no period sort column")
    checked = 0
    for row in body:
        for cell in row:
            if isinstance(cell.value, float) and not cell.is_date:
                places = format_decimals(cell.number_format)
                if round(cell.value, places) != cell.value:
                    fail("Data %s holds %r, more precise than its format %s" % (cell.coordinate, cell.value, cell.number_format))
                checked += 1
    sheet = book["Data"]
    setup = sheet.page_setup
    if not sheet.sheet_properties.pageSetUpPr.fitToPage or setup.fitToWidth not in (None, 1) or setup.fitToHeight != 0:
        fail("the Data sheet is not fitted to one page wide")
    print("periods: %d sort columns of dates; rounding: %d figures as shown; print: one page wide" % (sort_columns, checked))


def abbreviations(book, listed, unlisted):
    labels = cover_labels(book)
    for a in listed:
        if not labels.get(a):
            fail("the Cover does not spell out %s" % a)
    for a in unlisted:
        if a in labels:
            fail("the Cover spells out %s, which the scorecard does not use" % a)
    print("abbreviations: listed %s; not listed %s" % (",".join(listed), ",".join(unlisted)))


def no_folders(path, folder):
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if folder.encode() in z.read(name):
                fail("%s holds the folder %s" % (name, folder))
    print("paths: no part names the folder")


def main():
    path, folder = sys.argv[1], sys.argv[2]
    book = openpyxl.load_workbook(path)
    cover(book)
    no_folders(path, folder)
    no_blank_cells(book)
    periods_and_rounding(book)
    listed = [a for a in (sys.argv[3] if len(sys.argv) > 3 else "").split(",") if a]
    unlisted = [a for a in (sys.argv[4] if len(sys.argv) > 4 else "").split(",") if a]
    abbreviations(book, listed, unlisted)


main()
