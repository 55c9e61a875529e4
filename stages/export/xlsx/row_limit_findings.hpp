// Warnings for the rows Excel's height limit cut (sheet_sizer.hpp clamps them at 409 pt): such
// a row shows, and prints, only the first part of its text, and the reader must be told.
#pragma once

#include <cstddef>
#include <vector>

#include "stages/model/finding.hpp"
#include "stages/model/scorecard.hpp"
#include "workbook_parts.hpp"

namespace scorecard::xlsx {

// One warning (`xlsx-row-too-tall`) for each sheet with rows the ledger notes from index `from`
// on, naming them all; not for the Scorecard sheet, whose writer names each indicator's cell.
void add_cut_row_findings(const WorkbookLedger& ledger, std::size_t from, const Scorecard& scorecard,
                          std::vector<Finding>& findings);

}  // namespace scorecard::xlsx
