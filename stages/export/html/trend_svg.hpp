// The trend chart cell as inline SVG: the indicator's last few data points as columns, oldest
// on the left, the latest bar darker, a baseline at zero. The chart is an image with an
// accessible name that gives every value (the same words as the PDF's alternative text), and
// the values are also listed under it in the cell, so nobody has to read them off the bars.
// Fewer than two points draw no chart: the cell says so (common/chart_words).
#pragma once

#include "html_output.hpp"
#include "stages/model/scorecard.hpp"

namespace scorecard::html {

void write_trend_chart(HtmlOutput& out, const Indicator& indicator, int points);

}  // namespace scorecard::html
