// The trend rule, in one place because validate (to check a repair) and compute (to rate)
// both use it: latest against previous, compared at the precision the source shows.
#pragma once

#include "scorecard.hpp"

namespace scorecard {

// Increase, Decrease or No Change; N/A when either is not a figure or their units differ
// (a percentage against a plain number says nothing).
Trend trend_between(const Value& previous, const Value& latest);

}  // namespace scorecard
