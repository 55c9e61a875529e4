// The trend chart cell as inline SVG, laid out by the shared chart geometry
// (common/chart_geometry: bars placed by time, the latest solid and the earlier outlined, the
// baseline rule with its break mark, period labels under the first and last bars). The chart is
// an image whose accessible name (title and aria-label) gives every value, the same words as
// the PDF's /Alt, and the values are also listed under it in the cell, so nobody has to read
// them off the bars. Fewer than two points draw no chart: the cell says so (common/chart_words).
#pragma once

#include "html_output.hpp"
#include "stages/export/common/chart_geometry.hpp"
#include "stages/model/scorecard.hpp"
#include "stages/templates/output_template.hpp"

namespace scorecard::html {

// The chart's size in CSS pixels, and its labels' font size.
constexpr double kChartWidth = 120, kChartHeight = 44, kChartLabelSize = 9;

// The geometry's style in CSS pixels. The browser sets the labels, so their widths are
// estimated generously (0.6 em a character: Liberation Sans's digits are 0.556 em).
ChartStyle svg_chart_style();

void write_trend_chart(HtmlOutput& out, const Indicator& indicator, const OutputTemplate& layout);

}  // namespace scorecard::html
