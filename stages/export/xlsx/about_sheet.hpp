// The About sheet, last: how this edition was made (source file, reporting period, input
// layout, template, version, when) and what the checks found. The count of findings includes
// the PDF's, which arrive only once it is laid out, so this sheet is written after the others.
#pragma once

#include "workbook_parts.hpp"

namespace scorecard::xlsx {

void add_about_sheet(const WorkbookParts& parts);

}  // namespace scorecard::xlsx
