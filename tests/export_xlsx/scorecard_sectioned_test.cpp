// The Scorecard sheet of the 2019/20 seed, the sectioned layout: outcome headings as
// full-width rows, current performance with its count, RAG letters, the key below the table.
#include <catch2/catch.hpp>

#include <algorithm>

#include "stages/export/common/cell_content.hpp"
#include "stages/export/common/table_rows.hpp"
#include "stages/export/xlsx/xlsx_writer.hpp"
#include "workbook_builder.hpp"

using namespace scorecard;
using namespace scorecard::test;

namespace {

const XlsxSheet& sectioned() { return sectioned_seed().book->sheet("Scorecard"); }

constexpr int kIndicator = 1, kLatestUpdate = 2, kCurrent = 3, kCompared = 4, kChart = 5, kRag = 6, kQuartile = 7,
              kNeighbour = 8;

}  // namespace

TEST_CASE("sectioned: the title and the eight headings of the 2019/20 layout", "[xlsx][sectioned]") {
    const XlsxSheet& s = sectioned();
    CHECK(s.at("A1").text == "Children and Families Performance FY2019/20 Q3");
    CHECK(s.at(cell_ref(2, kIndicator)).text == "Indicator");
    CHECK(s.at(cell_ref(2, kCurrent)).text == "Current Performance");
    CHECK(s.at(cell_ref(2, kChart)).text == "Trend Charts");
    CHECK(s.at(cell_ref(2, kNeighbour)).text == "Most recent Statistical Neighbour average");
    CHECK(s.find(cell_ref(2, kNeighbour + 1)) == nullptr);
}

TEST_CASE("sectioned: each outcome is a full-width heading row above its indicators", "[xlsx][sectioned]") {
    const XlsxSheet& s = sectioned();
    const auto& groups = sectioned_seed().checked.scorecard.groups;
    REQUIRE(groups.size() == 6);
    std::vector<std::string> expected;
    int row = 3;
    for (const auto& group : groups) {
        expected.push_back(cell_ref(row, 1) + ":" + cell_ref(row, 8));
        const XlsxCell& heading = s.at(cell_ref(row, 1));
        CHECK(heading.text == group.name);
        CHECK(heading.style.bold);
        CHECK(heading.style.fill_rgb == "DEEAF6");
        CHECK(s.at(cell_ref(row + 1, kIndicator)).text == group.indicators.front().name.text);
        row += 1 + static_cast<int>(group.indicators.size());
    }
    CHECK(s.at("A3").text == "Children at most risk are protected from harm and kept safe");
    // The headings' merges come first; the RAG key's rows follow.
    REQUIRE(s.merged.size() >= expected.size());
    CHECK(std::vector<std::string>(s.merged.begin(), s.merged.begin() + 6) == expected);
}

TEST_CASE("sectioned: current performance is the figure with its count in the number format", "[xlsx][sectioned]") {
    const XlsxSheet& s = sectioned();
    const int second_plan = row_with(
        s, kIndicator, "% of children becoming subject to a child protection plan for second or subsequent time");
    const XlsxCell& current = s.at(cell_ref(second_plan, kCurrent));
    REQUIRE(current.is_number());
    CHECK(current.number == Approx(0.152));
    CHECK(current.style.number_format == "0.0%\" (28)\"");  // shows 15.2% (28)

    const int slf = row_with(s, kIndicator, "No. of SLF families claimed for as a % of overall payment by results target");
    CHECK(s.at(cell_ref(slf, kCurrent)).number == 2205);
    CHECK(s.at(cell_ref(slf, kCurrent)).style.number_format == "0\" (80%)\"");

    const int reviewed = row_with(s, kIndicator, "% child protection cases which were reviewed within timescales.");
    CHECK(s.at(cell_ref(reviewed, kCurrent)).number == Approx(0.93));
    CHECK(s.at(cell_ref(reviewed, kCurrent)).style.number_format == "0.0%");
    // 90.8% is stored as 0.908 exactly, not 90.8 / 100 = 0.9079999999999999.
    CHECK(s.at(cell_ref(reviewed, kNeighbour)).text == "0.908");
    CHECK(s.at(cell_ref(reviewed, kLatestUpdate)).text == "Q3");
    CHECK(s.at(cell_ref(reviewed, kCompared)).text == "Lower (high is good)");

    const int sdq = row_with(s, kIndicator,
        "The average emotional health strengths/difficulties score for children in care. (low = good)");
    CHECK(s.at(cell_ref(sdq, kCurrent)).number == 14);
    CHECK(s.at(cell_ref(sdq, kCurrent)).style.number_format == "0.0");  // shows 14.0
    CHECK(s.at(cell_ref(sdq, kNeighbour)).number == Approx(14.2));       // split from "2 14.2"
    CHECK(s.at(cell_ref(sdq, kQuartile)).number == 2);
}

