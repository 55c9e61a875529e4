#include "rules_reader.hpp"

#include "stages/model/decimal.hpp"

namespace scorecard {

namespace {

Rag parse_rag(const TemplateJson& j, const std::string& key, const std::string& text) {
    if (text == "Green") return Rag::Green;
    if (text == "Amber") return Rag::Amber;
    if (text == "Red") return Rag::Red;
    if (text == "N/A") return Rag::NotApplicable;
    throw j.error(key, "must be \"Green\", \"Amber\", \"Red\" or \"N/A\", not \"" + text + "\"");
}

Tolerance read_tolerance(const TemplateJson& parent, const std::string& key, const Tolerance& fallback) {
    if (!parent.has(key)) return fallback;
    TemplateJson t = parent.object(key);
    t.allow_only({"absolute", "relative"});
    Tolerance out;
    out.absolute = t.number_or("absolute", 0.0);
    out.relative = t.number_or("relative", 0.0);
    if (out.absolute < 0 || out.relative < 0 || out.relative > 1)
        throw t.error("relative", "tolerances must not be negative, and a relative one is a fraction (0.05 = 5%)");
    return out;
}

}  // namespace

RatingRules read_rating_rules(const TemplateJson& j) {
    j.allow_only({"similar_tolerance", "quartile_rag", "high_in_second_quartile_improving",
                  "low_in_third_quartile_declining", "high_share", "national_minimum_authorities", "target", "combine"});
    RatingRules r;
    if (j.has("similar_tolerance")) {
        TemplateJson tol = j.object("similar_tolerance");
        tol.allow_only({"percent", "count", "other"});
        r.percent_tolerance = read_tolerance(tol, "percent", r.percent_tolerance);
        r.count_tolerance = read_tolerance(tol, "count", r.count_tolerance);
        r.other_tolerance = read_tolerance(tol, "other", r.other_tolerance);
    }
    if (j.has("quartile_rag")) {
        TemplateJson q = j.object("quartile_rag");
        q.allow_only({"1", "2", "3", "4"});
        for (int i = 0; i < 4; ++i) {
            std::string key = std::to_string(i + 1);
            if (q.has(key)) r.quartile_rag[static_cast<std::size_t>(i)] = parse_rag(q, key, q.string_or(key, ""));
        }
    }
    if (j.has("high_in_second_quartile_improving"))
        r.high_second_improving = parse_rag(j, "high_in_second_quartile_improving",
                                            j.string_or("high_in_second_quartile_improving", ""));
    if (j.has("low_in_third_quartile_declining"))
        r.low_third_declining =
            parse_rag(j, "low_in_third_quartile_declining", j.string_or("low_in_third_quartile_declining", ""));
    r.high_share = j.number_or("high_share", r.high_share);
    if (r.high_share <= 0 || r.high_share >= 1) throw j.error("high_share", "must be between 0 and 1");
    if (!decimal_from_double(r.high_share))
        throw j.error("high_share", "has more decimals than can be compared exactly (at most 18)");
    const double minimum = j.number_or("national_minimum_authorities", r.national_minimum_authorities);
    if (minimum < 1 || minimum > 100000 || minimum != static_cast<double>(static_cast<int>(minimum)))
        throw j.error("national_minimum_authorities", "must be a whole number from 1 to 100000");
    r.national_minimum_authorities = static_cast<int>(minimum);
    if (j.has("target")) {
        TemplateJson t = j.object("target");
        t.allow_only({"met", "missed"});
        if (t.has("met")) r.target_met = parse_rag(t, "met", t.string_or("met", ""));
        if (t.has("missed")) r.target_missed = parse_rag(t, "missed", t.string_or("missed", ""));
    }
    std::string combine = j.string_or("combine", "better");
    if (combine == "better") r.combination = RagCombination::Better;
    else if (combine == "worse") r.combination = RagCombination::Worse;
    else if (combine == "quartile") r.combination = RagCombination::QuartileOnly;
    else if (combine == "target") r.combination = RagCombination::TargetOnly;
    else throw j.error("combine", "must be \"better\", \"worse\", \"quartile\" or \"target\"");
    return r;
}

RatingRules load_rating_rules(const std::string& path) {
    // A rules file is one small object; anything larger is a mistake.
    RatingRules r = read_rating_rules(TemplateJson::parse_file(path, "rules file", std::size_t{64} * 1024));
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
