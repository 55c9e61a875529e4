#include "chart_words.hpp"

namespace scorecard {

std::string too_few_points_text(std::size_t points) { return points == 0 ? "No data points" : "Only 1 data point"; }

}  // namespace scorecard
