// Repairs cells of two rows that PDF extraction ran together into one cell
// ("67.1% 2021/22 Final 40.1% 2021/22 Final"), leaving the next row short. The pieces are
// moved back only where the result is unambiguous: the cells they return to are empty and the
// stated trend of each repaired row agrees with its figures. Otherwise the row is an error.
#pragma once

#include <vector>

#include "stages/model/finding.hpp"
#include "stages/model/scorecard.hpp"

namespace scorecard {

// `rows` are the indicators in table order (the repair can reach the next row).
void repair_run_together_cells(std::vector<Indicator*>& rows, Findings& findings);

}  // namespace scorecard
