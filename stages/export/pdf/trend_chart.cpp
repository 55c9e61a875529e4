#include "trend_chart.hpp"

#include <algorithm>

#include "stages/model/data_points.hpp"

namespace scorecard::pdf {

// Short enough for one line of the Trend Charts column: it is repeated on many rows.

namespace {
constexpr double kHairline = 0.5;
}  // namespace

std::vector<ChartPoint> chart_points(const Indicator& indicator, int count) {
    std::vector<ChartPoint> points;
    for (const HistoryPoint& p : last_data_points(indicator, count))
        points.push_back({p.period.text, p.value.number, display_text(p.value)});
    return points;
}

std::string chart_alt_text(const std::vector<ChartPoint>& points) {
    if (points.size() < 2) return too_few_points_text(points.size());
    std::string alt = "Trend chart of the last " + std::to_string(points.size()) + " data points, oldest first: ";
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (i) alt += ", ";
        alt += points[i].period + " " + points[i].shown;
        if (i + 1 == points.size()) alt += " (latest)";
    }
    return alt + ".";
}

ChartLayout lay_out_chart(const std::vector<ChartPoint>& points, const Box& area) {
    ChartLayout chart;
    chart.area = area;
    if (points.empty()) {
        chart.zero = area.bottom();
        return chart;
    }
    double lo = 0, hi = 0;
    for (const ChartPoint& p : points) {
        lo = std::min(lo, p.value);
        hi = std::max(hi, p.value);
    }
    if (hi == lo) hi = lo + 1;  // all zero: a flat row of hairlines on the baseline
    const double scale = area.height / (hi - lo);
    chart.zero = area.top + hi * scale;
    const double slot = area.width / static_cast<double>(points.size());
    const double bar_width = std::min(slot * 0.6, kMaxBarWidth);
    for (std::size_t i = 0; i < points.size(); ++i) {
        const double x = area.left + slot * static_cast<double>(i) + (slot - bar_width) / 2;
        const double y = area.top + (hi - points[i].value) * scale;  // the value's height
        double top = std::min(y, chart.zero), bottom = std::max(y, chart.zero);
        if (bottom - top < kHairline) {
            // Keep a zero visible: a hairline on the side of the baseline the value is on.
            if (points[i].value < 0)
                bottom = top + kHairline;
            else
                top = bottom - kHairline;
        }
        chart.bars.push_back({Box{x, top, bar_width, bottom - top}, i + 1 == points.size()});
    }
    return chart;
}

}  // namespace scorecard::pdf
