// Warnings for the rows Excel's height limit cut (sheet_sizer.hpp clamps them at 409 pt): such
// a row shows, and prints, only the first part of its text, and the reader must be told.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "stages/model/finding.hpp"
#include "stages/model/scorecard.hpp"
#include "workbook_parts.hpp"

namespace scorecard::xlsx {

// The warning (`xlsx-row-too-tall`) that `rows` rows, named by `what` ("the Summary sheet's
// row 24"), need up to `needed_pt` points: what the reader sees and where the text still is.
Finding row_limit_finding(const std::string& source_file, const std::string& what, std::size_t rows,
                          double needed_pt);

// One warning (`xlsx-row-too-tall`) for each sheet with rows the ledger notes from index `from`
// on, naming them all; not for the Scorecard sheet, whose writer names each indicator's cell.
void add_cut_row_findings(const WorkbookLedger& ledger, std::size_t from, const Scorecard& scorecard,
                          std::vector<Finding>& findings);

}  // namespace scorecard::xlsx
