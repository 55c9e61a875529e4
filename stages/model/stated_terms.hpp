// The words tables use for trend and direction, read into the model's enums so the stated
// values can be checked against the computed ones.
#pragma once

#include <string>

#include "scorecard.hpp"

namespace scorecard {

// "Increase", "Decrease", "No Change" (and "Up", "Down", "Same", "No change"), "N/A", "".
// Returns false for words it does not know.
bool read_stated_trend(const std::string& text, Trend* out);

// "Better", "Worse", "Same", "Similar", "Higher", "Lower", "Lower (high is good)", "n/a".
bool read_stated_direction(const std::string& text, Direction* out);

}  // namespace scorecard
