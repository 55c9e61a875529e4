#include "chart_geometry.hpp"

#include <algorithm>
#include <cmath>

#include "stages/model/data_points.hpp"

namespace scorecard {

std::vector<HistoryPoint> trend_points(const Indicator& indicator, int count) {
    return last_data_points(indicator, count);
}

std::vector<int> time_positions(const std::vector<HistoryPoint>& points) {
    std::vector<int> months;
    for (const HistoryPoint& p : points) {
        if (!p.period.is_known() || (!months.empty() && p.period.end_month <= months.back())) return {};
        months.push_back(p.period.end_month);
    }
    if (months.size() < 2) return {};
    return months;
}

ValueAxis value_axis(const std::vector<double>& values) {
    ValueAxis axis;
    if (values.empty()) return axis;
    const auto [lo_it, hi_it] = std::minmax_element(values.begin(), values.end());
    const double lo = *lo_it, hi = *hi_it;
    axis.low = std::min(lo, 0.0);
    axis.high = std::max(hi, 0.0);
    // One sign throughout, and the smallest more than half the largest in size: from zero the
    // bars would differ by less than half their height, so the axis starts below them.
    if (lo > 0 && lo > hi / 2 && lo < hi) {
        axis.baseline = lo - (hi - lo) / 2;
        axis.from_zero = false;
        axis.low = axis.baseline;
        axis.high = hi;
    } else if (hi < 0 && hi < lo / 2 && lo < hi) {
        axis.baseline = hi + (hi - lo) / 2;  // above the value nearest zero: bars hang down
        axis.from_zero = false;
        axis.low = lo;
        axis.high = axis.baseline;
    }
    return axis;
}

namespace {

// The label's left edge: at `wanted`, kept between `left` and `right`.
double inside(double wanted, double width, double left, double right) {
    return std::max(left, std::min(wanted, right - width));
}

}  // namespace

ChartGeometry chart_geometry(const std::vector<HistoryPoint>& points, const ChartBox& box, const ChartStyle& style) {
    ChartGeometry chart;
    std::vector<double> values;
    values.reserve(points.size());
    for (const HistoryPoint& p : points) values.push_back(p.value.number);
    chart.axis = value_axis(values);
    chart.axis_left = box.left;
    chart.axis_right = box.right();
    if (points.empty()) {
        chart.baseline_y = box.bottom();
        return chart;
    }

    // Labels first: they decide how much height the bars have. Each is centred under its bar,
    // kept inside the box; where the two would meet, the last one goes on a line of its own
    // below.
    const std::string first = points.front().period.text, last = points.back().period.text;
    const double first_w = style.label_width ? style.label_width(first) : 0;
    const double last_w = style.label_width ? style.label_width(last) : 0;

    // Time positions: the month each period ends in, or the points' order when a period is off
    // the time line or two share a month.
    const std::vector<int> months = time_positions(points);
    chart.placed_by_time = !months.empty();
    std::vector<double> at;
    double step = 1;
    if (chart.placed_by_time) {
        at.assign(months.begin(), months.end());
        step = at[1] - at[0];
        for (std::size_t i = 2; i < at.size(); ++i) step = std::min(step, at[i] - at[i - 1]);
    } else {
        for (std::size_t i = 0; i < points.size(); ++i) at.push_back(static_cast<double>(i));
    }
    const double span = at.back() - at.front() + step;  // each point owns one step of time
    const double plot_left = box.left + (chart.axis.from_zero ? 0 : style.break_mark);
    const double plot_width = box.right() - plot_left;
    const double slot = plot_width * step / span;
    const double bar_width = std::min(slot * 0.6, style.max_bar_width);

    std::vector<double> centres;
    centres.reserve(at.size());
    for (double t : at) centres.push_back(plot_left + plot_width * (t - at.front() + step / 2) / span);

    const double gap = style.label_size / 3;
    LabelGeometry first_label{first, inside(centres.front() - first_w / 2, first_w, plot_left, box.right()), 0, first_w};
    LabelGeometry last_label{last, inside(centres.back() - last_w / 2, last_w, plot_left, box.right()), 0, last_w};
    const bool one_line = first_label.x + first_w + gap <= last_label.x;
    const int label_lines = points.size() < 2 ? 1 : one_line ? 1 : 2;
    const double labels_top = box.bottom() - label_lines * style.label_line;
    first_label.baseline = labels_top + style.label_ascent;
    last_label.baseline = first_label.baseline + (one_line ? 0 : style.label_line);
    chart.labels.push_back(first_label);
    if (points.size() >= 2) chart.labels.push_back(last_label);

    // The bars, between the top of the box and a little above the labels.
    const double bars_top = box.top, bars_bottom = labels_top - style.label_size / 3;
    const double range = chart.axis.high > chart.axis.low ? chart.axis.high - chart.axis.low : 1;
    const double scale = (bars_bottom - bars_top) / range;
    auto y_of = [&](double v) { return bars_top + (chart.axis.high - v) * scale; };
    chart.baseline_y = chart.axis.high > chart.axis.low ? y_of(chart.axis.baseline) : bars_bottom;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const double v = values[i];
        const double y = chart.axis.high > chart.axis.low ? y_of(v) : chart.baseline_y;
        BarGeometry bar;
        bar.x = centres[i] - bar_width / 2;
        bar.width = bar_width;
        bar.top = std::min(y, chart.baseline_y);
        bar.bottom = std::max(y, chart.baseline_y);
        if (bar.bottom - bar.top < style.hairline) {
            // A zero still shows: a hairline on the side of the baseline the value is on.
            if (v < chart.axis.baseline)
                bar.bottom = bar.top + style.hairline;
            else
                bar.top = bar.bottom - style.hairline;
        }
        bar.latest = i + 1 == points.size();
        chart.bars.push_back(bar);
    }

