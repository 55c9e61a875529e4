// Keeps apart two indicators with one id (the Id column given twice, or two names that make
// the same id): the later one gets "-2", "-3", ..., reported, since the history store follows
// indicators by id.
#pragma once

#include <vector>

#include "stages/model/finding.hpp"
#include "stages/model/scorecard.hpp"

namespace scorecard {

// `rows` are the indicators in table order.
void keep_indicator_ids_apart(std::vector<Indicator*>& rows, Findings& findings);

}  // namespace scorecard
