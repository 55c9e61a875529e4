// Reads the 2022/23 flat layout (the canonical one) into the model.
#pragma once

#include "raw_table.hpp"
#include "stages/model/scorecard.hpp"

namespace scorecard {

// Fills `scorecard` from the rows below `header_row`, releasing each row's cells once read. Returns false when an error was found
// (the findings say where); the model then holds what could be read.
bool read_flat_layout(RawTable& table, std::size_t header_row, Scorecard* scorecard, Findings& findings);

}  // namespace scorecard
