#include "compute.hpp"

#include <algorithm>
#include <cmath>

#include "stages/model/stated_terms.hpp"
#include "stages/model/text_utils.hpp"
#include "stages/model/trend_rule.hpp"
#include "cross_checks.hpp"
#include "direction_rule.hpp"
#include "identity.hpp"
#include "national_benchmark.hpp"
#include "publish_rule.hpp"
#include "rag_rule.hpp"
#include "summary.hpp"
#include "target_rule.hpp"

namespace scorecard {

namespace {

struct Comparison {
    Value previous;      // the previous data point: the table's, or the history store's
    std::string source;  // "Previous Value" or "history (Q2 2022/23)"
};

// The previous data point: the table's Previous Value, else the latest history point before
// the latest period (the 2019/20 layout states no previous value; the history store has it).
Comparison previous_data_point(const Indicator& ind) {
    Comparison c;
    if (ind.previous.is_number()) {
        c.previous = ind.previous;
        c.source = "Previous Value";
        return c;
    }
    for (auto it = ind.history.rbegin(); it != ind.history.rend(); ++it) {
        if (!it->value.is_number()) continue;
        if (ind.latest_period.is_known() && it->period.is_known() && !period_before(it->period, ind.latest_period))
            continue;
        c.previous = it->value;
        c.source = "the history store's " + it->period.text;
        return c;
    }
    return c;
}

// A previous value that differs from what the history store recorded for that period: the
// table restates it. The table's value is used and recorded as current (docs/history.md).
void report_restatement(const Indicator& ind, Findings& findings) {
    if (!ind.previous.is_number() || !ind.stored_previous.is_number()) return;
    const double a = ind.previous.number, b = ind.stored_previous.number;
    if (std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b))) return;
    findings
        .warning("restated-value", ind.previous.where,
                 "'" + ind.name.text + "': the table restates " + canonical_period_text(ind.previous_period) +
                     " as " + display_text(ind.previous) + "; the history store recorded " +
                     display_text(ind.stored_previous) + ". The trend uses the table's " +
                     display_text(ind.previous) + "; the store keeps it as current and " +
                     display_text(ind.stored_previous) + " as restated")
        .indicator = ind.name.text;
}

std::string trend_rule_text(const Indicator& ind, const Comparison& cmp) {
    if (!ind.latest.is_number()) return "there is no latest figure";
    if (!cmp.previous.is_number()) return "there is no previous figure";
    if (!same_kind_of_unit(cmp.previous, ind.latest))
        return "the previous " + display_text(cmp.previous) + " and latest " + display_text(ind.latest) +
               " are in different units";
    return display_text(cmp.previous) + " (" + cmp.source + ") to " + display_text(ind.latest) +
           " compared at the precision shown";
}

Finding& unit_finding(Findings& findings, const Indicator& ind, SourceLocation where, const std::string& what,
                      const Value& a, const Value& b) {
    Finding& f = findings.warning("unit-mismatch", where,
                                  quoted(ind.name.text, 60) + ": " + what + " " + display_text(a) + " (" +
                                      unit_name(a.unit) + ") and " + display_text(b) + " (" + unit_name(b.unit) +
                                      ") are in different units, so they are not compared");
    f.indicator = ind.name.text;
    f.rule = "figures are compared only in the same unit (a percentage with a percentage)";
    return f;
}

// The direction the RAG rule reads where the figures give none: the table's own word (its
// "Compared to previous data point", or its trend read through polarity), as the quartile it
// rates by is the table's own too. NotAvailable where the table says nothing either.
Direction stated_direction_for_rating(const Indicator& ind) {
    Direction d;
    if (read_stated_direction(ind.stated_direction.text, &d) && d != Direction::NotAvailable) return d;
    Trend t;
    if (!read_stated_trend(ind.stated_trend.text, &t) || t == Trend::NotAvailable) return Direction::NotAvailable;
    if (t == Trend::NoChange) return Direction::Same;
    const bool up = t == Trend::Increase;
    switch (ind.polarity) {
        case Polarity::HighIsGood: return up ? Direction::Better : Direction::Worse;
        case Polarity::LowIsGood: return up ? Direction::Worse : Direction::Better;
        default: return up ? Direction::Higher : Direction::Lower;
    }
}

struct TableColumns {
    bool trend = false;     // the 2022/23 Trend column
    bool compared = false;  // the 2019/20 "Compared to previous data point"
};

