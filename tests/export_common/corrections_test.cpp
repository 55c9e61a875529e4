// The corrections both writers mark and list: which cells, in what words, and the marker on the
// cell itself (common/corrections.hpp, common/cell_content.hpp).
#include <catch2/catch.hpp>

#include <algorithm>

#include "stages/export/common/cell_content.hpp"
#include "stages/export/common/corrections.hpp"
#include "support/model_fixtures.hpp"

using namespace scorecard;

namespace {

OutputTemplate named(const std::string& name) { return load_template(resolve_template_path(name)); }

const ColumnSpec& column_of(const OutputTemplate& t, ColumnField field) {
    for (const ColumnSpec& c : t.columns)
        if (c.field == field) return c;
    FAIL("no such column");
    throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("the corrections are the marked cells, in table order, in the column's own words", "[corrections]") {
    const CheckedScorecard checked = test::check_fixture("made-up-q4-corrections.txt");
    const OutputTemplate flat = named("flat-2022-23");
    const std::vector<Correction> list = list_corrections(checked.scorecard, flat);
    REQUIRE(list.size() == 5);
    std::vector<std::string> columns;
    for (const Correction& c : list) columns.push_back(c.column);
    CHECK(columns == std::vector<std::string>{"Status RAG", "Trend", "Trend", "Trend", "Status RAG"});
    CHECK(correction_text(list[0]) ==
          "Status RAG: the table stated \xE2\x80\x9CGreen\xE2\x80\x9D; published \xE2\x80\x9CRed\xE2\x80\x9D. "
          "Rule: quartile 4 rates Red.");
    CHECK(list[2].as == PublishedAs::Filled);
    CHECK(correction_text(list[2]).rfind("Trend: the table left it blank; published \xE2\x80\x9CIncrease\xE2\x80\x9D.", 0) ==
          0);

    // Each listed cell carries the marker, and only those.
    std::size_t marked = 0;
    checked.scorecard.for_each_indicator([&](const Indicator& i) {
        for (const ColumnSpec& column : flat.columns) {
            const CellContent cell = cell_content(column, i);
            const bool has_marker = cell.text.find(kCorrectionMarker) != std::string::npos;
            CHECK(has_marker == cell.corrected);
            marked += cell.corrected;
        }
    });
    CHECK(marked == list.size());
    const Indicator& first = test::indicator_named(
        checked.scorecard, "Made-up indicator 1: children seen within the timescale (quartile 4, stated Green)");
    const CellContent rag = cell_content(column_of(flat, ColumnField::Rag), first);
    CHECK(rag.kind == CellKind::Rag);
    CHECK(rag.rag == Rag::Red);
    CHECK(rag.text == std::string("Red") + kCorrectionMarker);
}

TEST_CASE("a column the template does not show lists no correction", "[corrections]") {
    const CheckedScorecard checked = test::check_fixture("made-up-q4-corrections.txt");
    OutputTemplate without_trend = named("flat-2022-23");
    without_trend.columns.erase(std::remove_if(without_trend.columns.begin(), without_trend.columns.end(),
                                               [](const ColumnSpec& c) { return c.field == ColumnField::Trend; }),
                                without_trend.columns.end());
    const std::vector<Correction> list = list_corrections(checked.scorecard, without_trend);
    REQUIRE(list.size() == 2);
    for (const Correction& c : list) CHECK(c.column == "Status RAG");
}

TEST_CASE("the stated policy lists nothing and marks nothing", "[corrections]") {
    CheckOptions stated;
    stated.publish = "stated";
    const CheckedScorecard checked = test::check_fixture("made-up-q4-corrections.txt", stated);
    CHECK(list_corrections(checked.scorecard, named("flat-2022-23")).empty());
    CHECK(publish_policy_description(PublishPolicy::Stated, 0, "below").rfind("stated: ", 0) == 0);
    CHECK(publish_policy_description(PublishPolicy::Computed, 1, "below") ==
          "computed: trend, direction and RAG as the rating rules derive them, the table's value kept where the rules "
          "cannot decide; 1 correction, marked \xE2\x80\xA0 and listed below");
}
