#include "row_limit_findings.hpp"

#include <cstdio>
#include <string>

namespace scorecard::xlsx {

void add_cut_row_findings(const WorkbookLedger& ledger, std::size_t from, const Scorecard& scorecard,
                          std::vector<Finding>& findings) {
    for (std::size_t i = from; i < ledger.cut_rows.size(); ++i) {
        const WorkbookLedger::CutRow& cut = ledger.cut_rows[i];
        if (cut.sheet == kScorecardSheet) continue;
        char needed[64];
        std::snprintf(needed, sizeof needed, "%.0f pt", cut.row.needed_pt);
        Finding f;
        f.severity = Severity::Warning;
        f.code = "xlsx-row-too-tall";
        f.file = scorecard.source_file;
        f.message = "the " + cut.sheet + " sheet's row " + std::to_string(cut.row.row + 1) + " needs " + needed +
                    ", more than the " + std::to_string(static_cast<int>(kMaxRowPt)) +
                    " pt Excel allows a row, so on screen and in print it shows only the first part of its text; "
                    "the cells hold all of it";
        findings.push_back(std::move(f));
    }
}

}  // namespace scorecard::xlsx
