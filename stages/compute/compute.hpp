// The compute stage: derives trend, direction of travel, target status, RAG and changes from
// the figures, and decides what the documents print for trend, direction and RAG under the
// publish policy (publish_rule.hpp): what the rules derive, or the table's values as stated.
#pragma once

#include "stages/model/finding.hpp"
#include "stages/model/national_data.hpp"
#include "stages/model/scorecard.hpp"
#include "stages/templates/rating_rules.hpp"

namespace scorecard {

// `national` (optional) adds ranks, quartile bands and neighbour averages from national data.
void compute(Scorecard& scorecard, const RatingRules& rules, Findings& findings,
             const NationalData* national = nullptr, PublishPolicy policy = PublishPolicy::Computed);

}  // namespace scorecard
