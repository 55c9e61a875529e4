// Trend chart cells in the PDF: bars drawn from the history store's points, words
// when there are too few, and the values in /Alt for a screen reader.
#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <sstream>

#include <podofo/podofo.h>

#include "pdf_test_support.hpp"
#include "stages/export/common/chart_geometry.hpp"
#include "stages/export/pdf/trend_chart.hpp"
#include "support/pdf_reader.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"

using namespace scorecard;
using namespace scorecard::test;

namespace {

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

int count_words(const std::string& text, const std::string& sentence) {
    const std::string flat = collapse_whitespace(text);
    int n = 0;
    for (std::size_t at = flat.find(sentence); at != std::string::npos; at = flat.find(sentence, at + 1)) ++n;
    return n;
}

// A rectangle drawn in a chart: where, and whether filled (the latest bar) or stroked (the
// earlier ones), in the colour set for it.
struct DrawnRect {
    double x = 0, y = 0, w = 0, h = 0;
    bool filled = false;
    std::array<double, 3> colour{};
};

struct DrawnChart {
    std::vector<DrawnRect> bars;
    std::vector<std::array<double, 3>> colours;  // every colour set in the drawing (rg and RG)
};

// Every chart drawing (a Figure's marked content) on a page, in the order drawn (row order),
// read from the content stream's operators.
std::vector<DrawnChart> charts_drawn(const std::string& content) {
    std::vector<DrawnChart> charts;
    const std::string marker = "/Figure <</MCID";
    for (std::size_t at = content.find(marker); at != std::string::npos; at = content.find(marker, at + 1)) {
        const std::size_t end = content.find("EMC", at);
        std::istringstream drawing(content.substr(at, end - at));
        DrawnChart chart;
        std::vector<double> numbers;
        std::array<double, 3> fill{}, stroke{};
        std::vector<DrawnRect> pending;  // rectangles of the path being built
        std::string token;
        while (drawing >> token) {
            char* stop = nullptr;
            const double n = std::strtod(token.c_str(), &stop);
            if (stop && *stop == '\0' && !token.empty()) {
                numbers.push_back(n);
                continue;
            }
            const std::size_t k = numbers.size();
            if ((token == "rg" || token == "RG") && k >= 3) {
                const std::array<double, 3> c{numbers[k - 3], numbers[k - 2], numbers[k - 1]};
                (token == "rg" ? fill : stroke) = c;
                chart.colours.push_back(c);
            } else if (token == "re" && k >= 4) {
                pending.push_back({numbers[k - 4], numbers[k - 3], numbers[k - 2], numbers[k - 1], false, {}});
            } else if (token == "f" || token == "S") {
                for (DrawnRect& r : pending) {
                    r.filled = token == "f";
                    r.colour = token == "f" ? fill : stroke;
                    chart.bars.push_back(r);
                }
                pending.clear();
            }
            numbers.clear();
        }
        // The latest bar is filled before the earlier ones are stroked: left to right here.
        std::sort(chart.bars.begin(), chart.bars.end(), [](const DrawnRect& a, const DrawnRect& b) { return a.x < b.x; });
        charts.push_back(chart);
    }
    return charts;
}

// The number of bars in each chart drawing on a page.
std::vector<int> bars_per_chart(const std::string& content) {
    std::vector<int> bars;
    for (const DrawnChart& c : charts_drawn(content)) bars.push_back(static_cast<int>(c.bars.size()));
    return bars;
}

// Every /Alt of a Figure in the structure tree, in object order.
std::vector<std::string> figure_alt_texts(PdfReader& pdf) {
    std::vector<std::string> alts;
    for (PoDoFo::PdfObject* o : pdf.document().GetObjects()) {
        if (!o->IsDictionary()) continue;
        const PoDoFo::PdfObject* s = o->GetDictionary().GetKey("S");
        const PoDoFo::PdfObject* alt = o->GetDictionary().GetKey("Alt");
        if (s && s->IsName() && s->GetName() == PoDoFo::PdfName("Figure") && alt && alt->IsString())
            alts.push_back(alt->GetString().GetStringUtf8());
    }
    return alts;
}

Scorecard charted_scorecard() {
    Scorecard s = made_up_scorecard(1, 3);
    // Indicator 1: four stored points plus previous and latest (six in all; five are drawn).
    auto& first = s.groups[0].indicators[0];
    for (const char* q : {"Q2 2021/22", "Q3 2021/22", "Q4 2021/22", "Q1 2022/23"})
        first.history.push_back({parse_period(q), parse_value("8.5%")});
    // Indicator 2: previous and latest only (two points).
    // Indicator 3: the latest only: too few for a chart.
    auto& third = s.groups[0].indicators[2];
    third.previous = parse_value("");
    third.previous_period = parse_period("");
    return s;
}

}  // namespace

