// The workbook's Data table as a CSV file (STEM-data.csv), for readers whose tools take CSV and
// not Excel: the same header and the same rows, made by the same code (data_sheet's DataRows),
// so the two cannot disagree.
//
//   - RFC 4180: comma-separated, CR LF after every record, a field quoted (its quotes doubled)
//     when it holds a comma, a quote, a CR or a line feed;
//   - UTF-8 with a byte-order mark, which Excel needs to read UTF-8 rather than the machine's
//     code page;
//   - one header record (the Data table's headers), then one record per indicator; the Data
//     sheet's title and note rows are not part of the table and are left out;
//   - figures as the Data sheet holds them (a percentage as its fraction: 22.60% is 0.226),
//     rounded to Excel's 15 significant digits as the sheet stores them; a period's end date as
//     ISO 8601 (2022-12-31), not Excel's day count; TRUE and FALSE as the sheet shows them;
//     an empty cell's shorthand ([x], [z], [c]) as the sheet has it;
//   - text that a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a CR)
//     has an apostrophe before it, as `history export` writes it. A figure is never text, so a
//     negative number is written as the number it is.
#pragma once

#include <string>

#include "stages/model/scorecard.hpp"
#include "stages/templates/output_template.hpp"

namespace scorecard {

// Writes the CSV to `path` (the driver passes a temporary name and renames it into place).
// Throws ExportError naming the path when it cannot be written.
void write_data_csv(const Scorecard& scorecard, const OutputTemplate& layout, const std::string& path);

namespace xlsx {

// One field as written: guarded against formulas (text only), then quoted when it must be.
std::string csv_text_field(const std::string& text);

// A figure as the Data sheet stores it: 15 significant digits, the shortest form ("0.226", "3775").
std::string csv_number_field(double number);

}  // namespace xlsx

}  // namespace scorecard
