// What compute notes on the way for the findings, and the cross-check of a stated target
// against Status RAG (reported only: what is printed is publish_rule's choice).
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

void cross_check_target_status(const Indicator& ind, const ComputeNotes& notes, Findings& findings);

}  // namespace scorecard
