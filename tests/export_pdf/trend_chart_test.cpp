// The trend chart's geometry and words, without a PDF.
#include <catch2/catch.hpp>

#include "pdf_test_support.hpp"
#include "stages/export/pdf/trend_chart.hpp"

using namespace scorecard;
using namespace scorecard::pdf;

namespace {
std::vector<ChartPoint> points(std::initializer_list<double> values) {
    std::vector<ChartPoint> out;
    int q = 1;
    for (double v : values) out.push_back({"Q" + std::to_string(q++), v, std::to_string(v)});
    return out;
}
const Box kArea{100, 50, 50, 20};  // left 100, top 50, 50 wide, 20 high
}  // namespace

TEST_CASE("one bar per point, left to right, the last marked latest", "[chart]") {
    const ChartLayout chart = lay_out_chart(points({10, 20, 30, 40, 50}), kArea);
    REQUIRE(chart.bars.size() == 5);
    for (std::size_t i = 0; i < 5; ++i) {
        CHECK(chart.bars[i].latest == (i == 4));
        if (i) CHECK(chart.bars[i].box.left > chart.bars[i - 1].box.right());
        CHECK(chart.bars[i].box.left >= kArea.left);
        CHECK(chart.bars[i].box.right() <= kArea.right() + 1e-9);
        CHECK(chart.bars[i].box.top >= kArea.top - 1e-9);
        CHECK(chart.bars[i].box.bottom() <= kArea.bottom() + 1e-9);
        CHECK(chart.bars[i].box.width <= kMaxBarWidth);
    }
}

TEST_CASE("bars stand on zero and their heights are in proportion to the values", "[chart]") {
    const ChartLayout chart = lay_out_chart(points({25, 50, 100}), kArea);
    CHECK(chart.zero == Approx(kArea.bottom()));
    CHECK(chart.bars[2].box.height == Approx(20));  // the highest fills the area
    CHECK(chart.bars[1].box.height == Approx(10));
    CHECK(chart.bars[0].box.height == Approx(5));
    for (const auto& bar : chart.bars) CHECK(bar.box.bottom() == Approx(chart.zero));
}

TEST_CASE("negative values hang below the zero line", "[chart]") {
    const ChartLayout chart = lay_out_chart(points({-1.0, 3.0}), kArea);
    // The range is -1..3: zero sits a quarter of the way up from the bottom.
    CHECK(chart.zero == Approx(kArea.top + 15));
    CHECK(chart.bars[0].box.top == Approx(chart.zero));
    CHECK(chart.bars[0].box.height == Approx(5));
    CHECK(chart.bars[1].box.bottom() == Approx(chart.zero));
    CHECK(chart.bars[1].box.height == Approx(15));
}

TEST_CASE("a zero still shows as a hairline", "[chart]") {
    const ChartLayout chart = lay_out_chart(points({0, 0}), kArea);
    REQUIRE(chart.bars.size() == 2);
    for (const auto& bar : chart.bars) {
        CHECK(bar.box.height > 0);
        CHECK(bar.box.height < 1);
    }
}

TEST_CASE("the alternative text says every value, oldest first, and which is latest", "[chart]") {
    std::vector<ChartPoint> p{{"Q1 2019/20", 96.0, "96.0%"}, {"Q2 2019/20", 95.1, "95.1%"}, {"Q3 2019/20", 93.0, "93.0%"}};
    CHECK(chart_alt_text(p) ==
          "Trend chart of the last 3 data points, oldest first: Q1 2019/20 96.0%, Q2 2019/20 95.1%, "
          "Q3 2019/20 93.0% (latest).");
    CHECK(chart_alt_text({p[0]}) == "Only 1 data point");
}

TEST_CASE("the chart's points are the history, then previous and latest, the last N of them", "[chart]") {
    Indicator i = scorecard::test::made_up_indicator("Topic", "Indicator", 1);  // Q2 11.5%, Q3 12.25%
    i.history.push_back({parse_period("Q4 2021/22"), parse_value("9.0%")});
    i.history.push_back({parse_period("Q1 2022/23"), parse_value("10.0%")});
    auto all = chart_points(i, 5);
    REQUIRE(all.size() == 4);
    CHECK(all[0].period == "Q4 2021/22");
    CHECK(all[0].shown == "9.0%");
    CHECK(all[2].period == "Q2 2022/23");
    CHECK(all[3].period == "Q3 2022/23");
    CHECK(all[3].value == Approx(12.25));
    auto last_two = chart_points(i, 2);
    REQUIRE(last_two.size() == 2);
    CHECK(last_two[0].period == "Q2 2022/23");
}
