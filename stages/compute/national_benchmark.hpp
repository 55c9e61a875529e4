// Benchmarking against every authority's value: national rank, quartile band, position
// within the band, and the statistical neighbour average.
#pragma once

#include <optional>
#include <vector>

#include "stages/model/finding.hpp"
#include "stages/model/national_data.hpp"
#include "stages/model/scorecard.hpp"

namespace scorecard {

struct Benchmark {
    int rank = 0;         // 1 = best; ties share the lowest rank (1, 2, 2, 4)
    int authorities = 0;  // how many authorities have a value (the data says, never assumed)
    int quartile = 0;     // 1 = best: boundaries at the 25th, 50th and 75th percentiles
    double position = 0;  // within the band: 0 at its worse edge, 1 at its better edge
};

// `values` holds every authority's value, the own one included. Polarity decides which end is
// best; without one there is no order and no result.
std::optional<Benchmark> benchmark(double own, const std::vector<double>& values, Polarity polarity);

// The 100p-th percentile of sorted values, interpolated between ranks (Excel's PERCENTILE.INC).
double percentile_inclusive(const std::vector<double>& sorted, double p);

// Fills the national fields of each indicator's Computed from the data, and reports where the
// table's stated quartile or neighbour average differs from what the data gives.
void apply_national_benchmarks(Scorecard& scorecard, const NationalData& data, Findings& findings);

}  // namespace scorecard
