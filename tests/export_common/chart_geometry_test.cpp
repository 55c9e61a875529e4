// The shared trend chart geometry: bars placed by time, the baseline rule, labels, the words
// and the colours' contrast, without any document.
#include <catch2/catch.hpp>

#include <cmath>

#include "stages/export/common/chart_geometry.hpp"

using namespace scorecard;

namespace {

std::vector<HistoryPoint> points(std::initializer_list<std::pair<const char*, const char*>> given) {
    std::vector<HistoryPoint> out;
    for (const auto& [period, value] : given) out.push_back({parse_period(period), parse_value(value)});
    return out;
}

ChartStyle fixed_style() {
    ChartStyle style;
    style.label_size = 6;
    style.label_ascent = 4.5;
    style.label_line = 7;
    style.max_bar_width = 10;
    style.break_mark = 5;
    style.label_width = [](const std::string& text) { return 3.0 * static_cast<double>(text.size()); };
    return style;
}

const ChartBox kBox{100, 50, 120, 40};

double centre(const BarGeometry& bar) { return bar.x + bar.width / 2; }
double height(const BarGeometry& bar) { return bar.bottom - bar.top; }

}  // namespace

TEST_CASE("bars are placed by time: a missing quarter leaves a gap of one quarter", "[chart]") {
    // Q1, Q2, (no Q3), Q4 2022/23 and Q1 2023/24: five quarters' span, four points.
    const auto p = points({{"Q1 2022/23", "10%"}, {"Q2 2022/23", "12%"}, {"Q4 2022/23", "11%"}, {"Q1 2023/24", "13%"}});
    const ChartGeometry chart = chart_geometry(p, kBox, fixed_style());
    REQUIRE(chart.bars.size() == 4);
    CHECK(chart.placed_by_time);
    const double q = centre(chart.bars[1]) - centre(chart.bars[0]);  // one quarter
    CHECK(q > 0);
    CHECK(centre(chart.bars[2]) - centre(chart.bars[1]) == Approx(2 * q));
    CHECK(centre(chart.bars[3]) - centre(chart.bars[2]) == Approx(q));
    // Every bar's left edge is proportional to the month its period ends in.
    for (std::size_t i = 0; i < p.size(); ++i)
        CHECK(chart.bars[i].x - chart.bars[0].x ==
              Approx(q * (p[i].period.end_month - p[0].period.end_month) / 3.0));
    // Bars stay inside the box, the same width, the last one marked latest.
    for (const BarGeometry& bar : chart.bars) {
        CHECK(bar.x >= kBox.left);
        CHECK(bar.x + bar.width <= kBox.right());
        CHECK(bar.width == Approx(chart.bars[0].width));
        CHECK(bar.latest == (&bar == &chart.bars.back()));
    }
}

TEST_CASE("a year apart and a term apart: positions follow the months, whatever the period's kind", "[chart]") {
    const auto p = points({{"Q3 2021/22", "3,775"}, {"Q2 2022/23", "3,600"}, {"Q3 2022/23", "3,489"}});
    const ChartGeometry chart = chart_geometry(p, kBox, fixed_style());
    REQUIRE(chart.bars.size() == 3);
    // Nine months, then three.
    CHECK((centre(chart.bars[1]) - centre(chart.bars[0])) / (centre(chart.bars[2]) - centre(chart.bars[1])) ==
          Approx(3.0));
}

TEST_CASE("periods off the time line are spaced evenly, and the geometry says so", "[chart]") {
    const auto p = points({{"Q1 2022/23", "1"}, {"the spring count", "2"}, {"Q3 2022/23", "3"}});
    const ChartGeometry chart = chart_geometry(p, kBox, fixed_style());
    CHECK_FALSE(chart.placed_by_time);
    CHECK(centre(chart.bars[1]) - centre(chart.bars[0]) == Approx(centre(chart.bars[2]) - centre(chart.bars[1])));
}

TEST_CASE("the baseline rule: zero, unless the values sit close together, then below the smallest", "[chart]") {
    SECTION("23.1% to 19.85%: the axis starts at 18.225, the smaller bar a third of the larger") {
        const ValueAxis axis = value_axis({23.1, 19.85});
        CHECK_FALSE(axis.from_zero);
        CHECK(axis.baseline == Approx(18.225));
        const ChartGeometry chart = chart_geometry(points({{"Q3 2021/22", "23.1%"}, {"Q3 2022/23", "19.85%"}}), kBox,
                                                   fixed_style());
        CHECK(height(chart.bars[1]) == Approx(height(chart.bars[0]) / 3));
        // The axis is marked broken: two strokes across the baseline.
        REQUIRE(chart.axis_break.size() == 2);
        for (const Segment& s : chart.axis_break) {
            CHECK(std::min(s.y1, s.y2) < chart.baseline_y);
            CHECK(std::max(s.y1, s.y2) > chart.baseline_y);
        }
        // Bars stand on the baseline.
        for (const BarGeometry& bar : chart.bars) CHECK(bar.bottom == Approx(chart.baseline_y));
    }
    SECTION("values far apart start at zero, with no break mark") {
        const ValueAxis axis = value_axis({40.0, 100.0});
        CHECK(axis.from_zero);
        CHECK(axis.baseline == 0);
        const ChartGeometry chart =
            chart_geometry(points({{"Q1 2022/23", "40"}, {"Q2 2022/23", "100"}}), kBox, fixed_style());
        CHECK(height(chart.bars[0]) == Approx(height(chart.bars[1]) * 0.4));
        CHECK(chart.axis_break.empty());
    }
    SECTION("equal values start at zero: equal bars, not nothing") {
        const ValueAxis axis = value_axis({75.6, 75.6});
        CHECK(axis.from_zero);
        const ChartGeometry chart =
            chart_geometry(points({{"Q2 2022/23", "75.6%"}, {"Q3 2022/23", "75.6%"}}), kBox, fixed_style());
        CHECK(height(chart.bars[0]) > 10);
        CHECK(height(chart.bars[0]) == Approx(height(chart.bars[1])));
    }
    SECTION("values of both signs hang from zero") {
        const ValueAxis axis = value_axis({-0.64, 0.3});
        CHECK(axis.from_zero);
        const ChartGeometry chart =
            chart_geometry(points({{"2020/21", "-0.64"}, {"2021/22", "0.3"}}), kBox, fixed_style());
        CHECK(chart.bars[0].top == Approx(chart.baseline_y));  // below the baseline
        CHECK(chart.bars[1].bottom == Approx(chart.baseline_y));
    }
    SECTION("negative values close together: the axis starts above the one nearest zero") {
        const ValueAxis axis = value_axis({-0.64, -0.5});
        CHECK_FALSE(axis.from_zero);
        CHECK(axis.baseline == Approx(-0.43));
        const ChartGeometry chart =
            chart_geometry(points({{"2020/21", "-0.64"}, {"2021/22", "-0.5"}}), kBox, fixed_style());
        CHECK(height(chart.bars[1]) == Approx(height(chart.bars[0]) / 3));
        for (const BarGeometry& bar : chart.bars) CHECK(bar.top == Approx(chart.baseline_y));
    }
    SECTION("a zero still shows as a hairline") {
        const ChartGeometry chart = chart_geometry(points({{"Q1 2022/23", "0"}, {"Q2 2022/23", "5"}}), kBox, fixed_style());
        CHECK(height(chart.bars[0]) == Approx(fixed_style().hairline));
    }
}