TEST_CASE("a trend chart cell draws one bar per data point, up to the template's number", "[pdf][chart]") {
    ScratchDir dir("pdf-chart-bars");
    const std::string path = dir.file("charts.pdf");
    OutputTemplate layout = named_template("sectioned-2019-20");
    REQUIRE(layout.trend_chart_points == 5);
    write_pdf(charted_scorecard(), layout, test_context(), path);
    PdfReader pdf(path);
    CHECK(bars_per_chart(pdf.page_content(0)) == std::vector<int>{5, 2});
    // The third says in words why it has no chart.
    CHECK(contains(collapse_whitespace(pdf.text()), too_few_points_text(1)));

    SECTION("a template asking for three points draws three") {
        layout.trend_chart_points = 3;
        write_pdf(charted_scorecard(), layout, test_context(), dir.file("three.pdf"));
        PdfReader three(dir.file("three.pdf"));
        CHECK(bars_per_chart(three.page_content(0)) == std::vector<int>{3, 2});
    }
}

TEST_CASE("a chart is a Figure with its values in words as /Alt, and the bars are not text", "[pdf][chart][tagged]") {
    ScratchDir dir("pdf-chart-alt");
    const std::string path = dir.file("charts.pdf");
    write_pdf(charted_scorecard(), named_template("sectioned-2019-20"), test_context(), path);
    PdfReader pdf(path);
    const auto alts = figure_alt_texts(pdf);
    REQUIRE(alts.size() == 2);
    CHECK(alts[0] ==
          "Trend chart of the last 5 data points, oldest first: Q3 2021/22 8.5%, Q4 2021/22 8.5%, Q1 2022/23 8.5%, "
          "Q2 2022/23 11.5%, Q3 2022/23 12.25% (latest). The bars start at 6.625%, not zero.");
    CHECK(alts[1] == "Trend chart of the last 2 data points, oldest first: Q2 2022/23 12.5%, Q3 2022/23 13.25% (latest). "
                     "The bars start at 12.125%, not zero.");
    // The words of a cell without a chart are its content, in the tree.
    CHECK(contains(pdf.struct_text(), std::string(")]\n          \"") + too_few_points_text(1) + "\""));
    CHECK(pdf.qpdf_check().exit_code == 0);
}

TEST_CASE("points imported into the history store become bars in the built PDF", "[pdf][chart][cli]") {
    ScratchDir dir("pdf-chart-history");
    const std::string history = dir.file("history.sqlite");
    const CommandResult imported = run_scorecard(
        {"history", "import", fixture_path("history/2019-20-earlier-quarters-made-up.csv"), "--history", history});
    INFO(imported.err);
    REQUIRE(imported.exit_code == 0);
    const CommandResult built = run_scorecard(
        {"build", fixture_path("children-families-2019-20-q3.txt"), "-o", dir.path(), "--history", history, "--quiet"});
    INFO(built.err);
    REQUIRE(built.exit_code == 0);
    PdfReader pdf(dir.file("children-families-2019-20-q3.pdf"));
    // The made-up history gives two indicators Q1 and Q2 2019/20 beside the table's Q3, and
    // one (NEET) Q2 alone; every other indicator has only the table's latest value.
    std::vector<int> bars;
    for (int i = 0; i < pdf.page_count(); ++i)
        for (int n : bars_per_chart(pdf.page_content(i))) bars.push_back(n);
    CHECK(bars == std::vector<int>{3, 3, 2});
    const auto alts = figure_alt_texts(pdf);
    REQUIRE(alts.size() == 3);
    CHECK(contains(alts[0], "Q1 2019/20 96.0%, Q2 2019/20 95.1%, Q3 93.0% (latest)"));
    CHECK(contains(alts[2], "Q2 2019/20 2.1%, Q3 1.9% (latest)"));
    const int indicators = static_cast<int>(read_fixture("children-families-2019-20-q3.txt").scorecard.indicator_count());
    CHECK(count_words(pdf.text(), too_few_points_text(1)) == indicators - 3);
}

TEST_CASE("any input renders through any template", "[pdf][templates]") {
    ScratchDir dir("pdf-any-template");
    SECTION("the 2022/23 data through the sectioned template") {
        FixtureScorecard f = read_fixture("children-families-2022-23-q3.txt", "sectioned-2019-20");
        REQUIRE(f.layout.table_layout == TemplateLayout::Sectioned);
        write_pdf(f.scorecard, f.layout, test_context(), dir.file("a.pdf"));
        PdfReader pdf(dir.file("a.pdf"));
        const std::string text = collapse_whitespace(pdf.text());
        for (const Group& g : f.scorecard.groups) CHECK(contains(text, g.name));
        CHECK(contains(text, "Children becoming subject to a CPP for second or subsequent time Q3 2022/23 22.74%"));
        CHECK(contains(text, "RAG rating key"));
        CHECK(contains(text, " G "));
        CHECK(pdf.qpdf_check().exit_code == 0);
    }
    SECTION("the 2019/20 data through the flat template") {
        FixtureScorecard f = read_fixture("children-families-2019-20-q3.txt", "flat-2022-23");
        REQUIRE(f.layout.table_layout == TemplateLayout::Flat);
        write_pdf(f.scorecard, f.layout, test_context(), dir.file("b.pdf"));
        PdfReader pdf(dir.file("b.pdf"));
        const std::string text = collapse_whitespace(pdf.text());
        for (const Group& g : f.scorecard.groups) CHECK(contains(text, g.name));
        CHECK(contains(text, "93.0%"));
        CHECK(contains(text, "Amber"));
        CHECK_FALSE(contains(text, "RAG rating key"));
        CHECK(pdf.qpdf_check().exit_code == 0);
    }
}

