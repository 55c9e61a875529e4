#include "table_shape_checks.hpp"

#include "stages/ingest/table_text.hpp"
#include "stages/model/text_utils.hpp"

namespace scorecard {

void report_lines_outside_table(const Scorecard& scorecard, Findings& findings) {
    for (const auto& line : scorecard.lines_outside_table) {
        if (is_blank_page_text(line.text)) {
            findings.note("blank-page-text", line.where,
                          "\"" + line.text + "\" is the published PDF's blank page, not a table row; skipped");
            continue;
        }
        Finding& f = findings.warning("text-outside-table", line.where,
                                      "line holds a single cell " + quoted(line.text) + ", not a table row; it is left out");
        f.before = line.text;
        f.action = FindingAction::Repaired;
    }
}

void report_short_flat_row(const Indicator& ind, Findings& findings) {
    const RowAsRead& row = ind.as_read;
    if (row.cells >= row.expected_cells) return;
    Finding& f = findings.warning("short-row", row.end,
                                  "row has " + std::to_string(row.cells) + " cells; the header has " +
                                      std::to_string(row.expected_cells) +
                                      ": the missing cells at its end are taken as empty");
    f.before = std::to_string(row.cells) + " cells";
    f.action = FindingAction::Repaired;
    f.after = std::to_string(row.expected_cells) + " cells";
}

}  // namespace scorecard
