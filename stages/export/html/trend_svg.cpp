#include "trend_svg.hpp"

#include <algorithm>
#include <cstdio>

#include "stages/export/common/chart_words.hpp"
#include "stages/model/data_points.hpp"

namespace scorecard::html {

namespace {

constexpr double kWidth = 96, kHeight = 32, kPad = 2, kHairline = 1;
// Bars against white: both at least 3:1 (WCAG 1.4.11): #595959 is 7:1, the text colour more.
constexpr const char* kEarlierBar = "#595959";
constexpr const char* kLatestBar = "#000000";
constexpr const char* kBaseline = "#000000";

std::string number(double x) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", x);
    return text;
}

std::string alt_text(const std::vector<HistoryPoint>& points) {
    std::string alt = "Trend chart of the last " + std::to_string(points.size()) + " data points, oldest first: ";
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (i) alt += ", ";
        alt += points[i].period.text + " " + display_text(points[i].value);
        if (i + 1 == points.size()) alt += " (latest)";
    }
    return alt + ".";
}

}  // namespace

void write_trend_chart(HtmlOutput& out, const Indicator& indicator, int count) {
    const std::vector<HistoryPoint> points = last_data_points(indicator, count);
    if (points.size() < 2) {
        out.text(too_few_points_text(points.size()));
        return;
    }
    double lo = 0, hi = 0;
    for (const HistoryPoint& p : points) {
        lo = std::min(lo, p.value.number);
        hi = std::max(hi, p.value.number);
    }
    if (hi == lo) hi = lo + 1;
    const double top = kPad, height = kHeight - 2 * kPad;
    const double scale = height / (hi - lo);
    const double zero = top + hi * scale;
    const double slot = (kWidth - 2 * kPad) / static_cast<double>(points.size());
    const double bar = std::min(slot * 0.6, 14.0);

    out.raw("<svg role=\"img\" width=\"" + number(kWidth) + "\" height=\"" + number(kHeight) + "\" viewBox=\"0 0 " +
            number(kWidth) + " " + number(kHeight) + "\" aria-label=\"")
        .text(alt_text(points))
        .raw("\"><title>")
        .text(alt_text(points))
        .raw("</title>");
    for (std::size_t i = 0; i < points.size(); ++i) {
        const double v = points[i].value.number;
        const double x = kPad + slot * static_cast<double>(i) + (slot - bar) / 2;
        const double y = top + (hi - v) * scale;
        double y0 = std::min(y, zero), y1 = std::max(y, zero);
        if (y1 - y0 < kHairline) {
            if (v < 0)
                y1 = y0 + kHairline;
            else
                y0 = y1 - kHairline;
        }
        out.raw("<rect x=\"" + number(x) + "\" y=\"" + number(y0) + "\" width=\"" + number(bar) + "\" height=\"" +
                number(y1 - y0) + "\" fill=\"" + (i + 1 == points.size() ? kLatestBar : kEarlierBar) + "\"/>");
    }
    out.raw("<line x1=\"" + number(kPad) + "\" y1=\"" + number(zero) + "\" x2=\"" + number(kWidth - kPad) +
            "\" y2=\"" + number(zero) + "\" stroke=\"" + kBaseline + "\" stroke-width=\"0.5\"/></svg>");
    // The values in words as well, for those who cannot make out the bars; hidden from screen
    // readers, which have them in the chart's name already.
    out.raw("<ul class=\"values\" aria-hidden=\"true\">");
    for (std::size_t i = 0; i < points.size(); ++i) {
        out.raw("<li>").text(points[i].period.text).raw(": ").text(display_text(points[i].value));
        if (i + 1 == points.size()) out.raw(" (latest)");
        out.raw("</li>");
    }
    out.raw("</ul>");
}

}  // namespace scorecard::html
