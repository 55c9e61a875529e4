// Small .xlsx and .ods files written part by part, for tests of what the readers must cope
// with that Excel, LibreOffice and the Python writers seldom write (or write only by chance).
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace scorecard::test {

using Parts = std::vector<std::pair<std::string, std::string>>;  // entry name, bytes

// A zip archive of the parts, in order (deflated, or stored with `stored`).
std::string make_zip(const Parts& parts, bool stored = false);

struct XlsxSheetPart {
    std::string name;
    std::string xml;           // the worksheet part; see sheet_xml()
    std::string state;         // "", "hidden", "veryHidden"
    bool chart = false;        // a chart sheet (no cells)
};

struct XlsxParts {
    std::vector<XlsxSheetPart> sheets;
    std::string styles;          // xl/styles.xml, or "" for none
    std::string shared_strings;  // xl/sharedStrings.xml, or "" for none
    bool date1904 = false;
    Parts extra;                 // more entries
};

std::string make_xlsx(const XlsxParts& parts);
// One sheet named Q4.
std::string make_xlsx(const std::string& sheet_xml);

// A worksheet part around the given <sheetData> rows and anything after them (mergeCells).
std::string sheet_xml(const std::string& rows, const std::string& before = "", const std::string& after = "");
// <row r="R"> of inline-string cells from column A, "" leaving a cell out.
std::string text_row(int row, const std::vector<std::string>& cells);

// The 2022/23 header and one row of figures as text rows 1 and 2 ("Help children" ...).
extern const std::vector<std::string> kFlatHeader;
extern const std::vector<std::string> kFlatRow;

// An .ods with the given office:spreadsheet body (table:table elements) and automatic styles.
std::string make_ods(const std::string& tables, const std::string& automatic_styles = "");
// A table:table-row of string cells.
std::string ods_row(const std::vector<std::string>& cells, const std::string& attributes = "");

}  // namespace scorecard::test
