// The one geometry of a trend chart, for the PDF, the web page's SVG and (through the value
// axis) the workbook's sparklines, so all three draw the same points the same way.
//
// Pure arithmetic: given an indicator's data points with their periods, the box to draw in
// and the rule for the value axis, where each bar goes, how tall it is, where the baseline and
// the period labels sit, and the colours, checked for contrast. No drawing. The rules are in
// docs/layout.md, "Trend charts":
// - Bars are placed by time: a bar's x is proportional to the month its period ends in, so a
//   missing period leaves a visible gap. When any period cannot be placed on the time line
//   (text that is not a period), the bars are evenly spaced instead, and the geometry says so.
// - The value axis starts at zero, unless every value has one sign and the smallest is more
//   than half the largest (in size): then it starts below the smallest value by half the
//   range, so the smallest bar is a third of the largest and any change shows; the axis then
//   carries a break mark (two slanted strokes) and the accessible text states where it starts.
// - The latest bar is solid, the earlier ones outlined: distinct in black and white too.
// - The first and last bars carry their period's label under them.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "stages/model/scorecard.hpp"
#include "stages/templates/output_template.hpp"

namespace scorecard {

// The indicator's last `count` data points, oldest first (model/data_points).
std::vector<HistoryPoint> trend_points(const Indicator& indicator, int count);

// Where the bars start from and the range the value axis covers.
struct ValueAxis {
    double baseline = 0;    // bars run from here to their value
    bool from_zero = true;  // false: the axis is broken (starts below the smallest value)
    double low = 0, high = 0;  // the range drawn: the values and the baseline
};

// The baseline rule (see above), for the values in any order.
ValueAxis value_axis(const std::vector<double>& values);

// Where each point sits in time (the rule above): the month its period ends in, when there are
// at least two points, every period is on the time line and each ends after the one before;
// empty otherwise, and the bars are evenly spaced.
std::vector<int> time_positions(const std::vector<HistoryPoint>& points);

// A rectangle in top-down coordinates (y grows downwards), in the writer's unit.
struct ChartBox {
    double left = 0, top = 0, width = 0, height = 0;
    double right() const { return left + width; }
    double bottom() const { return top + height; }
};

struct ChartStyle {
    double label_size = 6;        // the period labels' font size
    double label_ascent = 4.5;    // height of the labels' glyphs above their baseline
    double label_line = 7;        // the distance between two lines of labels
    double max_bar_width = 10;
    double hairline = 0.5;        // the least height of a bar, so a zero still shows
    double break_mark = 4;        // the room the axis break mark takes at the left
    // Width of a label as drawn, at label_size.
    std::function<double(const std::string&)> label_width;
};

struct BarGeometry {
    double x = 0, width = 0;      // left edge and width
    double top = 0, bottom = 0;   // top-down: top < bottom
    bool latest = false;
};

struct LabelGeometry {
    std::string text;
    double x = 0;         // the left edge of the text, whichever bar it belongs to
    double baseline = 0;  // top-down
    double width = 0;
};

struct Segment {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
};

struct ChartGeometry {
    std::vector<BarGeometry> bars;  // one per point, oldest first (left to right)
    ValueAxis axis;
    double baseline_y = 0;               // where the baseline value is (top-down)
    double axis_left = 0, axis_right = 0;
    bool placed_by_time = true;          // false: evenly spaced (a period off the time line)
    std::vector<LabelGeometry> labels;   // the first bar's, then the last bar's
    std::vector<Segment> axis_break;     // the break mark's strokes; none when from zero
};

// Lays out the points (at least two) in `box`: labels along the bottom, bars above them.
ChartGeometry chart_geometry(const std::vector<HistoryPoint>& points, const ChartBox& box, const ChartStyle& style);

// The chart in words, for a screen reader (PDF /Alt, SVG title and aria-label): every value
// with its period, oldest first, the latest named, and where the axis starts when not at zero.
// "Trend chart of the last 2 data points, oldest first: Q3 2021/22 23.1%, Q3 2022/23 19.85%
// (latest). The bars start at 18.23%, not zero."
std::string chart_accessible_text(const std::vector<HistoryPoint>& points);

// WCAG 2.1 contrast: relative luminance and the ratio of two colours (1 to 21).
double relative_luminance(const Rgb& colour);
double contrast_ratio(const Rgb& a, const Rgb& b);

// Non-text graphics need 3:1 against what they are drawn on (WCAG 2.1, 1.4.11).
constexpr double kGraphicContrast = 3.0;

// The chart's colours on a background: the latest bar's fill, the earlier bars' outline, the
// baseline and break mark, the labels. Each is the template's text colour when that has 3:1
// (4.5:1 for the labels, which are text) against the background, else black or white,
// whichever has more.
struct ChartColours {
    Rgb latest, earlier, axis, label;
};
ChartColours chart_colours(const Rgb& text, const Rgb& background);

}  // namespace scorecard
