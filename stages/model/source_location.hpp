// Where a piece of the model came from in the input, so every finding can name it.
//
// A text table is located by line and column; a workbook by sheet and cell. Both fit the same
// four numbers: for a workbook `line` is the sheet's row and `column` its column (A = 1), and
// `sheet` names the sheet. Sheet names are registered once per name and referred to by a small
// number, so a location stays four ints however many cells the model holds.
#pragma once

#include <string>

namespace scorecard {

struct SourceLocation {
    int line = 0;    // text: 1-based line (0: not from the input); workbook: the sheet's row
    int column = 0;  // text: 1-based character column where the cell starts; workbook: the sheet's column
    int cell = 0;    // 1-based position of the cell in its row (what a spreadsheet user counts)
    int sheet = 0;   // 0: a text file; otherwise the workbook sheet, see sheet_name()

    bool in_sheet() const { return sheet != 0; }
};

// The number a sheet name is known by (the same number for the same name, from 1). The names
// live for the whole process; a run reads a handful. Past 4,096 distinct names (only a fuzzer
// gets there) every new name shares one entry that says so.
int register_sheet_name(const std::string& name);
// The registered name, or "" for 0 and unknown numbers.
std::string sheet_name(int sheet);

// Excel's column letters: 1 -> "A", 26 -> "Z", 27 -> "AA", 16384 -> "XFD".
std::string column_letters(int column);
// "C7" for a workbook location (column letters and row); "" for a text location.
std::string cell_reference(const SourceLocation& where);
// The sheet name as Excel writes it before '!': bare when it is letters, digits, '_' and '.',
// otherwise in single quotes with inner quotes doubled ('Q4 data', 'Bob''s').
std::string quoted_sheet_name(const std::string& name);

// Where a finding points, in the form editors jump to: "FILE:LINE:COLUMN" for text,
// "FILE:SHEET!C7" for a workbook cell, "FILE:SHEET" for a whole sheet and "FILE" for the
// whole file (line 0).
std::string location_text(const std::string& file, const SourceLocation& where);

}  // namespace scorecard
