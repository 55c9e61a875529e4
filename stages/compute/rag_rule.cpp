#include "rag_rule.hpp"

#include <vector>

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

// Whether the direction says anything about improving or declining: Higher and Lower (no
// polarity) and an unknown direction do not.
bool direction_known(Direction d) {
    return d == Direction::Better || d == Direction::Worse || d == Direction::Same || d == Direction::Similar;
}

Rag combine(Rag quartile, Rag target, RagCombination how) {
    switch (how) {
        case RagCombination::Better: return better_of(quartile, target);
        case RagCombination::Worse: return worse_of(quartile, target);
        case RagCombination::QuartileOnly: return quartile;
        case RagCombination::TargetOnly: return target;
    }
    return Rag::None;
}

std::vector<Rag> members_or_none(const RagSet& set) {
    std::vector<Rag> out;
    for (Rag r : {Rag::Green, Rag::Amber, Rag::Red})
        if (set.has(r)) out.push_back(r);
    if (out.empty()) out.push_back(Rag::None);
    return out;
}

struct QuartileRating {
    Rag plain = Rag::None;  // the rating with an unknown position taken as the quartile's own
    RagSet allowed;
    std::string words;
};

// Quartile 2 and 3 have a part of the band and a direction that change the rating: high in
// quartile 2 with an improving trend, low in quartile 3 with a declining trend.
QuartileRating rate_quartile(int q, const RagInputs& in, const RatingRules& rules) {
    QuartileRating r;
    r.plain = rules.quartile_rag[static_cast<std::size_t>(q - 1)];
    r.allowed.add(r.plain);
    r.words = "quartile " + std::to_string(q) + " rates " + rag_name(r.plain);
    if (q != 2 && q != 3) return r;

    const bool second = q == 2;
    const Rag special = second ? rules.high_second_improving : rules.low_third_declining;
    const Direction wanted = second ? Direction::Better : Direction::Worse;
    const std::string part = second ? "high in quartile 2" : "low in quartile 3";
    const std::string trend = second ? "an improving trend" : "a declining trend";
    const std::string stated = in.direction_as_stated ? " (the direction as the table states it)" : "";
    const bool known = direction_known(in.direction);
    const bool fits = in.direction == wanted;
    const std::string either = part + " with " + trend + " rates " + rag_name(special) + ", otherwise quartile " +
                               std::to_string(q) + " rates " + rag_name(r.plain);

    if (known && !fits) {
        r.words = "quartile " + std::to_string(q) + " without " + trend + stated + " rates " + rag_name(r.plain);
        return r;
    }
    if (in.band_position) {
        // Exactly: a position of one half is the midpoint, and the midpoint is "high"
        // (docs/benchmarking.md, "Position in the band").
        const auto share = decimal_from_double(rules.high_share);
        const bool high = share ? compare(*in.band_position, *share) >= 0 : true;
        const bool in_part = second ? high : !high;
        if (!in_part) {
            r.words = std::string(second ? "low" : "high") + " in quartile " + std::to_string(q) + " rates " +
                      rag_name(r.plain);
        } else if (fits) {
            r.plain = special;
            r.allowed = RagSet();
            r.allowed.add(special);
            r.words = part + " with " + trend + stated + " rates " + rag_name(special);
        } else {
            r.allowed.add(special);
            r.words = either + "; whether the trend is " + (second ? "improving" : "declining") + " is not known";
        }
        return r;
    }
    r.allowed.add(special);
    r.words = either + "; the position within the quartile is not known" +
              (known ? "" : std::string(" and neither is whether the trend is ") + (second ? "improving" : "declining"));
    return r;
}

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
    RagSet quartile_allowed, target_allowed;
    if (in.quartile && *in.quartile >= 1 && *in.quartile <= 4) {
        QuartileRating q = rate_quartile(*in.quartile, in, rules);
        r.quartile_rag = q.plain;
        quartile_allowed = q.allowed;
        quartile_words = q.words;
    }
    if (!in.quartile && !in.no_quartile_reason.empty()) quartile_words = "no national rating: " + in.no_quartile_reason;
    if (in.target_met) {
        r.target_rag = *in.target_met ? rules.target_met : rules.target_missed;
        target_allowed.add(r.target_rag);
        target_words = std::string(*in.target_met ? "target met" : "target missed") + " rates " + rag_name(r.target_rag);
    }
    const Rag combined = combine(r.quartile_rag, r.target_rag, rules.combination);
    r.rag = is_colour(combined) ? combined : Rag::NotApplicable;
    for (Rag q : members_or_none(quartile_allowed))
        for (Rag t : members_or_none(target_allowed)) r.allowed.add(combine(q, t, rules.combination));

    const std::string result = r.allowed.size() > 1 ? r.allowed.words() : std::string(rag_name(r.rag));
    if (quartile_words.empty() && target_words.empty()) {
        r.rule = "no quartile and no target to rate by";
    } else if (!quartile_words.empty() && !target_words.empty()) {
        r.rule = quartile_words + "; " + target_words + "; the rating is " + combination_name(rules.combination) +
                 ": " + result;
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
