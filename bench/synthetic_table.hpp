// Synthetic scorecard tables in the canonical (2022/23 flat) layout, for the benchmark:
// realistic figures (percentages, counts, scores), topics of varying size, long names.
#pragma once

#include <cstddef>
#include <string>

namespace scorecard::bench {

// The table as tab-separated text, the same every time for the same size.
std::string synthetic_table(std::size_t indicators);

}  // namespace scorecard::bench
