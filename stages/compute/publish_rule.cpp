#include "publish_rule.hpp"

#include "stages/model/stated_terms.hpp"
#include "stages/model/text_utils.hpp"

namespace scorecard {

namespace {

bool is_colour(Rag r) { return r == Rag::Green || r == Rag::Amber || r == Rag::Red; }

Published as_stated(const std::string& text) {
    Published p;
    p.stated = text;
    p.text = text;
    return p;
}

// The rules decide a value the table left blank or states otherwise: printed under the
// computed policy (and marked), reported only under the stated one.
void derive(Indicator& ind, Published& p, PublishedAs as, const std::string& derived, Rag derived_rag,
            const char* code, SourceLocation where, const std::string& message, const std::string& rule,
            PublishPolicy policy, Findings& findings) {
    Finding& f = findings.warning(code, where, quoted(ind.name.text, 60) + ": " + message);
    f.indicator = ind.name.text;
    f.rule = rule;
    if (policy == PublishPolicy::Stated) {
        f.message += as == PublishedAs::Filled ? "; the cell is published blank, as the table has it (publish policy: stated)"
                                               : "; the table's value is published (publish policy: stated)";
        return;
    }
    f.message += as == PublishedAs::Filled ? "; the blank cell is published as " + derived
                                           : "; " + derived + " is published instead";
    f.action = FindingAction::Corrected;
    f.before = p.stated;
    f.after = derived;
    p.text = derived;
    p.rag = derived_rag;
    p.as = as;
    p.rule = rule;
}

// The rules cannot decide: the table's value is printed, and a note says it is unconfirmed.
void unconfirmed(Indicator& ind, Published& p, const char* code, SourceLocation where, const std::string& message,
                 const std::string& rule, Findings& findings) {
    Finding& f = findings.note(code, where,
                               quoted(ind.name.text, 60) + ": " + message +
                                   (p.stated.empty() ? "; the cell is published blank, as the table has it"
                                                     : "; the table's value is published"));
    f.indicator = ind.name.text;
    f.rule = rule;
    p.as = PublishedAs::Unconfirmed;
    p.rule = rule;
}

// A stated direction that says no more than the figures, or says it in other words: "Higher"
// for an increase that polarity makes Better, "Similar" for figures that are equal.
bool direction_agrees(Direction stated, Direction computed, Trend trend) {
    if (stated == computed) return true;
    if (stated == Direction::Similar && computed == Direction::Same) return true;
    const bool judged = computed == Direction::Better || computed == Direction::Worse;
    if (judged && stated == Direction::Higher) return trend == Trend::Increase;
    if (judged && stated == Direction::Lower) return trend == Trend::Decrease;
    return false;
}

}  // namespace

void publish_trend(Indicator& ind, const ComputeNotes& notes, bool in_table, PublishPolicy policy,
                   Findings& findings) {
    Published& p = ind.published.trend;
    p = as_stated(ind.stated_trend.text);
    if (!in_table) return;
    Trend stated = Trend::NotAvailable;
    const bool readable = read_stated_trend(p.stated, &stated);
    const bool blank = trim(p.stated).empty();
    const Trend computed = ind.computed.trend;
    const SourceLocation where = ind.stated_trend.where;
    const std::string quoted_stated = "\"" + p.stated + "\"";

    if (computed == Trend::NotAvailable) {
        if (readable && stated != Trend::NotAvailable)
            unconfirmed(ind, p, "trend-unconfirmed", where,
                        "the table states trend " + quoted_stated + ", which cannot be confirmed: " + notes.trend_rule,
                        notes.trend_rule, findings);
        return;
    }
    if (readable && !blank && stated == computed) return;

    const std::string derived = trend_name(computed);
    if (blank) {
        derive(ind, p, PublishedAs::Filled, derived, Rag::None, "trend-not-stated", where,
               "the table leaves Trend blank, but " + notes.trend_rule + " gives " + derived, notes.trend_rule, policy,
               findings);
    } else if (readable && stated == Trend::NotAvailable) {
        derive(ind, p, PublishedAs::Corrected, derived, Rag::None, "trend-not-stated", where,
               "the table states no trend (" + quoted_stated + ") but " + notes.trend_rule + " gives " + derived,
               notes.trend_rule, policy, findings);
    } else {
        derive(ind, p, PublishedAs::Corrected, derived, Rag::None, "trend-mismatch", where,
               "the table states trend " + quoted_stated + (readable ? "" : ", which is not a trend scorecard reads,") +
                   " but " + notes.trend_rule + " is " + derived,
               notes.trend_rule, policy, findings);
    }
}

void publish_direction(Indicator& ind, const ComputeNotes& notes, bool in_table, PublishPolicy policy,
                       Findings& findings) {
    Published& p = ind.published.direction;
    p = as_stated(ind.stated_direction.text);
    if (!in_table) return;
    Direction stated = Direction::NotAvailable;
    const bool readable = read_stated_direction(p.stated, &stated);
    const bool blank = trim(p.stated).empty();
    const Direction computed = ind.computed.direction;
    const SourceLocation where = ind.stated_direction.where;
    const std::string quoted_stated = "\"" + p.stated + "\"";

    if (computed == Direction::NotAvailable) {
        if (readable && stated != Direction::NotAvailable)
            unconfirmed(ind, p, "direction-unconfirmed", where,
                        "the table states " + quoted_stated +
                            " compared to the previous data point, which cannot be confirmed: " + notes.direction_rule,
                        notes.direction_rule, findings);
        return;
    }
    if (readable && !blank && direction_agrees(stated, computed, ind.computed.trend)) return;
    const std::string derived = direction_name(computed);
    if (readable && !blank && (stated == Direction::Better || stated == Direction::Worse) &&
        (computed == Direction::Higher || computed == Direction::Lower)) {
        unconfirmed(ind, p, "direction-unconfirmed", where,
                    "the table states " + quoted_stated + " compared to the previous data point; " +
                        notes.direction_rule + " gives " + derived +
                        ", so whether that is better or worse cannot be confirmed",
                    notes.direction_rule, findings);
        return;
    }
    if (blank || (readable && stated == Direction::NotAvailable)) {
        derive(ind, p, blank ? PublishedAs::Filled : PublishedAs::Corrected, derived, Rag::None, "direction-not-stated",
               where,
               "the table states no comparison with the previous data point" +
                   (blank ? std::string() : " (" + quoted_stated + ")") + ", but " + notes.direction_rule + " gives " +
                   derived,
               notes.direction_rule, policy, findings);
        return;
    }
    derive(ind, p, PublishedAs::Corrected, derived, Rag::None, "direction-mismatch", where,
           "the table states " + quoted_stated + " compared to the previous data point" +
               (readable ? "" : ", which is not a comparison scorecard reads,") + " but " + notes.direction_rule +
               " gives " + derived,
           notes.direction_rule, policy, findings);
}

void publish_rag(Indicator& ind, PublishPolicy policy, Findings& findings) {
    Published& p = ind.published.rag;
    p = as_stated(ind.stated_rag.text);
    p.rag = ind.stated_rag.rag;
    const Rag stated = ind.stated_rag.rag;
    if (stated == Rag::None && !trim(p.stated).empty()) return;  // a word that is no rating: validate's error
    const Computed& c = ind.computed;
    const RagSet& allowed = c.rag_allowed;
    const SourceLocation where = ind.stated_rag.where;
    const std::string quoted_stated = "\"" + p.stated + "\"";

    if (allowed.empty()) {
        if (is_colour(stated))
            unconfirmed(ind, p, "rag-unconfirmed", where,
                        "the table states RAG " + quoted_stated + ", which cannot be confirmed: " + c.rag_rule, c.rag_rule,
                        findings);
        return;
    }
    if (allowed.size() == 1) {
        const Rag rating = allowed.only();
        if (stated == rating) return;
        const std::string derived = rag_name(rating);
        if (stated == Rag::None) {
            derive(ind, p, PublishedAs::Filled, derived, rating, "rag-not-stated", where,
                   "the table states no RAG rating, but the rules give " + derived + ": " + c.rag_rule, c.rag_rule,
                   policy, findings);
        } else {
            derive(ind, p, PublishedAs::Corrected, derived, rating, "rag-mismatch", where,
                   "the table states RAG " + quoted_stated + " but the rules give " + derived + ": " + c.rag_rule,
                   c.rag_rule, policy, findings);
        }
        return;
    }
    // The rules allow more than one rating: one of them stated (or none) cannot be confirmed;
    // any other rating is wrong whichever they are, and the rules' plain rating replaces it.
    if (allowed.has(stated)) {
        unconfirmed(ind, p, "rag-unconfirmed", where,
                    "the table states RAG " + quoted_stated + ", which cannot be confirmed: the rules allow " +
                        allowed.words() + " (" + c.rag_rule + ")",
                    c.rag_rule, findings);
        return;
    }
    if (stated == Rag::None) {
        unconfirmed(ind, p, "rag-unconfirmed", where,
                    "the table states no RAG rating, and the rules cannot decide one: they allow " + allowed.words() +
                        " (" + c.rag_rule + ")",
                    c.rag_rule, findings);
        return;
    }
    const std::string derived = rag_name(c.rag);
    derive(ind, p, PublishedAs::Corrected, derived, c.rag, "rag-mismatch", where,
           "the table states RAG " + quoted_stated + " but the rules allow only " + allowed.words() + " (" + c.rag_rule +
               "); of those, " + derived + " is the quartile's plain rating",
           c.rag_rule + "; of those, " + derived + " is the quartile's plain rating", policy, findings);
}

}  // namespace scorecard
