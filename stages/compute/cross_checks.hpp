// Cross-checks of what the table states against what the rules compute. Each difference is a
// warning naming the indicator, both values and the rule; the published value never changes.
#pragma once

#include "stages/model/finding.hpp"
#include "stages/model/scorecard.hpp"

namespace scorecard {

struct ComputeNotes {
    std::string trend_rule;      // how the computed trend was reached
    std::string direction_rule;  // how the computed direction was reached
    std::string target_rule;
    bool compared_with_history = false;  // the previous data point came from the history store
};

void cross_check_trend(const Indicator& ind, const ComputeNotes& notes, Findings& findings);
void cross_check_direction(const Indicator& ind, const ComputeNotes& notes, Findings& findings);
void cross_check_rag(const Indicator& ind, Findings& findings);
void cross_check_target_status(const Indicator& ind, const ComputeNotes& notes, Findings& findings);

}  // namespace scorecard
