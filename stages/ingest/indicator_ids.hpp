// Gives every indicator an id: the Id column where the table has one, otherwise one made from
// its name, so the history store can follow an indicator from quarter to quarter. Two rows
// with one id are kept apart by validate (stages/validate/indicator_id_checks.hpp).
#pragma once

#include "stages/model/scorecard.hpp"

namespace scorecard {

void assign_indicator_ids(Scorecard* scorecard);

}  // namespace scorecard