TEST_CASE("the first and last bars carry their periods' labels, below the bars", "[chart]") {
    const auto p = points({{"Q1 2022/23", "10%"}, {"Q2 2022/23", "12%"}, {"Q3 2022/23", "11%"}});
    ChartGeometry chart = chart_geometry(p, kBox, fixed_style());
    REQUIRE(chart.labels.size() == 2);
    CHECK(chart.labels[0].text == "Q1 2022/23");
    CHECK(chart.labels[1].text == "Q3 2022/23");
    for (const LabelGeometry& l : chart.labels) {
        CHECK(l.x >= kBox.left);
        CHECK(l.x + l.width <= kBox.right() + 1e-9);
        CHECK(l.baseline <= kBox.bottom());
        for (const BarGeometry& bar : chart.bars) CHECK(l.baseline - 4.5 > bar.bottom);
    }
    // Room for both on one line in 120 units.
    CHECK(chart.labels[0].baseline == chart.labels[1].baseline);
    CHECK(chart.labels[0].x + chart.labels[0].width < chart.labels[1].x);

    SECTION("too narrow for both on one line: the last goes on a line below, and neither overlaps") {
        chart = chart_geometry(p, ChartBox{0, 0, 50, 40}, fixed_style());
        REQUIRE(chart.labels.size() == 2);
        CHECK(chart.labels[1].baseline == Approx(chart.labels[0].baseline + 7));
        CHECK(chart.labels[1].baseline <= 40);
    }
}

TEST_CASE("the chart in words gives every value, the latest, and where a broken axis starts", "[chart]") {
    const auto far = points({{"Q1 2019/20", "96.0%"}, {"Q2 2019/20", "45.1%"}, {"Q3 2019/20", "93.0%"}});
    CHECK(chart_accessible_text(far) ==
          "Trend chart of the last 3 data points, oldest first: Q1 2019/20 96.0%, Q2 2019/20 45.1%, "
          "Q3 2019/20 93.0% (latest).");
    const auto close = points({{"Q3 2021/22", "23.1%"}, {"Q3 2022/23", "19.85%"}});
    CHECK(chart_accessible_text(close) ==
          "Trend chart of the last 2 data points, oldest first: Q3 2021/22 23.1%, Q3 2022/23 19.85% (latest). "
          "The bars start at 18.225%, not zero.");
}

TEST_CASE("contrast ratios as WCAG 2.1 computes them, and chart colours of at least 3:1", "[chart]") {
    const Rgb white{255, 255, 255}, black{0, 0, 0};
    CHECK(contrast_ratio(white, black) == Approx(21.0));
    CHECK(contrast_ratio(white, white) == Approx(1.0));
    // The old earlier-bar grey, #A6A6A6, is 2.4:1 on white: too faint.
    CHECK(contrast_ratio(Rgb{0xA6, 0xA6, 0xA6}, white) == Approx(2.43).margin(0.01));
    CHECK(contrast_ratio(Rgb{0x59, 0x59, 0x59}, white) == Approx(7.0).margin(0.01));

    for (const Rgb& text : {black, Rgb{0x1F, 0x3A, 0x60}, Rgb{0xC0, 0xC0, 0xC0}, white}) {
        const ChartColours c = chart_colours(text, white);
        CHECK(contrast_ratio(c.latest, white) >= kGraphicContrast);
        CHECK(contrast_ratio(c.earlier, white) >= kGraphicContrast);
        CHECK(contrast_ratio(c.axis, white) >= kGraphicContrast);
        CHECK(contrast_ratio(c.label, white) >= 4.5);
    }
    // A template's own text colour is kept when it has the contrast.
    CHECK(chart_colours(Rgb{0x1F, 0x3A, 0x60}, white).latest.packed() == 0x1F3A60u);
    // On a dark background the chart turns light.
    const ChartColours dark = chart_colours(black, black);
    CHECK(contrast_ratio(dark.latest, black) >= kGraphicContrast);
    CHECK(contrast_ratio(dark.earlier, black) >= kGraphicContrast);
}
