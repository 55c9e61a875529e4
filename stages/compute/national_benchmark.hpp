// Benchmarking against every authority's value: national rank, quartile band, position within
// the band, the statistical neighbour average, and the England and regional figures. All of it
// in exact decimals at the precision the data shows (docs/benchmarking.md).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "stages/model/decimal.hpp"
#include "stages/model/finding.hpp"
#include "stages/model/national_data.hpp"
#include "stages/model/scorecard.hpp"
#include "stages/templates/rating_rules.hpp"

namespace scorecard {

struct Benchmark {
    int rank = 0;         // 1 = best; ties share the best rank of the tie (1, 2, 2, 4)
    int authorities = 0;  // how many authorities have a value, this one included
    std::optional<int> quartile;        // 1 = best; none with too few authorities or no spread
    std::optional<Ratio> position;      // within the band: 0 at its worse edge, 1 at its better edge
    std::string no_quartile_reason;     // why there is no quartile
    Decimal lowest, p25, p50, p75, highest;  // the cut points, exact (two decimals past the data's)
};

// `values` holds every authority's value, the own one included, as shown. Polarity decides
// which end is best; without one there is no order and no result. Fewer than
// `minimum_authorities` values, or all of them equal, give a rank but no quartile. Empty also
// when the figures have too many digits to be ranked exactly (past 16 in all).
std::optional<Benchmark> benchmark(const Decimal& own, const std::vector<Decimal>& values, Polarity polarity,
                                   int minimum_authorities = 1);

// The k-th quartile cut (k = 1, 2, 3) of `sorted` (ascending, all at one scale): Excel's
// PERCENTILE.INC at k/4, interpolating between ranks. Exact at two more decimals than the values.
Decimal quartile_cut(const std::vector<Decimal>& sorted, int k);

// The mean of `values` (at least one), exact.
Ratio mean_of(const std::vector<Decimal>& values);

// Fills the national fields of each indicator's Computed from the data, and reports where the
// table's stated quartile or neighbour average differs from what the data gives.
void apply_national_benchmarks(Scorecard& scorecard, const NationalData& data, const RatingRules& rules,
                               Findings& findings);

}  // namespace scorecard