TEST_CASE("sectioned: the RAG letter sits in a filled cell", "[xlsx][sectioned]") {
    const XlsxSheet& s = sectioned();
    const int reviewed = row_with(s, kIndicator, "% child protection cases which were reviewed within timescales.");
    CHECK(s.at(cell_ref(reviewed, kRag)).text == "A");
    CHECK(s.at(cell_ref(reviewed, kRag)).style.fill_rgb == "FFC000");
    const int ks2 = row_with(s, kIndicator,
        "Key Stage 2 - Expected level in Reading, Writing and Maths - pupils eligible for Free School Meals");
    CHECK(s.at(cell_ref(ks2, kRag)).text == "R");
    CHECK(s.at(cell_ref(ks2, kRag)).style.fill_rgb == "FF0000");
    const int dental = row_with(s, kIndicator,
        "The % of children in care who have had dental checks within last 12 months (at end of period)");
    CHECK(s.at(cell_ref(dental, kRag)).text == "n/a");
    CHECK(s.at(cell_ref(dental, kRag)).style.fill_rgb.empty());
}

TEST_CASE("sectioned: the RAG key follows the table, lined up under the RAG column", "[xlsx][sectioned]") {
    const XlsxSheet& s = sectioned();
    const int last_indicator = row_with(s, kIndicator, "NEET young people aged 16-17 (low = good)");
    CHECK(s.at(cell_ref(last_indicator + 2, 1)).text == "RAG rating key");
    const char* letters[] = {"G", "A", "R"};
    const char* fills[] = {"00B050", "FFC000", "FF0000"};
    const char* words[] = {
        "Green: Top quartile of local authorities or high in second quartile with improving trend",
        "Amber: Second or third quartile with room for improvement",
        "Red: Fourth quartile or low in the third quartile with a declining trend"};
    for (int k = 0; k < 3; ++k) {
        const int row = last_indicator + 3 + k;
        CHECK(s.at(cell_ref(row, kRag)).text == letters[k]);
        CHECK(s.at(cell_ref(row, kRag)).style.fill_rgb == fills[k]);
        CHECK(s.at(cell_ref(row, 1)).text == words[k]);
        CHECK(std::find(s.merged.begin(), s.merged.end(), cell_ref(row, 1) + ":" + cell_ref(row, kRag - 1)) !=
              s.merged.end());
    }
    // The print area takes in the key and, after a gap, the corrections to the source table:
    // their heading, the note and the seed's two corrections.
    CHECK(s.print.print_area == "$A$2:$H$" + std::to_string(last_indicator + 10));
}

TEST_CASE("sectioned: the trend chart column keeps room for a chart", "[xlsx][sectioned]") {
    const XlsxSheet& s = sectioned();
    // The template's width sizes it (34 mm = 128 px), whatever the cells say.
    CHECK(s.column_pixels(kChart) == Approx(128).margin(2));
    const int reviewed = row_with(s, kIndicator, "% child protection cases which were reviewed within timescales.");
    // With one data point (no history) there is nothing to draw, and the cell says so.
    CHECK(s.at(cell_ref(reviewed, kChart)).text == "Only 1 data point");
    CHECK(s.frozen_rows == 2);
    CHECK(s.print.orientation == "landscape");
}

TEST_CASE("sectioned: the Scorecard sheet has the PDF's rows, in the PDF's order", "[xlsx][rows]") {
    const BuiltWorkbook& built = sectioned_seed();
    const XlsxSheet& sheet = built.book->sheet("Scorecard");
    const std::vector<TableRow> rows = table_rows(built.checked.scorecard, built.checked.layout);
    REQUIRE(!rows.empty());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::string ref = "A" + std::to_string(3 + i);  // after the title and header rows
        const std::string expected =
            rows[i].kind == RowKind::GroupHeading ? rows[i].group_ptr->name : rows[i].indicator->name.text;
        INFO("row " << ref);
        CHECK(sheet.at(ref).text == expected);
    }
}

TEST_CASE("an empty scorecard's Scorecard sheet says the table has no indicators", "[xlsx][rows][empty]") {
    ScratchDir dir("xlsx-empty");
    Scorecard empty;
    empty.period = "FY2022/23 Q3";
    for (const char* name : {"flat-2022-23", "sectioned-2019-20"}) {
        INFO(name);
        const OutputTemplate output_template = load_template(resolve_template_path(name));
        ExportContext context;
        context.created = kFixedTime;
        const std::string path = dir.file(std::string(name) + ".xlsx");
        write_workbook(empty, Findings{}, output_template, context, path);
        XlsxWorkbook book(path);
        const XlsxSheet& sheet = book.sheet("Scorecard");
        CHECK(sheet.at("A3").text == kNoIndicatorsText);
        const std::size_t shown = layout_for(empty, output_template).columns.size();  // optional ones left out
        const std::string across = "A3:" + std::string(1, static_cast<char>('A' + shown - 1)) + "3";
        CHECK(std::find(sheet.merged.begin(), sheet.merged.end(), across) != sheet.merged.end());
    }
}
