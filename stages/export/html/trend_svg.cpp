#include "trend_svg.hpp"

#include <algorithm>
#include <cstdio>

#include "stages/export/common/chart_words.hpp"
#include "stages/model/utf8.hpp"

namespace scorecard::html {

namespace {

constexpr double kPad = 2, kStroke = 1;
// The page's background (page_head: body background #fff).
constexpr Rgb kBackground{0xFF, 0xFF, 0xFF};

std::string number(double x) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", x);
    return text;
}

}  // namespace

ChartStyle svg_chart_style() {
    ChartStyle style;
    style.label_size = kChartLabelSize;
    style.label_ascent = kChartLabelSize * 0.8;
    style.label_line = kChartLabelSize * 1.15;
    style.max_bar_width = 14;
    style.hairline = 1;
    style.break_mark = 5;
    style.label_width = [](const std::string& text) {
        std::size_t characters = 0;
        for (std::size_t i = 0; i < text.size();) {
            next_code_point(text, i);
            ++characters;
        }
        return 0.6 * kChartLabelSize * static_cast<double>(characters);
    };
    return style;
}

void write_trend_chart(HtmlOutput& out, const Indicator& indicator, const OutputTemplate& layout) {
    const std::vector<HistoryPoint> points = trend_points(indicator, layout.trend_chart_points);
    if (points.size() < 2) {
        out.text(too_few_points_text(points.size()));
        return;
    }
    const ChartGeometry chart = chart_geometry(
        points, ChartBox{kPad, kPad, kChartWidth - 2 * kPad, kChartHeight - 2 * kPad}, svg_chart_style());
    const ChartColours colours = chart_colours(layout.text, kBackground);
    const std::string words = chart_accessible_text(points);

    out.raw("<svg role=\"img\" width=\"" + number(kChartWidth) + "\" height=\"" + number(kChartHeight) +
            "\" viewBox=\"0 0 " + number(kChartWidth) + " " + number(kChartHeight) + "\" aria-label=\"")
        .text(words)
        .raw("\"><title>")
        .text(words)
        .raw("</title>");
    // The latest bar solid, the earlier ones outlined (docs/layout.md, "Trend charts").
    for (const BarGeometry& bar : chart.bars) {
        const double h = bar.bottom - bar.top;
        if (bar.latest)
            out.raw("<rect class=\"latest\" x=\"" + number(bar.x) + "\" y=\"" + number(bar.top) + "\" width=\"" +
                    number(bar.width) + "\" height=\"" + number(h) + "\" fill=\"" + colours.latest.hex() + "\"/>");
        else
            out.raw("<rect class=\"earlier\" x=\"" + number(bar.x) + "\" y=\"" + number(bar.top) + "\" width=\"" +
                    number(bar.width) + "\" height=\"" + number(h) + "\" fill=\"" + kBackground.hex() +
                    "\" stroke=\"" + colours.earlier.hex() + "\" stroke-width=\"" + number(kStroke) + "\"/>");
    }
    std::vector<Segment> axis{{chart.axis_left, chart.baseline_y, chart.axis_right, chart.baseline_y}};
    axis.insert(axis.end(), chart.axis_break.begin(), chart.axis_break.end());
    for (const Segment& s : axis)
        out.raw("<line x1=\"" + number(s.x1) + "\" y1=\"" + number(s.y1) + "\" x2=\"" + number(s.x2) + "\" y2=\"" +
                number(s.y2) + "\" stroke=\"" + colours.axis.hex() + "\" stroke-width=\"1\"/>");
    for (const LabelGeometry& l : chart.labels) {
        out.raw("<text x=\"" + number(l.x) + "\" y=\"" + number(l.baseline) + "\" font-size=\"" +
                number(kChartLabelSize) + "\" fill=\"" + colours.label.hex() + "\">")
            .text(l.text)
            .raw("</text>");
    }
    out.raw("</svg>");
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
