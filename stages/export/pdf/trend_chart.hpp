// The trend chart cell in the PDF: the indicator's last few data points as columns, laid out
// by the shared chart geometry (common/chart_geometry: bars placed by time, the baseline rule,
// the labels), here only sized in points for a table cell. The bars are drawn inside the cell's
// Figure, whose /Alt carries the values in words (chart_accessible_text). With fewer than two
// points there is no trend to draw, and the cell says so in words instead (common/chart_words).
#pragma once

#include "stages/export/common/chart_geometry.hpp"
#include "stages/export/common/chart_words.hpp"
#include "stages/export/common/text_measurer.hpp"

#include <vector>

#include "stages/model/scorecard.hpp"
#include "pdf_units.hpp"

namespace scorecard::pdf {

// The period labels' font size under a PDF chart.
constexpr double kChartLabelSize = 6.0;
// Bars are at most this wide, however wide the column.
constexpr double kMaxBarWidth = 10.0;
// The least height a chart cell asks of its row (padding included): bars about 11 points
// tall above one line of labels; a second line when the first and last labels do not fit on one.
constexpr double kChartMinHeight = 26.0;
// The outline of the earlier bars.
constexpr double kChartStroke = 0.75;
// The room the axis break mark takes at the left of the baseline.
constexpr double kChartBreakMark = 5.0;
// Charts are drawn on the page's white: cells holding them have no fill.
constexpr Rgb kChartBackground{0xFF, 0xFF, 0xFF};

// The geometry's style in points, labels measured as `measure` draws them.
ChartStyle pdf_chart_style(const TextMeasurer& measure);

// The least height of a row holding this chart in a cell `width` wide (padding included).
double chart_min_height(const std::vector<HistoryPoint>& points, double width, const TextMeasurer& measure);

// The drawing area of a chart in its cell.
Box chart_area(const Box& cell);

// The chart laid out in the drawing area of its cell.
ChartGeometry lay_out_chart(const std::vector<HistoryPoint>& points, const Box& area, const TextMeasurer& measure);

}  // namespace scorecard::pdf
