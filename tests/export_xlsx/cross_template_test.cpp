// Any input renders through any template: the 2022/23 data through the sectioned
// template and the 2019/20 data through the flat one; a field the data lacks is blank.
#include <catch2/catch.hpp>

#include "workbook_builder.hpp"

using namespace scorecard::test;

TEST_CASE("the 2022/23 data through the sectioned template", "[xlsx][templates]") {
    ScratchDir dir("xlsx-cross-sectioned");
    const BuiltWorkbook built =
        build_workbook(fixture_path("children-families-2022-23-q3.txt"), dir.file("flat-as-sectioned.xlsx"), "sectioned-2019-20");
    const XlsxSheet& s = built.book->sheet("Scorecard");
    CHECK(s.at("A2").text == "Indicator");
    // Topics become full-width heading rows.
    CHECK(s.at("A3").text == "Help children and their families build strength, resilience, confidence and capacity");
    CHECK(s.merged.front() == "A3:H3");
    const int cpp = row_with(s, 1, "Children becoming subject to a CPP for second or subsequent time");
    CHECK(s.at(cell_ref(cpp, 2)).text == "Q3 2022/23");             // latest update
    CHECK(s.at(cell_ref(cpp, 3)).number == Approx(0.2274));         // current performance
    CHECK(s.at(cell_ref(cpp, 3)).style.number_format == "0.00%");
    CHECK(s.at(cell_ref(cpp, 6)).text == "A");  // the template shows letters, whatever the source wrote
    CHECK(s.at(cell_ref(cpp, 6)).style.fill_rgb == "FFC000");
    // Previous and latest make two points: a sparkline is drawn.
    CHECK_FALSE(s.sparklines.empty());
    CHECK(built.book->sheet_names().size() == 7);
}

TEST_CASE("the 2019/20 data through the flat template", "[xlsx][templates]") {
    ScratchDir dir("xlsx-cross-flat");
    const BuiltWorkbook built =
        build_workbook(fixture_path("children-families-2019-20-q3.txt"), dir.file("sectioned-as-flat.xlsx"), "flat-2022-23");
    const XlsxSheet& s = built.book->sheet("Scorecard");
    CHECK(s.at("A2").text == "Topic");
    // Outcomes become topics merged down their rows.
    CHECK(s.at("A3").text == "Children at most risk are protected from harm and kept safe");
    CHECK(s.merged.front() == "A3:A11");
    const int reviewed = row_with(s, 3, "% child protection cases which were reviewed within timescales.");
    // The data has no theme, frequency or previous value: those cells are blank, still bordered.
    CHECK(s.at(cell_ref(reviewed, 2)).type == XlsxCell::Type::Blank);
    CHECK(s.at(cell_ref(reviewed, 2)).style.border);
    CHECK(s.at(cell_ref(reviewed, 7)).type == XlsxCell::Type::Blank);
    CHECK(s.at(cell_ref(reviewed, 9)).number == Approx(0.93));
    CHECK(s.at(cell_ref(reviewed, 12)).text == "Amber");  // the flat template shows the word
    CHECK(s.at(cell_ref(reviewed, 12)).style.fill_rgb == "FFC000");
    CHECK(s.sparklines.empty());
}
