// Gives every indicator a stable id: the Id column where the table has one, otherwise one made
// from its name, so the history store can follow an indicator from quarter to quarter.
#pragma once

#include "stages/model/finding.hpp"
#include "stages/model/scorecard.hpp"

namespace scorecard {

void assign_indicator_ids(Scorecard* scorecard, Findings& findings);

}  // namespace scorecard
