// RAG from the rules: a rating from the national quartile (refined by the position within the
// band when national data gives it), a rating from the target, and their combination.
#pragma once

#include <optional>
#include <string>

#include "stages/model/scorecard.hpp"
#include "stages/templates/rating_rules.hpp"

namespace scorecard {

struct RagInputs {
    std::optional<int> quartile;          // 1 (best) .. 4
    std::optional<Ratio> band_position;   // exact, 0 worse edge .. 1 better edge, with national data
    std::string no_quartile_reason;       // national data was given but gives no quartile: why
    Direction direction = Direction::NotAvailable;
    std::optional<bool> target_met;
};

struct RagResult {
    Rag quartile_rag = Rag::None;
    Rag target_rag = Rag::None;
    Rag rag = Rag::NotApplicable;
    std::string rule;  // how it was reached, in words
};

RagResult rate(const RagInputs& inputs, const RatingRules& rules);

// Green better than Amber better than Red.
Rag better_of(Rag a, Rag b);
Rag worse_of(Rag a, Rag b);

}  // namespace scorecard
