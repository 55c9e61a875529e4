#include "table_text.hpp"

#include "stages/model/text_utils.hpp"

namespace scorecard {

bool is_blank_page_text(const std::string& text) {
    std::string f = fold_for_matching(text);
    return f.find("intentionally left blank") != std::string::npos;
}

void keep_line_outside_table(const RawRow& row, Scorecard* scorecard) {
    std::string text;
    for (const auto& c : row.cells)
        if (!trim(c.text).empty()) text += (text.empty() ? "" : " ") + trim(c.text);
    scorecard->lines_outside_table.push_back(TextCell{text, row.where(0)});
}

}  // namespace scorecard
