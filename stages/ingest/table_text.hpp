// Lines of text that are not table rows: the "This page is intentionally left blank" page that
// PDF extraction carries along, and other stray lines. Both readers keep them the same way, in
// the model, for validate to report.
#pragma once

#include <string>

#include "raw_table.hpp"
#include "stages/model/scorecard.hpp"

namespace scorecard {

bool is_blank_page_text(const std::string& text);

// Keeps a line outside the table (its cells' text joined) in scorecard->lines_outside_table.
void keep_line_outside_table(const RawRow& row, Scorecard* scorecard);

}  // namespace scorecard
