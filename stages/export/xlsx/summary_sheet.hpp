// The Summary sheet, right after the Cover: the summary tables every document prints
// (common/summary_tables.hpp), each under a heading as an Excel table of its own; a table with
// no rows is a sentence instead (Excel refuses a table without rows).
#pragma once

#include "workbook_parts.hpp"

namespace scorecard::xlsx {

inline const char* const kSummarySheet = "Summary";

void add_summary_sheet(const WorkbookParts& parts);

}  // namespace scorecard::xlsx