    if (!chart.axis.from_zero) {
        // Two parallel slanted strokes across the baseline at its left end: the axis is cut.
        const double h = style.break_mark, x = box.left + style.break_mark * 0.1;
        const double w = style.break_mark * 0.35;
        for (double dx : {0.0, style.break_mark * 0.35})
            chart.axis_break.push_back({x + dx, chart.baseline_y + h / 2, x + dx + w, chart.baseline_y - h / 2});
    }
    return chart;
}

std::string chart_accessible_text(const std::vector<HistoryPoint>& points) {
    std::string text = "Trend chart of the last " + std::to_string(points.size()) + " data points, oldest first: ";
    std::vector<double> values;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (i) text += ", ";
        text += points[i].period.text + " " + display_text(points[i].value);
        if (i + 1 == points.size()) text += " (latest)";
        values.push_back(points[i].value.number);
    }
    text += ".";
    const ValueAxis axis = value_axis(values);
    if (!axis.from_zero && !points.empty()) {
        // In the unit and to the decimals of the latest figure, one more so it is not mistaken
        // for one of the values.
        const Value& v = points.back().value;
        text += " The bars start at " + format_figure(axis.baseline, v.unit, v.decimals + 1, v.grouped) + ", not zero.";
    }
    return text;
}

double relative_luminance(const Rgb& colour) {
    auto channel = [](unsigned char c) {
        const double s = c / 255.0;
        return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.r) + 0.7152 * channel(colour.g) + 0.0722 * channel(colour.b);
}

double contrast_ratio(const Rgb& a, const Rgb& b) {
    const double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

ChartColours chart_colours(const Rgb& text, const Rgb& background) {
    const Rgb black{0, 0, 0}, white{255, 255, 255};
    const Rgb strongest = contrast_ratio(black, background) >= contrast_ratio(white, background) ? black : white;
    auto with_contrast = [&](const Rgb& wanted, double ratio) {
        return contrast_ratio(wanted, background) >= ratio ? wanted : strongest;
    };
    ChartColours c;
    c.latest = with_contrast(text, kGraphicContrast);
    c.axis = c.latest;
    c.label = with_contrast(text, 4.5);
    // The earlier bars' outline a dark grey (7:1 on white), lighter than the solid latest bar.
    c.earlier = with_contrast(Rgb{0x59, 0x59, 0x59}, kGraphicContrast);
    return c;
}

}  // namespace scorecard
