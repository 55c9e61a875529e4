// The Scorecard sheet of the 2022/23 seed, the flat layout: title, header, topics merged down
// their rows, figures as numbers with the source's formats, RAG fills with their words,
// sizes measured from the content, frozen header, printing.
#include <catch2/catch.hpp>

#include <regex>

#include "workbook_builder.hpp"

using namespace scorecard::test;

namespace {

const XlsxSheet& flat() { return flat_seed().book->sheet("Scorecard"); }

// Columns of the flat template (1-based).
constexpr int kTopic = 1, kIndicator = 3, kPolarity = 4, kPreviousValue = 7, kLatestPeriod = 8, kLatestValue = 9,
              kRag = 12, kQuartile = 13, kNeighbour = 14;

}  // namespace

TEST_CASE("flat: the title is in A1 and the header row is bold, wrapped and shaded", "[xlsx][flat]") {
    const XlsxSheet& s = flat();
    CHECK(s.at("A1").text == "Children and Families Performance FY2022/23 Q3");
    CHECK(s.at("A1").style.bold);
    const auto& layout = flat_seed().checked.layout;
    // The published 14 columns and the trend chart (the seed gives most indicators two points).
    REQUIRE(layout.columns.size() == 15);
    CHECK(layout.columns.back().field == scorecard::ColumnField::TrendChart);
    for (std::size_t c = 0; c < layout.columns.size(); ++c) {
        const XlsxCell& h = s.at(cell_ref(2, static_cast<int>(c) + 1));
        CHECK(h.text == layout.columns[c].heading);
        CHECK(h.style.bold);
        CHECK(h.style.wrap);
        CHECK(h.style.fill_rgb == "D9D9D9");
        CHECK(h.style.border);
    }
    CHECK(s.at("A2").text == "Topic");  // read as Topic, though the source spelt it in Cyrillic
}

TEST_CASE("flat: figures are numbers formatted as the source showed them", "[xlsx][flat]") {
    const XlsxSheet& s = flat();
    const int cpp = row_with(s, kIndicator, "Children becoming subject to a CPP for second or subsequent time");
    const XlsxCell& previous = s.at(cell_ref(cpp, kPreviousValue));
    REQUIRE(previous.is_number());
    CHECK(previous.number == Approx(0.226).epsilon(1e-12));
    CHECK(previous.text == "0.226");  // stored exactly, no 0.22600000000000001 noise
    CHECK(previous.style.number_format == "0.00%");
    CHECK(s.at(cell_ref(cpp, kLatestValue)).number == Approx(0.2274));
    CHECK(s.at(cell_ref(cpp, kQuartile)).number == 3);
    CHECK(s.at(cell_ref(cpp, kQuartile)).style.number_format == "0");

    const int cfws = row_with(s, kIndicator, "Individuals worked with by CFWS during period");
    CHECK(s.at(cell_ref(cfws, kPreviousValue)).number == 3775);
    CHECK(s.at(cell_ref(cfws, kPreviousValue)).style.number_format == "#,##0");

    const int feee = row_with(s, kIndicator, "Eligible 2 year olds taking up their FEEE");
    CHECK(s.at(cell_ref(feee, kPreviousValue)).number == Approx(80.7));
    CHECK(s.at(cell_ref(feee, kPreviousValue)).style.number_format == "0.0");

    const int ks4 = row_with(s, kIndicator, "KS4 - Progress 8 (FSM)");
    CHECK(s.at(cell_ref(ks4, kLatestValue)).number == Approx(-0.64));
    CHECK(s.at(cell_ref(ks4, kLatestValue)).style.number_format == "0.00");

    const int mainstream = row_with(s, kIndicator, "Children in mainstream schools with EHCP");
    CHECK(s.at(cell_ref(mainstream, kLatestValue)).number == 2252);
    CHECK(s.at(cell_ref(mainstream, kLatestValue)).style.number_format == "0");  // written without a comma
}

TEST_CASE("flat: N/A and blanks are shown as the table showed them", "[xlsx][flat]") {
    const XlsxSheet& s = flat();
    const int cfws = row_with(s, kIndicator, "Individuals worked with by CFWS during period");
    CHECK(s.at(cell_ref(cfws, kNeighbour)).is_string());
    CHECK(s.at(cell_ref(cfws, kNeighbour)).text == "N/A");
    // "Reception pupils reaching..." has no previous value: an empty, still bordered, cell.
    const int reception = row_with(s, kIndicator, "Reception pupils reaching a 'Good level of development'");
    const XlsxCell& blank = s.at(cell_ref(reception, kPreviousValue));
    CHECK(blank.type == XlsxCell::Type::Blank);
    CHECK(blank.style.border);
}

TEST_CASE("flat: every figure cell is a number, never numeric-looking text", "[xlsx][flat]") {
    const XlsxSheet& s = flat();
    const std::regex figure_text(R"(^[-+]?[0-9][0-9,]*(\.[0-9]+)?%?$)");
    int numbers = 0;
    for (int column : {kPreviousValue, kLatestValue, kQuartile, kNeighbour})
        for (const auto& [row, cell] : s.column(column, 3)) {
            INFO("cell " << cell_ref(row, column) << " = " << cell->text);
            if (cell->is_string()) CHECK_FALSE(std::regex_match(cell->text, figure_text));
            if (cell->is_number()) ++numbers;
        }
    CHECK(numbers > 60);
}