namespace {

// Indicator 1 with a quarter missing: Q3 2021/22, (no Q4), Q1 2022/23, then the table's Q2
// and Q3 2022/23. Values close together, so the axis is broken.
Scorecard gapped_scorecard() {
    Scorecard s = made_up_scorecard(1, 1);
    auto& first = s.groups[0].indicators[0];
    first.history.push_back({parse_period("Q3 2021/22"), parse_value("10.5%")});
    first.history.push_back({parse_period("Q1 2022/23"), parse_value("9.5%")});
    return s;
}

double centre(const DrawnRect& r) { return r.x + r.w / 2; }

}  // namespace

TEST_CASE("the PDF's bars are placed by time: a missing quarter leaves a gap", "[pdf][chart]") {
    ScratchDir dir("pdf-chart-time");
    const std::string path = dir.file("gap.pdf");
    write_pdf(gapped_scorecard(), named_template("flat-2022-23"), test_context(), path);
    PdfReader pdf(path);
    const auto charts = charts_drawn(pdf.page_content(0));
    REQUIRE(charts.size() == 1);
    const auto& bars = charts[0].bars;
    REQUIRE(bars.size() == 4);
    // Six months, then three, then three: the bars' x read back from the content stream.
    const double quarter = centre(bars[3]) - centre(bars[2]);
    CHECK(quarter > 0);
    CHECK(centre(bars[1]) - centre(bars[0]) == Approx(2 * quarter).margin(0.02));
    CHECK(centre(bars[2]) - centre(bars[1]) == Approx(quarter).margin(0.02));
    // The latest is solid, the earlier ones outlined.
    for (std::size_t i = 0; i < bars.size(); ++i) CHECK(bars[i].filled == (i + 1 == bars.size()));

    SECTION("the first and last bars' periods are written under them") {
        const std::string text = collapse_whitespace(pdf.text(TextMode::Raw));
        // Q3 2021/22 is the store's point: in the table only as the chart's label.
        CHECK(contains(text, "Q3 2021/22"));
        CHECK_FALSE(contains(text, "Q1 2022/23"));  // not a first or last bar
    }
    SECTION("every colour the chart is drawn in has at least 3:1 against the page's white") {
        REQUIRE_FALSE(charts[0].colours.empty());
        for (const auto& c : charts[0].colours) {
            const Rgb rgb{static_cast<unsigned char>(c[0] * 255 + 0.5), static_cast<unsigned char>(c[1] * 255 + 0.5),
                          static_cast<unsigned char>(c[2] * 255 + 0.5)};
            INFO(rgb.hex());
            CHECK(contrast_ratio(rgb, Rgb{255, 255, 255}) >= kGraphicContrast);
        }
    }
    SECTION("the /Alt gives the values and where the broken axis starts") {
        const auto alts = figure_alt_texts(pdf);
        REQUIRE(alts.size() == 1);
        CHECK(alts[0] == "Trend chart of the last 4 data points, oldest first: Q3 2021/22 10.5%, Q1 2022/23 9.5%, "
                         "Q2 2022/23 11.5%, Q3 2022/23 12.25% (latest). The bars start at 8.125%, not zero.");
    }
}

TEST_CASE("the flat 2022/23 seed has a trend chart column; rows with one point say so", "[pdf][chart][seed]") {
    ScratchDir dir("pdf-flat-charts");
    const std::string path = dir.file("flat.pdf");
    fixture_pdf("children-families-2022-23-q3.txt", path);
    PdfReader pdf(path);
    const std::string text = collapse_whitespace(pdf.text());
    CHECK(contains(text, "Trend chart"));
    const FixtureScorecard f = read_fixture("children-families-2022-23-q3.txt");
    int two_or_more = 0, fewer = 0;
    f.scorecard.for_each_indicator([&](const Indicator& i) { (trend_points(i, 5).size() >= 2 ? two_or_more : fewer)++; });
    REQUIRE(two_or_more > 0);
    REQUIRE(fewer > 0);
    int drawn = 0;
    for (int p = 0; p < pdf.page_count(); ++p) drawn += static_cast<int>(charts_drawn(pdf.page_content(p)).size());
    CHECK(drawn == two_or_more);
    CHECK(static_cast<int>(figure_alt_texts(pdf).size()) == two_or_more);
    CHECK(count_words(pdf.text(), too_few_points_text(1)) == fewer);
}
