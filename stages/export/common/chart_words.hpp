// What a trend chart cell says instead of a chart, the same words in the workbook and the PDF.
#pragma once

#include <cstddef>
#include <string>

namespace scorecard {

// "No data points" or "Only 1 data point": a chart needs two.
std::string too_few_points_text(std::size_t points);

}  // namespace scorecard
