// The summary of a scorecard against the earlier one the history store holds: counts of each
// published rating then and now, the ratings that changed, and the largest improvements and
// declines by direction of travel (docs/history.md, "The summary"). Every document prints it
// from scorecard.summary, so they cannot disagree.
#pragma once

#include "stages/model/scorecard.hpp"

namespace scorecard {

// Fills scorecard.summary from the published ratings, the computed directions and
// scorecard.earlier. Runs after every indicator is computed.
void summarise_period(Scorecard& scorecard);

}  // namespace scorecard
