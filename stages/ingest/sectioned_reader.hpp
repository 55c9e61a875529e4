// Reads the 2019/20 sectioned layout: a title row with the period, outcome headings as
// full-width rows, polarity in the indicator's name, counts in brackets, chart glyphs.
#pragma once

#include "raw_table.hpp"
#include "stages/model/scorecard.hpp"

namespace scorecard {

bool read_sectioned_layout(RawTable& table, std::size_t header_row, Scorecard* scorecard,
                           Findings& findings);

}  // namespace scorecard
