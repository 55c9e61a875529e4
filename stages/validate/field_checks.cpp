#include "field_checks.hpp"

#include <cmath>
#include <set>

#include "stages/model/stated_terms.hpp"
#include "stages/model/text_utils.hpp"

namespace scorecard {

namespace {

Finding& about(Finding& f, const Indicator& ind) {
    f.indicator = ind.name.text;
    return f;
}

void require_figure(const Value& v, const char* field, const Indicator& ind, Findings& findings) {
    if (v.state != ValueState::Invalid) return;
    about(findings.error("not-a-number", v.where,
                         std::string(field) + " " + quoted(v.text) + " of " + quoted(ind.name.text, 50) +
                             " is not a number (write it as 3,775 or 22.6% or N/A)"),
          ind);
}

}  // namespace

void check_figures(Indicator& ind, Findings& findings) {
    require_figure(ind.previous, "Previous Value", ind, findings);
    require_figure(ind.latest, "Latest Value", ind, findings);
    require_figure(ind.neighbour_average, "Statistical Neighbour average", ind, findings);
    require_figure(ind.numerator, "Numerator", ind, findings);
    require_figure(ind.denominator, "Denominator", ind, findings);
    require_figure(ind.quartile, "National benchmark", ind, findings);
    if (ind.quartile.is_number()) {
        const double q = ind.quartile.number;
        if (ind.quartile.unit != Unit::Count || q < 1 || q > 4 || std::floor(q) != q)
            about(findings.error("bad-quartile", ind.quartile.where,
                                 "National benchmark " + quoted(ind.quartile.text) + " of " + quoted(ind.name.text, 50) +
                                     " is not a quartile: it must be 1, 2, 3 or 4 (or N/A)"),
                  ind);
    }
    if (!ind.target.text.empty() && ind.target.op == TargetOperator::None && !ind.target.value.is_not_applicable()) {
        about(findings.warning("target-not-a-figure", ind.target.where,
                               "Target " + quoted(ind.target.text) + " of " + quoted(ind.name.text, 50) +
                                   " is not a figure such as <20.8% or >=90; it is shown as written but not rated"),
              ind);
    }
    if (ind.latest.is_blank()) {
        about(findings.warning("no-latest-value", ind.latest.where,
                               quoted(ind.name.text, 50) + " has no latest value; it is shown blank and not rated"),
              ind);
    }
}

void check_words(Indicator& ind, SourceLayout layout, Findings& findings) {
    if (ind.polarity == Polarity::NotStated && !ind.polarity_text.text.empty() && layout == SourceLayout::Flat) {
        about(findings.error("unknown-polarity", ind.polarity_text.where,
                             "Polarity " + quoted(ind.polarity_text.text) + " of " + quoted(ind.name.text, 50) +
                                 " is not one scorecard knows: write High = Good, Low = Good or N/A"),
              ind);
    } else if (ind.polarity == Polarity::NotStated && layout == SourceLayout::Flat) {
        about(findings.warning("no-polarity", ind.polarity_text.where,
                               quoted(ind.name.text, 50) +
                                   " states no polarity; its direction reads Higher or Lower, never better or worse"),
              ind);
    }

    if (ind.stated_rag.rag == Rag::None && !ind.stated_rag.text.empty()) {
        about(findings.error("unknown-rag", ind.stated_rag.where,
                             "Status RAG " + quoted(ind.stated_rag.text) + " of " + quoted(ind.name.text, 50) +
                                 " is not Green, Amber, Red or N/A"),
              ind);
    }

    Trend trend;
    if (!ind.stated_trend.text.empty() && !read_stated_trend(ind.stated_trend.text, &trend)) {
        about(findings.warning("unknown-trend", ind.stated_trend.where,
                               "Trend " + quoted(ind.stated_trend.text) + " of " + quoted(ind.name.text, 50) +
                                   " is not Increase, Decrease, No Change or N/A; it is not read as a trend"),
              ind);
    }
    Direction direction;
    if (!ind.stated_direction.text.empty() && !read_stated_direction(ind.stated_direction.text, &direction)) {
        about(findings.warning("unknown-direction", ind.stated_direction.where,
                               "Compared to previous data point " + quoted(ind.stated_direction.text) + " of " +
                                   quoted(ind.name.text, 50) +
                                   " is not Better, Worse, Same, Similar, Higher, Lower or n/a; it is not read as a comparison"),
              ind);
    }

    // PDF extraction turns "Annual" into "1" (docs/layout.md, "Extraction artefacts"); no table reports a frequency of 1.
    if (trim(ind.frequency.text) == "1") {
        Finding& f = findings.warning("frequency-repaired", ind.frequency.where,
                                      "Reporting Frequency \"1\" of " + quoted(ind.name.text, 50) +
                                          " is an extraction artefact of \"Annual\"; read as Annual");
        about(f, ind);
        f.before = "1";
        f.action = FindingAction::Repaired;
        f.after = "Annual";
        ind.frequency.text = "Annual";
    }
}

void check_periods(Indicator& ind, Findings& findings) {
    for (const Period* p : {&ind.previous_period, &ind.latest_period}) {
        if (p->kind == PeriodKind::Unrecognised)
            about(findings.warning("unknown-period", p->where,
                                   "period " + quoted(p->text) + " of " + quoted(ind.name.text, 50) +
                                       " is not one scorecard recognises (Q3 2022/23, Autumn 2022, 2021/22, Sep-22, "
                                       "2019); it is shown as written and sorts last"),
                  ind);
    }
    if (ind.previous_period.is_known() && ind.latest_period.is_known() &&
        period_before(ind.latest_period, ind.previous_period))
        about(findings.warning("periods-out-of-order", ind.previous_period.where,
                               "Previous Period " + quoted(ind.previous_period.text) + " of " +
                                   quoted(ind.name.text, 50) + " is after its Latest Period " +
                                   quoted(ind.latest_period.text)),
              ind);
}

void note_two_digit_years(const std::vector<Indicator*>& rows, Findings& findings) {
    static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};
    std::set<std::string> noted;
    for (const Indicator* ind : rows)
        for (const Period* p : {&ind->previous_period, &ind->latest_period}) {
            if (!p->two_digit_year || !p->is_known() || !noted.insert(p->text).second) continue;
            const int year = p->end_month / 12, month = p->end_month % 12;
            findings.note("two-digit-year", p->where,
                          "period " + quoted(p->text) + " is read as " + kMonths[month] + " " + std::to_string(year) +
                              ": a two-digit year is taken to be between 1970 and 2069");
        }
}

}  // namespace scorecard
