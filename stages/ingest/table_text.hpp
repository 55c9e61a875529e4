// Lines of text that are not table rows: the "This page is intentionally left blank" page that
// PDF extraction carries along, and other stray lines. Both readers report them the same way.
#pragma once

#include <string>

#include "raw_table.hpp"

namespace scorecard {

bool is_blank_page_text(const std::string& text);
// Reports a one-cell line outside the table: a note for the blank-page sentence, a warning
// (it is dropped) for anything else.
void note_text_outside_table(const RawRow& row, Findings& findings);

}  // namespace scorecard
