// The national benchmark: reading a tidy Explore education statistics file of 150 authorities
// through a measure map, and benchmarking a scorecard's indicators against it.
#pragma once

#include <cstddef>
#include <string>

namespace scorecard::bench {

struct NationalMeasurement {
    std::size_t rows = 0;        // local authority rows in the file
    std::size_t indicators = 0;  // mapped measures, each an indicator of the scorecard
    double read_seconds = 0;     // reading and checking the file, the map and the neighbours
    double benchmark_seconds = 0;  // ranks, cut points, positions and means for every indicator
    long peak_rss_kib = 0;
};

// Writes the synthetic files for about `rows` authority rows into `dir` and measures them.
NationalMeasurement measure_national(std::size_t rows, const std::string& dir);

}  // namespace scorecard::bench
