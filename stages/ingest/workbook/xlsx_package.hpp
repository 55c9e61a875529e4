// The package of an .xlsx (Open Packaging Conventions): which part is the workbook, its
// sheets in tab order with their names, visibility and parts, the styles and shared-strings
// parts, and the date system. Followed through the relationship parts, as Excel does, so
// workbooks whose parts are not where Excel puts them (some writers) read too.
#pragma once

#include <string>
#include <vector>

#include "number_format.hpp"
#include "zip_archive.hpp"

namespace scorecard {

struct XlsxSheet {
    std::string name;
    std::string part;        // "xl/worksheets/sheet1.xml"; "" when the relationship is missing
    bool hidden = false;     // state="hidden" or "veryHidden"
    bool worksheet = true;   // false: a chart sheet or a dialog sheet (no cells)
};

struct XlsxPackage {
    std::string workbook_part;
    std::string styles_part;          // "" when the workbook has none
    std::string shared_strings_part;  // "" when the workbook has none
    std::vector<XlsxSheet> sheets;
    DateSystem dates = DateSystem::Excel1900;
    bool has_macros = false;  // an .xlsm's VBA project (never run; only cells are read)
};

// Throws WorkbookError when the package is not an .xlsx scorecard can read.
XlsxPackage read_xlsx_package(ZipArchive& archive, const WorkbookLimits& limits);

// The part a relationship's target names, from the part the relationship belongs to:
// ("xl/workbook.xml", "worksheets/sheet1.xml") -> "xl/worksheets/sheet1.xml"; an absolute
// target ("/xl/styles.xml") is from the package root. "" when it leads outside the package.
std::string resolve_part_name(const std::string& source_part, const std::string& target);

}  // namespace scorecard
