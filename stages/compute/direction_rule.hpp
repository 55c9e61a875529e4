// Direction of travel: the trend read through polarity, with "Similar" for a change within
// the rules' tolerance.
#pragma once

#include "stages/model/scorecard.hpp"
#include "stages/templates/rating_rules.hpp"

namespace scorecard {

struct DirectionResult {
    Direction direction = Direction::NotAvailable;
    std::string rule;  // in words, for findings
};

DirectionResult direction_of_travel(Trend trend, Polarity polarity, const Value& previous, const Value& latest,
                                    const RatingRules& rules);

}  // namespace scorecard
