#include "row_limit_findings.hpp"

#include <algorithm>
#include <cstdio>
#include <string>

namespace scorecard::xlsx {

namespace {

// "row 4", "rows 4 and 9", "rows 4, 9 and 12" (1-based, as Excel numbers them).
std::string row_list(const std::vector<std::uint32_t>& rows) {
    std::string out = rows.size() == 1 ? "row " : "rows ";
    for (std::size_t k = 0; k < rows.size(); ++k) {
        if (k > 0) out += k + 1 == rows.size() ? " and " : ", ";
        out += std::to_string(rows[k] + 1);
    }
    return out;
}

}  // namespace

Finding row_limit_finding(const std::string& source_file, const std::string& what, std::size_t rows,
                          double needed_pt) {
    const bool several = rows > 1;
    char height[64];
    std::snprintf(height, sizeof height, "%s%.0f pt", several ? "up to " : "", needed_pt);
    Finding f;
    f.severity = Severity::Warning;
    f.code = "xlsx-row-too-tall";
    f.file = source_file;
    f.message = what + (several ? " need " : " needs ") + height + ", more than the " +
                std::to_string(static_cast<int>(kMaxRowPt)) + " pt Excel allows a row, so on screen and in print " +
                (several ? "they show" : "it shows") + " only the first part of " + (several ? "their" : "its") +
                " text; the cells hold all of it";
    return f;
}

void add_cut_row_findings(const WorkbookLedger& ledger, std::size_t from, const Scorecard& scorecard,
                          std::vector<Finding>& findings) {
    // One warning per sheet, naming all its cut rows: one cause (a long name, long commentary)
    // often cuts several rows of a sheet.
    std::vector<std::string> sheets;
    for (std::size_t i = from; i < ledger.cut_rows.size(); ++i) {
        const std::string& sheet = ledger.cut_rows[i].sheet;
        if (sheet != kScorecardSheet && std::find(sheets.begin(), sheets.end(), sheet) == sheets.end())
            sheets.push_back(sheet);
    }
    for (const std::string& sheet : sheets) {
        std::vector<std::uint32_t> rows;
        double needed = 0;
        for (std::size_t i = from; i < ledger.cut_rows.size(); ++i) {
            const WorkbookLedger::CutRow& cut = ledger.cut_rows[i];
            if (cut.sheet != sheet) continue;
            rows.push_back(cut.row.row);
            needed = std::max(needed, cut.row.needed_pt);
        }
        findings.push_back(
            row_limit_finding(scorecard.source_file, "the " + sheet + " sheet's " + row_list(rows), rows.size(), needed));
    }
}

}  // namespace scorecard::xlsx
