// Trend chart cells in the PDF: bars drawn from the history store's points, words
// when there are too few, and the values in /Alt for a screen reader.
#include <catch2/catch.hpp>

#include <podofo/podofo.h>

#include "pdf_test_support.hpp"
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

// The number of filled rectangles in each chart drawing (a Figure's marked content) on a page,
// in the order drawn (row order).
std::vector<int> bars_per_chart(const std::string& content) {
    std::vector<int> charts;
    const std::string marker = "/Figure <</MCID";
    for (std::size_t at = content.find(marker); at != std::string::npos; at = content.find(marker, at + 1)) {
        const std::size_t end = content.find("EMC", at);
        const std::string drawing = content.substr(at, end - at);
        int bars = 0;
        for (std::size_t f = drawing.find(" re f"); f != std::string::npos; f = drawing.find(" re f", f + 1)) ++bars;
        charts.push_back(bars);
    }
    return charts;
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
          "Q2 2022/23 11.5%, Q3 2022/23 12.25% (latest).");
    CHECK(alts[1] == "Trend chart of the last 2 data points, oldest first: Q2 2022/23 12.5%, Q3 2022/23 13.25% (latest).");
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
        REQUIRE(f.layout.layout == TemplateLayout::Sectioned);
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
        REQUIRE(f.layout.layout == TemplateLayout::Flat);
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
