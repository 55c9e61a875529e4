// The compute stage: derives trend, direction of travel, target status, RAG and changes from
// the figures, keeps what the table states as the published value, and reports every
// difference between the two as a warning.
#pragma once

#include "stages/model/finding.hpp"
#include "stages/model/national_data.hpp"
#include "stages/model/scorecard.hpp"
#include "stages/templates/rating_rules.hpp"

namespace scorecard {

// `national` (optional) adds ranks, quartile bands and neighbour averages from national data.
void compute(Scorecard& scorecard, const RatingRules& rules, Findings& findings,
             const NationalData* national = nullptr);

}  // namespace scorecard
