// The trend chart cell (2019/20 layout): a small column chart of an indicator's last
// few data points, oldest on the left, the latest bar marked.
//
// Pure geometry and words, no PDF: which bars go where in the cell, and the alternative text
// that says the same values for a screen reader (the bars themselves are drawn as an artifact;
// the cell's /Alt carries the meaning). With fewer than two points there is no trend to draw,
// and the cell says so in words instead.
#pragma once

#include "stages/export/common/chart_words.hpp"

#include <string>
#include <vector>

#include "stages/model/scorecard.hpp"
#include "stages/templates/output_template.hpp"
#include "pdf_units.hpp"

namespace scorecard::pdf {

struct ChartPoint {
    std::string period;  // "Q3 2019/20", as written
    double value = 0;    // the figure (22.6 for 22.6%)
    std::string shown;   // the figure as the source showed it ("22.6%")
};

// The last `count` data points of the indicator (history store, then previous and latest).
std::vector<ChartPoint> chart_points(const Indicator& indicator, int count);

// A cell with fewer than two points says so in words: too_few_points_text (common/chart_words).

// "Trend chart, oldest first: Q1 2019/20 96.0%, Q2 2019/20 95.1%, Q3 2019/20 93.0% (latest)".
std::string chart_alt_text(const std::vector<ChartPoint>& points);

struct ChartBar {
    Box box;
    bool latest = false;
};

struct ChartLayout {
    std::vector<ChartBar> bars;  // one per point, left to right
    double zero = 0;             // where value 0 is (top-down): the baseline drawn across
    Box area;                    // the drawing area inside the cell
};

// Bars scaled within `area`: the range runs from the smaller of 0 and the lowest value to the
// larger of 0 and the highest, so negative values (a Progress 8 score) hang below the baseline.
// A bar is never thinner than a hairline, so a zero still shows as a point.
ChartLayout lay_out_chart(const std::vector<ChartPoint>& points, const Box& area);

// The least height a chart cell asks of its row, so bars stay readable in a one-line row.
constexpr double kChartMinHeight = 26.0;
// The earlier bars' colour; the latest bar takes the text colour.
constexpr Rgb kEarlierBarColour{0xA6, 0xA6, 0xA6};
// Bars are at most this wide, however wide the column.
constexpr double kMaxBarWidth = 10.0;

}  // namespace scorecard::pdf
