#include "table_text.hpp"

#include "stages/model/text_utils.hpp"

namespace scorecard {

bool is_blank_page_text(const std::string& text) {
    std::string f = fold_for_matching(text);
    return f.find("intentionally left blank") != std::string::npos;
}

void note_text_outside_table(const RawRow& row, Findings& findings) {
    std::string text;
    for (const auto& c : row.cells)
        if (!trim(c.text).empty()) text += (text.empty() ? "" : " ") + trim(c.text);
    if (is_blank_page_text(text)) {
        findings.note("blank-page-text", row.where(0),
                      "\"" + text + "\" is the published PDF's blank page, not a table row; skipped");
        return;
    }
    Finding& f = findings.warning("text-outside-table", row.where(0),
                                  "line holds a single cell " + quoted(text) + ", not a table row; it is left out");
    f.before = text;
}

}  // namespace scorecard
