#include "national_benchmark.hpp"

#include <algorithm>
#include <map>

#include "stages/model/text_utils.hpp"

namespace scorecard {

namespace {

// Every value at one scale as 64-bit units; empty if one does not fit.
std::optional<std::vector<std::int64_t>> at_scale(const std::vector<Decimal>& values, int scale) {
    std::vector<std::int64_t> out;
    out.reserve(values.size());
    for (const auto& v : values) {
        const auto r = rescale(v, scale);
        if (!r) return std::nullopt;
        out.push_back(r->units);
    }
    return out;
}

Decimal make_decimal(std::int64_t units, int scale) {
    Decimal d;
    d.units = units;
    d.scale = scale;
    return d;
}

// A cut point or a figure for a message: no more decimals than it needs, at least `least`.
std::string figure_text(const Decimal& d, int least) {
    Decimal out = d;
    while (out.scale > least && out.units % 10 == 0) {
        out.units /= 10;
        --out.scale;
    }
    return to_string(out);
}

}  // namespace

Decimal quartile_cut(const std::vector<Decimal>& sorted, int k) {
    if (sorted.empty()) return {};
    // PERCENTILE.INC: h = (n - 1) × k / 4; the cut is x[floor h] + (h - floor h) × (x[floor h + 1] - x[floor h]).
    // The fraction is a whole number of quarters, so the cut is exact at two more decimals.
    const std::int64_t n = static_cast<std::int64_t>(sorted.size());
    const std::int64_t quarters = (n - 1) * k;
    const std::size_t lo = static_cast<std::size_t>(quarters / 4);
    const std::size_t hi = std::min(sorted.size() - 1, lo + 1);
    const Int128 remainder = quarters % 4;
    const Int128 a = sorted[lo].units, b = sorted[hi].units;
    const Int128 units = 100 * a + 25 * remainder * (b - a);
    return make_decimal(static_cast<std::int64_t>(units), sorted[lo].scale + 2);
}

Ratio mean_of(const std::vector<Decimal>& values) {
    int scale = 0;
    for (const auto& v : values) scale = std::max(scale, v.scale);
    Int128 sum = 0;
    for (const auto& v : values) sum += static_cast<Int128>(v.units) * power_of_ten(scale - v.scale);
    Ratio r;
    r.numerator = sum;
    r.denominator = static_cast<Int128>(values.size()) * power_of_ten(scale);
    return r;
}

std::optional<Benchmark> benchmark(const Decimal& own, const std::vector<Decimal>& values, Polarity polarity,
                                   int minimum_authorities) {
    if (values.empty() || (polarity != Polarity::HighIsGood && polarity != Polarity::LowIsGood)) return std::nullopt;
    const bool high_good = polarity == Polarity::HighIsGood;
    // One scale for all: the most decimals the data shows. Cut points need two more; everything
    // is compared there, as 64-bit integers.
    int scale = own.scale;
    for (const auto& v : values) scale = std::max(scale, v.scale);
    if (scale + 2 > kMaxDecimalScale) return std::nullopt;
    const auto data = at_scale(values, scale);
    const auto fine = at_scale(values, scale + 2);
    const auto own_fine = rescale(own, scale + 2);
    if (!data || !fine || !own_fine) return std::nullopt;
    const std::int64_t x = own_fine->units;

    Benchmark b;
    b.authorities = static_cast<int>(values.size());
    b.rank = 1;
    for (std::int64_t v : *fine)
        if (high_good ? v > x : v < x) ++b.rank;

    std::vector<Decimal> sorted;
    sorted.reserve(data->size());
    for (std::int64_t v : *data) sorted.push_back(make_decimal(v, scale));
    std::sort(sorted.begin(), sorted.end(), [](const Decimal& l, const Decimal& r) { return l.units < r.units; });
    b.lowest = *rescale(sorted.front(), scale + 2);
    b.highest = *rescale(sorted.back(), scale + 2);
    b.p25 = quartile_cut(sorted, 1);
    b.p50 = quartile_cut(sorted, 2);
    b.p75 = quartile_cut(sorted, 3);

    if (b.authorities < minimum_authorities) {
        b.no_quartile_reason = "only " + std::to_string(b.authorities) + " authorit" +
                               (b.authorities == 1 ? "y has" : "ies have") + " a value, fewer than the " +
                               std::to_string(minimum_authorities) + " a quartile needs";
        return b;
    }
    if (b.lowest.units == b.highest.units) {
        b.no_quartile_reason = "every authority has the same value (" + figure_text(sorted.front(), 0) +
                               "), so quartiles do not separate them";
        return b;
    }
    // Bands from the best end. A value equal to a cut point belongs to the better band.
    const std::int64_t lowest = b.lowest.units, p25 = b.p25.units, p50 = b.p50.units, p75 = b.p75.units,
                       highest = b.highest.units;
    std::int64_t worse_edge = 0, better_edge = 0;
    if (high_good) {
        if (x >= p75) { b.quartile = 1; worse_edge = p75; better_edge = highest; }
        else if (x >= p50) { b.quartile = 2; worse_edge = p50; better_edge = p75; }
        else if (x >= p25) { b.quartile = 3; worse_edge = p25; better_edge = p50; }
        else { b.quartile = 4; worse_edge = lowest; better_edge = p25; }
    } else {
        if (x <= p25) { b.quartile = 1; worse_edge = p25; better_edge = lowest; }
        else if (x <= p50) { b.quartile = 2; worse_edge = p50; better_edge = p25; }
        else if (x <= p75) { b.quartile = 3; worse_edge = p75; better_edge = p50; }
        else { b.quartile = 4; worse_edge = highest; better_edge = p75; }
    }
    // How far from the worse edge towards the better one, as an exact fraction of the band. Only
    // a top band can have no width (its cut point is the best value): the value is then at its
    // better edge.
    Ratio position;
    const Int128 width = static_cast<Int128>(better_edge) - worse_edge;
    if (width == 0) {
        position.numerator = 1;
        position.denominator = 1;
    } else {
        position.numerator = static_cast<Int128>(x) - worse_edge;
        position.denominator = width;
        if (width < 0) {
            position.numerator = -position.numerator;
            position.denominator = -width;
        }
    }
    b.position = position;
    return b;
}

namespace {

Finding& about(Finding& f, const Indicator& ind) {
    f.indicator = ind.name.text;
    return f;
}

// The national rows of one indicator, indexed once.
using RowsById = std::map<std::string, std::vector<const NationalValue*>>;

RowsById index_rows(const NationalData& data) {
    RowsById rows;
    for (const auto& v : data.values) rows[fold_indicator_id(v.indicator_id)].push_back(&v);
    return rows;
}

// The period to benchmark: the table's latest period where the authorities' rows have it (as a
// parsed period, not as text), otherwise the most recent period they have.
const Period* period_to_use(const std::vector<const NationalValue*>& rows, const Indicator& ind) {
    const Period* latest = nullptr;
    for (const auto* v : rows) {
        if (v->level != GeographicLevel::LocalAuthority) continue;
        if (same_period(v->period, ind.latest_period)) return &v->period;
        if (!latest || period_before(*latest, v->period)) latest = &v->period;
    }
    if (latest) return latest;
    for (const auto* v : rows)
        if (!latest || period_before(*latest, v->period)) latest = &v->period;
    return latest;
}

// This authority's region, from its rows in the data (any indicator).
struct Region {
    std::string code, name;
};

Region region_of(const NationalData& data) {
    Region r;
    for (const auto& v : data.values)
        if (v.level == GeographicLevel::LocalAuthority && v.authority_code == data.own_authority &&
            (!v.region_code.empty() || !v.region_name.empty())) {
            r.code = v.region_code;
            r.name = v.region_name;
            break;
        }
    return r;
}

bool is_region(const NationalValue& v, const Region& r) {
    if (!r.code.empty() && !v.region_code.empty()) return v.region_code == r.code;
    return !r.name.empty() && fold_for_matching(v.region_name) == fold_for_matching(r.name);
}

std::string no_value_text(const Value& v) {
    if (v.is_suppressed()) return v.text;
    if (v.is_not_applicable()) return v.text;
    if (v.is_blank()) return "blank";
    return display_text(v);
}

// The neighbours' mean, shown at the table's stated precision (so the two compare like for like)
// or, without a stated figure, at the most decimals the neighbours' values show.
void neighbour_average(Indicator& ind, const NationalData& data, const std::map<std::string, const NationalValue*>& la,
                       const std::string& period, Findings& findings) {
    Computed& c = ind.computed;
    std::vector<Decimal> values;
    std::vector<std::string> left_out;
    Unit unit = Unit::Other;
    int decimals = 0;
    for (const auto& code : data.neighbours) {
        auto it = la.find(code);
        if (it == la.end()) {
            left_out.push_back(code + " not in the data");
            continue;
        }
        const Value& v = it->second->value;
        const auto d = decimal_of(v);
        if (!v.is_number() || !d || !same_kind_of_unit(v, ind.latest.is_number() ? ind.latest : v)) {
            left_out.push_back(code + " " + no_value_text(v));
            continue;
        }
        values.push_back(*d);
        unit = v.unit;
        decimals = std::max(decimals, v.decimals);
    }
    c.neighbours_averaged = static_cast<int>(values.size());
    c.neighbours_without_value = static_cast<int>(left_out.size());
    if (!left_out.empty()) {
        std::string list;
        for (const auto& l : left_out) list += (list.empty() ? "" : "; ") + l;
        about(findings.note("neighbours-without-value", ind.latest.where,
                            std::to_string(left_out.size()) + " of " + std::to_string(data.neighbours.size()) +
                                " statistical neighbours have no value for " + quoted(ind.name.text, 50) + " in " +
                                period + " (" + list + ")" +
                                (values.empty() ? ": there is no neighbour average"
                                                : "; the average is of the other " + std::to_string(values.size()))),
              ind);
    }
    if (values.empty()) return;
    const Ratio mean = mean_of(values);
    const bool stated =
        ind.neighbour_average.is_number() && (unit == Unit::Percent) == (ind.neighbour_average.unit == Unit::Percent);
    const int shown_decimals = stated ? ind.neighbour_average.decimals : decimals;
    const auto rounded = round_to(mean, shown_decimals);
    if (!rounded) return;
    Value& average = c.national_neighbour_average;
    average.state = ValueState::Number;
    average.number = to_double(*rounded);
    average.unit = unit == Unit::Percent ? Unit::Percent : (shown_decimals == 0 ? Unit::Count : Unit::Other);
    average.decimals = shown_decimals;
    average.text = display_text(average);
    if (!stated) return;
    const auto stated_decimal = decimal_of(ind.neighbour_average);
    if (!stated_decimal || compare(*rounded, *stated_decimal) == 0) return;
    Finding& f = findings.warning("neighbour-average-mismatch", ind.neighbour_average.where,
                                  quoted(ind.name.text, 50) + " states a statistical neighbour average of " +
                                      ind.neighbour_average.text + " but the mean of its " +
                                      std::to_string(values.size()) + " neighbours' values in " + period + " is " +
                                      average.text);
    about(f, ind);
    f.rule = "the plain mean of the statistical neighbours' values, rounded half away from zero to the decimals "
             "the table shows";
}

}  // namespace

void apply_national_benchmarks(Scorecard& scorecard, const NationalData& data, const RatingRules& rules,
                               Findings& findings) {
    const RowsById by_id = index_rows(data);
    const Region region = region_of(data);
    scorecard.for_each_indicator([&](Indicator& ind) {
        auto found = by_id.find(fold_indicator_id(ind.id));
        if (found == by_id.end()) return;
        const Period* chosen = period_to_use(found->second, ind);
        if (!chosen) return;
        Computed& c = ind.computed;
        c.national_benchmarked = true;
        c.national_period = canonical_period_text(*chosen);
        const std::string& period = c.national_period;
        if (!same_period(*chosen, ind.latest_period))
            about(findings.warning("national-period", ind.latest.where,
                                   "national data for " + quoted(ind.name.text, 50) + " is for " + period +
                                       ", not the table's latest period " + quoted(ind.latest_period.text)),
                  ind);

        // The rows of that period: authorities, England, this authority's region.
        std::map<std::string, const NationalValue*> la;
        for (const auto* row : found->second) {
            if (!same_period(row->period, *chosen)) continue;
            switch (row->level) {
                case GeographicLevel::LocalAuthority: la.emplace(row->authority_code, row); break;
                case GeographicLevel::England: c.england_average = row->value; break;
                case GeographicLevel::Region:
                    if (is_region(*row, region)) {
                        c.region_average = row->value;
                        c.region_name = row->region_name.empty() ? region.name : row->region_name;
                    }
                    break;
            }
        }
        if (c.region_name.empty()) c.region_name = region.name;

        // Everyone else's figures; this authority is ranked by the table's own figure.
        std::vector<Decimal> values;
        std::map<std::string, int> without_value;  // symbol (or "blank") -> how many authorities
        bool unit_clash = false, too_long = false;
        for (const auto& [code, row] : la) {
            if (code == data.own_authority) {
                c.national_own_value = row->value;
                if (row->value.is_number() && ind.latest.is_number() && same_kind_of_unit(row->value, ind.latest) &&
                    compare_at_shown_precision(row->value, ind.latest) != 0)
                    about(findings.warning("national-own-value", ind.latest.where,
                                           "national data gives " + quoted(ind.name.text, 50) + " as " +
                                               display_text(row->value) + " for this authority, the table " +
                                               display_text(ind.latest) + "; the table's figure is ranked"),
                          ind);
                continue;
            }
            if (!row->value.is_number()) {
                ++without_value[no_value_text(row->value)];
                continue;
            }
            if (ind.latest.is_number() && !same_kind_of_unit(row->value, ind.latest)) unit_clash = true;
            const auto d = decimal_of(row->value);
            if (!d) too_long = true;
            else values.push_back(*d);
        }
        if (!data.neighbours.empty()) neighbour_average(ind, data, la, period, findings);
        if (!ind.latest.is_number()) return;
        if (unit_clash) {
            about(findings.warning("unit-mismatch", ind.latest.where,
                                   "national data for " + quoted(ind.name.text, 50) +
                                       " is in a different unit from the table's " + display_text(ind.latest) +
                                       "; it is not benchmarked"),
                  ind);
            return;
        }
        if (!without_value.empty()) {
            std::string list;
            int count = 0;
            for (const auto& [symbol, n] : without_value) {
                list += (list.empty() ? "" : ", ") + std::to_string(n) + " \"" + symbol + "\"";
                count += n;
            }
            about(findings.note("national-without-value", ind.latest.where,
                                std::to_string(count) + " authorit" + (count == 1 ? "y has" : "ies have") +
                                    " no value for " + quoted(ind.name.text, 50) + " in " + period + " (" + list +
                                    "); they are not ranked"),
                  ind);
        }
        const auto own = decimal_of(ind.latest);
        std::optional<Benchmark> b;
        if (own && !too_long) {
            values.push_back(*own);
            b = benchmark(*own, values, ind.polarity, rules.national_minimum_authorities);
        }
        if (!b) {
            if (ind.polarity != Polarity::HighIsGood && ind.polarity != Polarity::LowIsGood)
                about(findings.note("no-national-rank", ind.latest.where,
                                    quoted(ind.name.text, 50) + " has no polarity, so it has no national rank"),
                      ind);
            else
                about(findings.warning("national-too-long", ind.latest.where,
                                       "the figures of " + quoted(ind.name.text, 50) +
                                           " have too many digits to rank exactly; it is not benchmarked"),
                      ind);
            return;
        }
        c.national_rank = b->rank;
        c.national_authorities = b->authorities;
        if (!b->quartile) {
            c.no_quartile_reason = b->no_quartile_reason;
            about(findings.warning("national-no-quartile", ind.latest.where,
                                   "national data for " + quoted(ind.name.text, 50) + " (" + period +
                                       ") gives no quartile and no national rating: " + b->no_quartile_reason),
                  ind);
            return;
        }
        c.national_quartile = b->quartile;
        c.band_position = b->position;
        c.quartile_position = to_double(*b->position);
        if (ind.quartile.is_number() && ind.quartile.number != static_cast<double>(*b->quartile)) {
            const int shown = std::max(0, ind.latest.decimals);
            Finding& f = findings.warning("quartile-mismatch", ind.quartile.where,
                                          quoted(ind.name.text, 50) + " states national quartile " +
                                              ind.quartile.text + " but the national data (" + period + ", " +
                                              std::to_string(b->authorities) + " authorities) puts it in quartile " +
                                              std::to_string(*b->quartile) + ", rank " + std::to_string(b->rank));
            about(f, ind);
            f.rule = "quartile cut points at the 25th, 50th and 75th percentiles (PERCENTILE.INC) of all authorities "
                     "with a value: " +
                     figure_text(b->p25, shown) + ", " + figure_text(b->p50, shown) + ", " +
                     figure_text(b->p75, shown) + "; a value on a cut point belongs to the better band";
        }
    });
}

}  // namespace scorecard