TEST_CASE("flat: each topic is one cell merged down its indicators' rows", "[xlsx][flat]") {
    const XlsxSheet& s = flat();
    // Expected from the model: the first topic's 4 indicators take rows 3 to 6, and so on.
    std::vector<std::string> expected;
    int row = 3;
    for (const auto& group : flat_seed().checked.scorecard.groups) {
        const int last = row + static_cast<int>(group.indicators.size()) - 1;
        expected.push_back(cell_ref(row, kTopic) + ":" + cell_ref(last, kTopic));
        const XlsxCell& topic = s.at(cell_ref(row, kTopic));
        CHECK(topic.text == group.name);
        CHECK(topic.style.wrap);
        CHECK(topic.style.vertical == "center");
        row = last + 1;
    }
    REQUIRE(expected.size() == 5);
    CHECK(expected.front() == "A3:A6");
    CHECK(s.merged == expected);
    CHECK(s.at("A3").text == "Help children and their families build strength, resilience, confidence and capacity");
}

TEST_CASE("flat: RAG cells are filled with the template colour and carry the word", "[xlsx][flat]") {
    const XlsxSheet& s = flat();
    CHECK(s.at(cell_ref(2, kRag)).text == "Status RAG");
    int green = 0, amber = 0, not_rated = 0;
    for (const auto& [row, cell] : s.column(kRag, 3)) {
        INFO("row " << row << ": " << cell->text);
        if (cell->text == "Green") {
            CHECK(cell->style.fill_rgb == "00B050");
            ++green;
        } else if (cell->text == "Amber") {
            CHECK(cell->style.fill_rgb == "FFC000");
            ++amber;
        } else if (cell->text == "Red") {
            CHECK(cell->style.fill_rgb == "FF0000");
        } else {
            CHECK(cell->text == "N/A");
            CHECK(cell->style.fill_rgb.empty());
            ++not_rated;
        }
    }
    CHECK(green >= 5);
    CHECK(amber >= 5);
    CHECK(not_rated >= 5);
    const int cpp = row_with(s, kIndicator, "Children becoming subject to a CPP for second or subsequent time");
    CHECK(s.at(cell_ref(cpp, kRag)).text == "Amber");
}

TEST_CASE("flat: columns and rows are sized from their content", "[xlsx][flat]") {
    const XlsxSheet& s = flat();
    REQUIRE(s.column_widths.size() == 15);
    // The indicator column is the widest; none is wider than the template allows.
    for (const auto& [column, width] : s.column_widths) {
        if (column != kIndicator) CHECK(width < s.column_widths.at(kIndicator));
        const double template_px = flat_seed().checked.layout.columns[column - 1].width_mm * 96 / 25.4;
        CHECK(s.column_pixels(column) <= template_px * 1.5);
    }
    // A period stays on one line: its column is at least as wide as "Summer 2022" needs.
    CHECK(s.column_widths.at(kLatestPeriod) > s.column_widths.at(kPolarity) - 3);
    // A long name wraps to more lines than a short one, so its row is taller.
    const int long_name = row_with(s, kIndicator,
        "Reception pupils with Education, Health and Care Plans achieving 'Good Level of Development'");
    const int short_name = row_with(s, kIndicator, "Care leavers EET");
    CHECK(s.row_heights.at(long_name) > s.row_heights.at(short_name));
    // The header row holds the three-line "Most recent Statistical Neighbour average".
    CHECK(s.row_heights.at(2) >= 3 * 8);
    // Every row of the table has a height set: rows with merged topics do not fit themselves.
    for (int r = 1; r <= 32; ++r) CHECK(s.row_heights.count(r) == 1);
}

TEST_CASE("flat: panes are frozen below the header and printing is set up", "[xlsx][flat][print]") {
    const XlsxSheet& s = flat();
    CHECK(s.frozen_rows == 2);
    CHECK(s.frozen_columns == 0);
    CHECK(s.print.orientation == "landscape");
    CHECK(s.print.paper_size == 9);  // A4
    CHECK(s.print.fit_to_page);
    CHECK(s.print.fit_to_width == 1);
    CHECK(s.print.fit_to_height == 0);  // as many pages tall as needed
    CHECK(s.print.print_titles == "$2:$2");
    CHECK(s.print.print_area == "$A$2:$O$32");
    CHECK(s.print.footer == "&CPage &P of &N");
    CHECK(s.print.header.find("Children and Families Performance FY2022/23 Q3") != std::string::npos);
    CHECK(s.print.header.rfind("&C", 0) == 0);
    CHECK(s.print.margin_left == Approx(12 / 25.4));
    CHECK(s.print.margin_top == Approx(14 / 25.4));
}

TEST_CASE("the Normal style is Arial 10, so column widths hold in readers without Calibri", "[xlsx][measure]") {
    const std::string& styles = flat_seed().book->part("xl/styles.xml");
    const auto first_font = styles.find("<font>");
    REQUIRE(first_font != std::string::npos);
    const std::string font = styles.substr(first_font, styles.find("</font>", first_font) - first_font);
    CHECK(font.find("<name val=\"Arial\"/>") != std::string::npos);
    CHECK(font.find("<sz val=\"10\"/>") != std::string::npos);
    // Every cell written is in the template's 8 pt (title and headings excepted).
    CHECK(flat().at("C3").style.font_name == "Arial");
    CHECK(flat().at("C3").style.font_size == 8);
}