void compute_indicator(Indicator& ind, const RatingRules& rules, const TableColumns& columns, PublishPolicy policy,
                       Findings& findings) {
    Computed& c = ind.computed;
    const Comparison cmp = previous_data_point(ind);
    ComputeNotes notes;
    notes.compared_with_history = !ind.previous.is_number() && cmp.previous.is_number();
    // docs/history.md, "Which previous point the trend uses": the table's, else the store's.
    if (notes.compared_with_history && ind.latest.is_number())
        findings
            .note("previous-from-store", ind.latest.where,
                  "'" + ind.name.text + "': the table states no previous value; trend and direction compare " +
                      display_text(ind.latest) + " with " + cmp.source + " value " + display_text(cmp.previous))
            .indicator = ind.name.text;
    report_restatement(ind, findings);

    if (cmp.previous.is_number() && ind.latest.is_number() && !same_kind_of_unit(cmp.previous, ind.latest))
        unit_finding(findings, ind, ind.latest.where, "the previous and latest values", cmp.previous, ind.latest);
    c.trend = trend_between(cmp.previous, ind.latest);
    notes.trend_rule = trend_rule_text(ind, cmp);

    DirectionResult direction = direction_of_travel(c.trend, ind.polarity, cmp.previous, ind.latest, rules);
    c.direction = direction.direction;
    notes.direction_rule = c.trend == Trend::NotAvailable ? notes.trend_rule : notes.trend_rule + ": " + direction.rule;

    if (c.trend != Trend::NotAvailable) {
        c.change = ind.latest.number - cmp.previous.number;
        if (cmp.previous.number != 0) c.relative_change = *c.change / std::fabs(cmp.previous.number);
    }

    TargetResult target = assess_target(ind.target, ind.latest, ind.polarity);
    if (target.unit_mismatch)
        unit_finding(findings, ind, ind.target.where, "the latest value and the target", ind.latest, ind.target.value);
    c.target_met = target.met;
    c.target_gap = target.gap;
    notes.target_rule = target.rule;

    if (ind.latest.is_number() && ind.neighbour_average.is_number()) {
        if (!same_kind_of_unit(ind.latest, ind.neighbour_average)) {
            unit_finding(findings, ind, ind.neighbour_average.where, "the latest value and the neighbour average",
                         ind.latest, ind.neighbour_average);
        } else if (ind.polarity == Polarity::HighIsGood) {
            c.neighbour_gap = ind.latest.number - ind.neighbour_average.number;
        } else if (ind.polarity == Polarity::LowIsGood) {
            c.neighbour_gap = ind.neighbour_average.number - ind.latest.number;
        }
    }

    RagInputs inputs;
    // The data's quartile where it gives one; where it was given but cannot (too few authorities,
    // no spread) there is no national rating, not the table's; otherwise the table's stated one.
    if (c.national_quartile) inputs.quartile = c.national_quartile;
    else if (!c.no_quartile_reason.empty()) inputs.no_quartile_reason = c.no_quartile_reason;
    else if (ind.quartile.is_number() && ind.quartile.number >= 1 && ind.quartile.number <= 4)
        inputs.quartile = static_cast<int>(ind.quartile.number);
    inputs.band_position = c.band_position;
    inputs.direction = c.direction;
    if (c.direction == Direction::NotAvailable) {
        inputs.direction = stated_direction_for_rating(ind);
        inputs.direction_as_stated = inputs.direction != Direction::NotAvailable;
    }
    inputs.target_met = c.target_met;
    RagResult rag = rate(inputs, rules);
    c.quartile_rag = rag.quartile_rag;
    c.target_rag = rag.target_rag;
    c.rag = rag.rag;
    c.rag_allowed = rag.allowed;
    c.rag_rule = rag.rule;

    publish_trend(ind, notes, columns.trend, policy, findings);
    publish_direction(ind, notes, columns.compared, policy, findings);
    publish_rag(ind, policy, findings);
    cross_check_target_status(ind, notes, findings);
}

}  // namespace

void compute(Scorecard& scorecard, const RatingRules& rules, Findings& findings, const NationalData* national,
             PublishPolicy policy) {
    // National benchmarks first: the quartile band and position they give feed the RAG rule.
    if (national) apply_national_benchmarks(scorecard, *national, rules, findings);
    scorecard.publish_policy = policy;
    TableColumns columns;
    columns.trend = scorecard.layout != SourceLayout::Sectioned;
    columns.compared = scorecard.layout == SourceLayout::Sectioned;
    scorecard.for_each_indicator([&](Indicator& ind) { compute_indicator(ind, rules, columns, policy, findings); });
    compare_identity(scorecard, findings);
    summarise_period(scorecard);
}

}  // namespace scorecard
