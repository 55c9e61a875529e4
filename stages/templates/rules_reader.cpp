#include "rules_reader.hpp"

#include "stages/model/decimal.hpp"

namespace scorecard {

namespace {

// The schema has checked the word; this turns it into the rating.
Rag rag_from(const std::string& text) {
    if (text == "Green") return Rag::Green;
    if (text == "Amber") return Rag::Amber;
    if (text == "Red") return Rag::Red;
    return Rag::NotApplicable;
}

Tolerance read_tolerance(const TemplateJson& parent, const std::string& key) {
    Tolerance out;
    if (!parent.has(key)) return out;
    TemplateJson t = parent.object(key);
    out.absolute = t.number("absolute");
    out.relative = t.number("relative");
    return out;
}

}  // namespace

RatingRules read_rating_rules(const TemplateJson& j) {
    j.check_keys();
    RatingRules r;
    if (j.has("similar_tolerance")) {
        TemplateJson tol = j.object("similar_tolerance");
        r.percent_tolerance = read_tolerance(tol, "percent");
        r.count_tolerance = read_tolerance(tol, "count");
        r.other_tolerance = read_tolerance(tol, "other");
    }
    if (j.has("quartile_rag")) {
        TemplateJson q = j.object("quartile_rag");
        for (std::size_t i = 0; i < 4; ++i) r.quartile_rag[i] = rag_from(q.text(std::to_string(i + 1)));
    }
    r.high_second_improving = rag_from(j.text("high_in_second_quartile_improving"));
    r.low_third_declining = rag_from(j.text("low_in_third_quartile_declining"));
    r.high_share = j.number("high_share");
    if (!decimal_from_double(r.high_share))
        throw j.error("high_share", "has more decimals than can be compared exactly (at most 18)");
    r.national_minimum_authorities = static_cast<int>(j.number("national_minimum_authorities"));
    if (j.has("target")) {
        TemplateJson t = j.object("target");
        r.target_met = rag_from(t.text("met"));
        r.target_missed = rag_from(t.text("missed"));
    }
    const std::string combine = j.text("combine");
    if (combine == "better") r.combination = RagCombination::Better;
    else if (combine == "worse") r.combination = RagCombination::Worse;
    else if (combine == "quartile") r.combination = RagCombination::QuartileOnly;
    else r.combination = RagCombination::TargetOnly;
    return r;
}

RatingRules load_rating_rules(const std::string& path) {
    // A rules file is one small object; anything larger is a mistake.
    RatingRules r = read_rating_rules(TemplateJson::parse_file(path, "rules file", std::size_t{64} * 1024, "rules"));
    r.source = path;
    return r;
}

const char* combination_name(RagCombination c) {
    switch (c) {
        case RagCombination::Better: return "the better of the quartile and target ratings";
        case RagCombination::Worse: return "the worse of the quartile and target ratings";
        case RagCombination::QuartileOnly: return "the quartile rating only";
        case RagCombination::TargetOnly: return "the target rating only";
    }
    return "";
}

}  // namespace scorecard
