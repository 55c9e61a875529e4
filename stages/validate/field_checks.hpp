// Checks of single fields: figures that are not numbers, quartiles outside 1-4, polarity,
// RAG and trend words, periods, and the "1" extraction leaves for "Annual".
#pragma once

#include "stages/model/finding.hpp"
#include "stages/model/scorecard.hpp"

namespace scorecard {

void check_figures(Indicator& ind, Findings& findings);
void check_words(Indicator& ind, SourceLayout layout, Findings& findings);
void check_periods(Indicator& ind, Findings& findings);

}  // namespace scorecard
