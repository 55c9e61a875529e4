// RAG from the rules: a rating from the national quartile (refined by the position within the
// band when national data gives it), a rating from the target, and their combination.
//
// Where an input the key needs is unknown (the position within quartile 2 or 3, or whether the
// trend improves), the rules allow more than one rating: quartile 2 with an unknown position
// allows Green (high in it, improving) or Amber. `allowed` holds every rating the rules allow,
// so "cannot decide" is a state of its own and never a guess.
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
    bool direction_as_stated = false;  // the direction is the table's word: no figures give it
    std::optional<bool> target_met;
};

struct RagResult {
    Rag quartile_rag = Rag::None;  // with an unknown position: the quartile's plain rating
    Rag target_rag = Rag::None;
    Rag rag = Rag::NotApplicable;  // the combination, an unknown position taken as above
    RagSet allowed;                // every rating the rules allow; one where they decide
    std::string rule;              // how it was reached, in words
};

RagResult rate(const RagInputs& inputs, const RatingRules& rules);

// Green better than Amber better than Red.
Rag better_of(Rag a, Rag b);
Rag worse_of(Rag a, Rag b);

}  // namespace scorecard
