// Checks of single fields: figures that are not numbers, quartiles outside 1-4, polarity,
// RAG and trend words, periods, and the "1" extraction leaves for "Annual".
#pragma once

#include <vector>

#include "stages/model/finding.hpp"
#include "stages/model/scorecard.hpp"

namespace scorecard {

void check_figures(Indicator& ind, Findings& findings);
void check_words(Indicator& ind, SourceLayout layout, Findings& findings);
void check_periods(Indicator& ind, Findings& findings);

// A note for each period written with a two-digit year ("Sep-99"), saying which century it is
// read in (period.hpp: 1970 to 2069), once per period text, at its first appearance.
void note_two_digit_years(const std::vector<Indicator*>& rows, Findings& findings);

}  // namespace scorecard
