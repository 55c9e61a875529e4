#include "national_benchmark.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "stages/model/text_utils.hpp"

namespace scorecard {

double percentile_inclusive(const std::vector<double>& sorted, double p) {
    if (sorted.empty()) return 0;
    const double h = (static_cast<double>(sorted.size()) - 1) * p;
    const std::size_t lo = static_cast<std::size_t>(std::floor(h));
    const std::size_t hi = std::min(sorted.size() - 1, lo + 1);
    return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

std::optional<Benchmark> benchmark(double own, const std::vector<double>& values, Polarity polarity) {
    if (values.empty() || (polarity != Polarity::HighIsGood && polarity != Polarity::LowIsGood)) return std::nullopt;
    const bool high_good = polarity == Polarity::HighIsGood;
    Benchmark b;
    b.authorities = static_cast<int>(values.size());
    b.rank = 1;
    for (double v : values)
        if (high_good ? v > own : v < own) ++b.rank;
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const double p25 = percentile_inclusive(sorted, 0.25), p50 = percentile_inclusive(sorted, 0.50),
                 p75 = percentile_inclusive(sorted, 0.75);
    const double lowest = sorted.front(), highest = sorted.back();
    // Bands from the best end; a value on a boundary belongs to the better band.
    double band_lo = 0, band_hi = 0;
    if (high_good) {
        if (own >= p75) { b.quartile = 1; band_lo = p75; band_hi = highest; }
        else if (own >= p50) { b.quartile = 2; band_lo = p50; band_hi = p75; }
        else if (own >= p25) { b.quartile = 3; band_lo = p25; band_hi = p50; }
        else { b.quartile = 4; band_lo = lowest; band_hi = p25; }
        b.position = band_hi > band_lo ? (own - band_lo) / (band_hi - band_lo) : 1.0;
    } else {
        if (own <= p25) { b.quartile = 1; band_lo = lowest; band_hi = p25; }
        else if (own <= p50) { b.quartile = 2; band_lo = p25; band_hi = p50; }
        else if (own <= p75) { b.quartile = 3; band_lo = p50; band_hi = p75; }
        else { b.quartile = 4; band_lo = p75; band_hi = highest; }
        b.position = band_hi > band_lo ? (band_hi - own) / (band_hi - band_lo) : 1.0;
    }
    b.position = std::clamp(b.position, 0.0, 1.0);
    return b;
}

namespace {

// The national rows for one indicator and period: the table's latest period where the data has
// it, otherwise the data's most recent period for that indicator.
std::vector<const NationalValue*> rows_for(const NationalData& data, const Indicator& ind, std::string* period_used) {
    std::vector<const NationalValue*> same_id;
    for (const auto& v : data.values)
        if (v.indicator_id == ind.id) same_id.push_back(&v);
    if (same_id.empty()) return {};
    const std::string wanted = fold_for_matching(ind.latest_period.text);
    const NationalValue* chosen = nullptr;
    for (const auto* v : same_id)
        if (fold_for_matching(v->period.text) == wanted) chosen = v;
    if (!chosen) {
        chosen = same_id.front();
        for (const auto* v : same_id)
            if (period_before(chosen->period, v->period)) chosen = v;
    }
    *period_used = chosen->period.text;
    std::vector<const NationalValue*> out;
    for (const auto* v : same_id)
        if (v->period.text == chosen->period.text) out.push_back(v);
    return out;
}

Finding& about(Finding& f, const Indicator& ind) {
    f.indicator = ind.name.text;
    return f;
}

}  // namespace

void apply_national_benchmarks(Scorecard& scorecard, const NationalData& data, Findings& findings) {
    const std::set<std::string> neighbours(data.neighbours.begin(), data.neighbours.end());
    scorecard.for_each_indicator([&](Indicator& ind) {
        if (!ind.latest.is_number()) return;
        std::string period;
        std::vector<const NationalValue*> rows = rows_for(data, ind, &period);
        if (rows.empty()) return;
        if (fold_for_matching(period) != fold_for_matching(ind.latest_period.text))
            about(findings.warning("national-period", ind.latest.where,
                                   "national data for " + quoted(ind.name.text, 50) + " is for " + period +
                                       ", not the table's latest period " + quoted(ind.latest_period.text)),
                  ind);
        std::vector<double> values;
        std::vector<double> neighbour_values;
        bool unit_clash = false;
        for (const auto* row : rows) {
            if (!row->value.is_number()) continue;  // an authority without a value is not ranked
            if (!same_kind_of_unit(row->value, ind.latest)) unit_clash = true;
            if (row->authority_code == data.own_authority) {
                if (compare_at_shown_precision(row->value, ind.latest) != 0)
                    about(findings.warning("national-own-value", ind.latest.where,
                                           "national data gives " + quoted(ind.name.text, 50) + " as " +
                                               display_text(row->value) + " for this authority, the table " +
                                               display_text(ind.latest) + "; the table's figure is ranked"),
                          ind);
                continue;
            }
            values.push_back(row->value.number);
            if (neighbours.count(row->authority_code)) neighbour_values.push_back(row->value.number);
        }
        if (unit_clash) {
            about(findings.warning("unit-mismatch", ind.latest.where,
                                   "national data for " + quoted(ind.name.text, 50) +
                                       " is in a different unit from the table's " + display_text(ind.latest) +
                                       "; it is not benchmarked"),
                  ind);
            return;
        }
        values.push_back(ind.latest.number);
        Computed& c = ind.computed;
        if (auto b = benchmark(ind.latest.number, values, ind.polarity)) {
            c.national_rank = b->rank;
            c.national_authorities = b->authorities;
            c.national_quartile = b->quartile;
            c.quartile_position = b->position;
            if (ind.quartile.is_number() && static_cast<int>(ind.quartile.number) != b->quartile) {
                Finding& f = findings.warning("quartile-mismatch", ind.quartile.where,
                                              quoted(ind.name.text, 50) + " states national quartile " +
                                                  ind.quartile.text + " but the national data (" + period + ", " +
                                                  std::to_string(b->authorities) + " authorities) puts it in quartile " +
                                                  std::to_string(b->quartile) + ", rank " + std::to_string(b->rank));
                about(f, ind);
                f.before = ind.quartile.text;
                f.after = std::to_string(b->quartile);
                f.rule = "quartile boundaries at the 25th, 50th and 75th percentiles of all authorities with a value";
            }
        } else if (ind.polarity != Polarity::HighIsGood && ind.polarity != Polarity::LowIsGood) {
            about(findings.note("no-national-rank", ind.latest.where,
                                quoted(ind.name.text, 50) + " has no polarity, so it has no national rank"),
                  ind);
        }
        if (!neighbour_values.empty()) {
            double sum = 0;
            for (double v : neighbour_values) sum += v;
            c.national_neighbour_average = sum / static_cast<double>(neighbour_values.size());
            if (ind.neighbour_average.is_number()) {
                Value computed = ind.neighbour_average;
                computed.number = *c.national_neighbour_average;
                if (compare_at_shown_precision(computed, ind.neighbour_average) != 0) {
                    Finding& f = findings.warning(
                        "neighbour-average-mismatch", ind.neighbour_average.where,
                        quoted(ind.name.text, 50) + " states a statistical neighbour average of " +
                            ind.neighbour_average.text + " but the mean of its " +
                            std::to_string(neighbour_values.size()) + " neighbours' values is " + display_text(computed));
                    about(f, ind);
                    f.before = ind.neighbour_average.text;
                    f.after = display_text(computed);
                    f.rule = "the plain mean of the statistical neighbours' values";
                }
            }
        }
    });
}

}  // namespace scorecard
