#include "rag_rule.hpp"

namespace scorecard {

namespace {

int rank(Rag r) {
    switch (r) {
        case Rag::Green: return 3;
        case Rag::Amber: return 2;
        case Rag::Red: return 1;
        default: return 0;
    }
}

bool is_colour(Rag r) { return rank(r) > 0; }

}  // namespace

Rag better_of(Rag a, Rag b) {
    if (!is_colour(a)) return b;
    if (!is_colour(b)) return a;
    return rank(a) >= rank(b) ? a : b;
}

Rag worse_of(Rag a, Rag b) {
    if (!is_colour(a)) return b;
    if (!is_colour(b)) return a;
    return rank(a) <= rank(b) ? a : b;
}

RagResult rate(const RagInputs& in, const RatingRules& rules) {
    RagResult r;
    std::string quartile_words, target_words;
    if (in.quartile && *in.quartile >= 1 && *in.quartile <= 4) {
        const int q = *in.quartile;
        r.quartile_rag = rules.quartile_rag[static_cast<std::size_t>(q - 1)];
        quartile_words = "quartile " + std::to_string(q) + " rates " + rag_name(r.quartile_rag);
        if (in.band_position) {
            // Exactly: a position of one half is the midpoint, and the midpoint is "high"
            // (docs/benchmarking.md, "Position in the band").
            const auto share = decimal_from_double(rules.high_share);
            const bool high = share ? compare(*in.band_position, *share) >= 0 : true;
            if (q == 2 && high && in.direction == Direction::Better) {
                r.quartile_rag = rules.high_second_improving;
                quartile_words = "high in quartile 2 with an improving trend rates " + std::string(rag_name(r.quartile_rag));
            } else if (q == 3 && !high && in.direction == Direction::Worse) {
                r.quartile_rag = rules.low_third_declining;
                quartile_words = "low in quartile 3 with a declining trend rates " + std::string(rag_name(r.quartile_rag));
            }
        } else if (q == 2 || q == 3) {
            quartile_words += " (the position within the quartile is not known)";
        }
    }
    if (!in.quartile && !in.no_quartile_reason.empty()) quartile_words = "no national rating: " + in.no_quartile_reason;
    if (in.target_met) {
        r.target_rag = *in.target_met ? rules.target_met : rules.target_missed;
        target_words = std::string(*in.target_met ? "target met" : "target missed") + " rates " + rag_name(r.target_rag);
    }
    Rag combined = Rag::None;
    switch (rules.combination) {
        case RagCombination::Better: combined = better_of(r.quartile_rag, r.target_rag); break;
        case RagCombination::Worse: combined = worse_of(r.quartile_rag, r.target_rag); break;
        case RagCombination::QuartileOnly: combined = r.quartile_rag; break;
        case RagCombination::TargetOnly: combined = r.target_rag; break;
    }
    r.rag = is_colour(combined) ? combined : Rag::NotApplicable;
    if (quartile_words.empty() && target_words.empty()) {
        r.rule = "no quartile and no target to rate by";
    } else if (!quartile_words.empty() && !target_words.empty()) {
        r.rule = quartile_words + "; " + target_words + "; the rating is " + combination_name(rules.combination) +
                 ": " + rag_name(r.rag);
    } else {
        r.rule = quartile_words.empty() ? target_words : quartile_words;
        if (rules.combination == RagCombination::QuartileOnly && quartile_words.empty())
            r.rule += " (but the rules rate by quartile only)";
        if (rules.combination == RagCombination::TargetOnly && target_words.empty())
            r.rule += " (but the rules rate by target only)";
    }
    return r;
}

}  // namespace scorecard
