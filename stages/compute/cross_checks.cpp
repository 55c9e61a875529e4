#include "cross_checks.hpp"

#include "stages/model/stated_terms.hpp"
#include "stages/model/text_utils.hpp"

namespace scorecard {

namespace {

Finding& difference(Findings& findings, const char* code, SourceLocation where, const Indicator& ind,
                    const std::string& message, const std::string& stated, const std::string& computed,
                    const std::string& rule) {
    Finding& f = findings.warning(code, where, quoted(ind.name.text, 60) + ": " + message);
    f.indicator = ind.name.text;
    f.before = stated;
    f.after = computed;
    f.rule = rule;
    return f;
}

bool is_colour(Rag r) { return r == Rag::Green || r == Rag::Amber || r == Rag::Red; }

}  // namespace

void cross_check_trend(const Indicator& ind, const ComputeNotes& notes, Findings& findings) {
    Trend stated;
    if (!read_stated_trend(ind.stated_trend.text, &stated)) return;  // validate reported the word
    const Trend computed = ind.computed.trend;
    if (stated == computed) return;
    if (computed == Trend::NotAvailable) {
        difference(findings, "trend-without-previous", ind.stated_trend.where, ind,
                   "the table states trend \"" + ind.stated_trend.text +
                       "\" but there is nothing to compare: " + notes.trend_rule,
                   ind.stated_trend.text, trend_name(computed), notes.trend_rule);
        return;
    }
    if (stated == Trend::NotAvailable) {
        difference(findings, "trend-not-stated", ind.stated_trend.where, ind,
                   "the table states no trend (\"" + ind.stated_trend.text + "\") but " + notes.trend_rule +
                       " gives " + trend_name(computed),
                   ind.stated_trend.text, trend_name(computed), notes.trend_rule);
        return;
    }
    difference(findings, "trend-mismatch", ind.stated_trend.where, ind,
               "the table states trend \"" + ind.stated_trend.text + "\" but " + notes.trend_rule + " is " +
                   trend_name(computed),
               ind.stated_trend.text, trend_name(computed), notes.trend_rule);
}

void cross_check_direction(const Indicator& ind, const ComputeNotes& notes, Findings& findings) {
    if (ind.stated_direction.text.empty()) return;
    Direction stated;
    if (!read_stated_direction(ind.stated_direction.text, &stated)) return;
    const Direction computed = ind.computed.direction;
    if (computed == Direction::NotAvailable || stated == computed) return;
    std::string extra;
    if ((stated == Direction::Better || stated == Direction::Worse) &&
        (computed == Direction::Higher || computed == Direction::Lower))
        extra = " (the indicator states no polarity, so the figures can say only higher or lower)";
    difference(findings, "direction-mismatch", ind.stated_direction.where, ind,
               "the table states \"" + ind.stated_direction.text + "\" compared to the previous data point, but " +
                   notes.direction_rule + " gives " + direction_name(computed) + extra,
               ind.stated_direction.text, direction_name(computed), notes.direction_rule);
}

void cross_check_rag(const Indicator& ind, Findings& findings) {
    const Rag stated = ind.stated_rag.rag;
    const Rag computed = ind.computed.rag;
    if (stated == computed) return;
    if (stated == Rag::None && !ind.stated_rag.text.empty()) return;  // an unknown word: validate's error
    if (stated == Rag::None && !is_colour(computed)) return;          // nothing stated, nothing to rate
    const std::string stated_text = ind.stated_rag.text.empty() ? "(none)" : ind.stated_rag.text;
    const char* code = stated == Rag::None ? "rag-not-stated" : "rag-mismatch";
    const std::string message =
        stated == Rag::None
            ? std::string("the table states no RAG rating, but the rules give ") + rag_name(computed) + ": " +
                  ind.computed.rag_rule
            : "the table states RAG \"" + ind.stated_rag.text + "\" but the rules give " +
                  (is_colour(computed) ? rag_name(computed) : "no rating") + ": " + ind.computed.rag_rule;
    difference(findings, code, ind.stated_rag.where, ind, message, stated_text, rag_name(computed),
               ind.computed.rag_rule);
}

void cross_check_target_status(const Indicator& ind, const ComputeNotes& notes, Findings& findings) {
    if (!ind.target.is_set()) return;
    const Rag stated = ind.stated_rag.rag;
    if (!is_colour(stated)) {
        difference(findings, "target-status", ind.stated_rag.where, ind,
                   "a target (" + ind.target.text + ") is stated but Status RAG is " +
                       (ind.stated_rag.text.empty() ? std::string("empty") : "\"" + ind.stated_rag.text + "\"") +
                       (notes.target_rule.empty() ? "" : "; " + notes.target_rule),
                   ind.stated_rag.text, ind.computed.target_met ? (*ind.computed.target_met ? "target met" : "target missed") : "not rated",
                   "a stated target is rated met or missed");
        return;
    }
    if (!ind.computed.target_met) return;
    const bool met = *ind.computed.target_met;
    // A met target rates Green whatever the quartile; a missed one can still be Amber or Green
    // by quartile, so only Green with a missed target and no quartile to justify it conflicts.
    if ((met && stated == Rag::Red) ||
        (!met && stated == Rag::Green && ind.computed.quartile_rag != Rag::Green)) {
        difference(findings, "target-status", ind.stated_rag.where, ind,
                   notes.target_rule + ", but Status RAG says " + ind.stated_rag.text, ind.stated_rag.text,
                   met ? "target met" : "target missed", notes.target_rule);
    }
}

}  // namespace scorecard
