// Target: met or not met, and the gap to it (positive is better).
#pragma once

#include <optional>
#include <string>

#include "stages/model/scorecard.hpp"

namespace scorecard {

struct TargetResult {
    std::optional<bool> met;
    std::optional<double> gap;  // in the value's unit; positive means better than the target
    bool unit_mismatch = false;  // the value and target are in different units: not compared
    std::string rule;
};

TargetResult assess_target(const Target& target, const Value& latest, Polarity polarity);

}  // namespace scorecard
