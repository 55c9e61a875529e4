// The Data sheet, the one partners pivot: one Excel table, one header row of unique names, one
// row per indicator, no merged cells, no blank rows, typed cells, computed beside stated.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "stages/export/xlsx/data_sheet.hpp"
#include "workbook_builder.hpp"

using namespace scorecard::test;

namespace {

// The 1-based column of a header on the Data sheet.
int column_of(const XlsxSheet& s, const std::string& header) {
    for (const auto& [ref, cell] : s.cells) {
        int row, column;
        split_ref(ref, &row, &column);
        if (row == 3 && cell.text == header) return column;
    }
    throw std::runtime_error("no Data column " + header);
}

const XlsxCell& value(const XlsxSheet& s, int row, const std::string& header) {
    return s.at(cell_ref(row, column_of(s, header)));
}

}  // namespace

TEST_CASE("data: one table over a header row and one row per indicator", "[xlsx][data]") {
    for (const BuiltWorkbook* built : {&flat_seed(), &sectioned_seed()}) {
        const XlsxSheet& s = built->book->sheet("Data");
        const std::size_t indicators = built->checked.scorecard.indicator_count();
        INFO(built->path);
        REQUIRE(s.tables.size() == 1);
        const XlsxTable& t = s.tables.front();
        const std::vector<std::string>& headers = t.columns;
        CHECK(t.name == "ScorecardData");
        CHECK(t.ref == "A3:" + cell_ref(3 + static_cast<int>(indicators), static_cast<int>(headers.size())));
        // The columns are those of data_headers(), in its order, less any no indicator fills.
        const std::vector<std::string> all = scorecard::xlsx::data_headers();
        auto next = all.begin();
        for (const auto& h : headers) {
            next = std::find(next, all.end(), h);
            CHECK(next != all.end());
        }
        CHECK(headers.size() > 20);
        for (const char* always : {"Topic or outcome", "Indicator", "Indicator ID", "Latest period", "Latest value", "Unit"})
            CHECK(std::find(headers.begin(), headers.end(), always) != headers.end());
        CHECK(t.has_autofilter);
        CHECK(std::set<std::string>(headers.begin(), headers.end()).size() == headers.size());  // unique
        for (std::size_t c = 0; c < headers.size(); ++c) CHECK(s.at(cell_ref(3, static_cast<int>(c) + 1)).text == headers[c]);
        CHECK(s.merged.empty());
        // No blank rows: every row of the table names its indicator, in model order.
        std::vector<std::string> names;
        built->checked.scorecard.for_each_indicator([&](const scorecard::Indicator& i) { names.push_back(i.name.text); });
        const int indicator_column = column_of(s, "Indicator");
        for (std::size_t k = 0; k < names.size(); ++k) CHECK(s.at(cell_ref(4 + static_cast<int>(k), indicator_column)).text == names[k]);
        CHECK(s.last_row() == 3 + static_cast<int>(indicators));
        CHECK(s.at("A1").text.find(built->checked.layout.document_title(built->checked.scorecard.period)) == 0);
        CHECK(s.frozen_rows == 3);
    }
}

TEST_CASE("data: figures are numbers, periods are text, and a unit column says what each is", "[xlsx][data]") {
    const XlsxSheet& s = flat_seed().book->sheet("Data");
    const int cpp = row_with(s, column_of(s, "Indicator"), "Children becoming subject to a CPP for second or subsequent time");
    CHECK(value(s, cpp, "Previous value").is_number());
    CHECK(value(s, cpp, "Previous value").number == Approx(0.226));
    CHECK(value(s, cpp, "Previous value").style.number_format == "0.00%");
    // Every figure of the seed is a figure, so the column for what stood instead is left out.
    CHECK_THROWS(column_of(s, "Previous value if not a figure"));
    CHECK(value(s, cpp, "Latest period").is_string());
    CHECK(value(s, cpp, "Latest period").text == "Q3 2022/23");
    CHECK(value(s, cpp, "Unit").text == "percent");
    CHECK(value(s, cpp, "Target value").number == Approx(0.208));
    CHECK(value(s, cpp, "Target operator").text == "<");
    CHECK(value(s, cpp, "Target as written").text == "<20.8%");
    CHECK(value(s, cpp, "Stated RAG").text == "Amber");
    CHECK(value(s, cpp, "National quartile").number == 3);
    CHECK(value(s, cpp, "Topic or outcome").text ==
          "Help children in Leicestershire to live in safe, stable environments and have secure attachments");
    CHECK(value(s, cpp, "Source line").number == 6);

    const int cfws = row_with(s, column_of(s, "Indicator"), "Individuals worked with by CFWS during period");
    CHECK(value(s, cfws, "Latest value").number == 3489);
    CHECK(value(s, cfws, "Latest value").style.number_format == "#,##0");
    CHECK(value(s, cfws, "Unit").text == "count");
    // N/A in a figure column is the shorthand [z] (not applicable); the column beside it keeps
    // the N/A as written. A blank is [x] (not available).
    CHECK(value(s, cfws, "National quartile").text == "[z]");
    const int reception = row_with(s, column_of(s, "Indicator"), "Reception pupils reaching a 'Good level of development'");
    CHECK(value(s, reception, "Previous value").text == "[x]");
    const int electively = row_with(s, column_of(s, "Indicator"), "Children Electively Educated at Home");
    CHECK(value(s, electively, "Latest value").number == 911);
    CHECK(value(s, cfws, "Stated RAG as written").text == "N/A");

    // Every cell of a figure column is a number, or the shorthand for why it has none.
    for (const char* header : {"Previous value", "Latest value", "Target value", "National quartile",
                               "Statistical neighbour average", "Source line", "Change"})
        for (const auto& [row, cell] : s.column(column_of(s, header), 4)) {
            INFO(header << " row " << row << " " << cell->text);
            CHECK((cell->type == XlsxCell::Type::Number || cell->text == "[x]" || cell->text == "[z]"));
        }
}

TEST_CASE("data: computed fields sit beside the stated ones", "[xlsx][data]") {
    const XlsxSheet& s = flat_seed().book->sheet("Data");
    const auto& scorecard = flat_seed().checked.scorecard;
    const auto& first = scorecard.groups.front().indicators.front();
    CHECK(value(s, 4, "Computed trend").text == scorecard::trend_name(first.computed.trend));
    CHECK(value(s, 4, "Computed direction of travel").text == scorecard::direction_name(first.computed.direction));
    CHECK(value(s, 4, "Computed RAG").text == scorecard::rag_name(first.computed.rag));
    if (first.computed.change) {
        CHECK(value(s, 4, "Change").number == Approx(*first.computed.change));
    }
    // Target met is a TRUE/FALSE cell wherever a target was rated, [z] where there is none.
    int booleans = 0;
    for (const auto& [row, cell] : s.column(column_of(s, "Target met"), 4)) {
        if (cell->type == XlsxCell::Type::Boolean) ++booleans;
        else CHECK(cell->text == "[z]");
    }
    int targets = 0;
    scorecard.for_each_indicator([&](const scorecard::Indicator& i) { targets += i.computed.target_met.has_value(); });
    CHECK(booleans == targets);
}

TEST_CASE("data: the sectioned seed's counts and brackets are columns of their own", "[xlsx][data][sectioned]") {
    const XlsxSheet& s = sectioned_seed().book->sheet("Data");
    const int second_plan = row_with(s, column_of(s, "Indicator"),
        "% of children becoming subject to a child protection plan for second or subsequent time");
    CHECK(value(s, second_plan, "Latest value").number == Approx(0.152));
    CHECK(value(s, second_plan, "Figure in brackets").number == 28);
    CHECK(value(s, second_plan, "Numerator").number == 28);
    CHECK(value(s, second_plan, "Stated comparison with previous").text == "Better");
    CHECK(value(s, second_plan, "Stated RAG as written").text == "A");
    CHECK(value(s, second_plan, "Latest period").text == "Q3");
}

TEST_CASE("data: a figure the table gave as N/A is [z] with the N/A beside it", "[xlsx][data]") {
    ScratchDir dir("xlsx-data-na");
    std::string text = read_file(fixture_path("children-families-2022-23-q3.txt"));
    const std::string from = "Q3 2021/22\t3,775\t";
    REQUIRE(text.find(from) != std::string::npos);
    text.replace(text.find(from), from.size(), "Q3 2021/22\tN/A\t");
    write_file(dir.file("na.txt"), text);
    const BuiltWorkbook built = build_workbook(dir.file("na.txt"), dir.file("na.xlsx"));
    const XlsxSheet& s = built.book->sheet("Data");
    const int cfws = row_with(s, column_of(s, "Indicator"), "Individuals worked with by CFWS during period");
    CHECK(value(s, cfws, "Previous value").text == "[z]");
    CHECK(value(s, cfws, "Previous value if not a figure").text == "N/A");
    // Blank in the table is "not available" here, not "N/A"; beside a figure, "not applicable".
    const int reception = row_with(s, column_of(s, "Indicator"), "Reception pupils reaching a 'Good level of development'");
    CHECK(value(s, reception, "Previous value").text == "[x]");
    CHECK(value(s, reception, "Previous value if not a figure").text == "[x]");
    CHECK(value(s, cfws, "Previous value if not a figure").text == "N/A");
    const int electively = row_with(s, column_of(s, "Indicator"), "Children Electively Educated at Home");
    CHECK(value(s, electively, "Previous value if not a figure").text == "[z]");  // its figure is beside
    CHECK_THROWS(column_of(s, "Latest value if not a figure"));  // every latest value is a figure
    CHECK(value(s, cfws, "Latest value").number == 3489);
    // On the Scorecard sheet the N/A is shown as the table showed it.
    const XlsxSheet& card = built.book->sheet("Scorecard");
    CHECK(card.at(cell_ref(row_with(card, 3, "Individuals worked with by CFWS during period"), 7)).text == "N/A");
}

TEST_CASE("data: no blank column inside the table", "[xlsx][data][accessibility]") {
    for (const BuiltWorkbook* built : {&flat_seed(), &sectioned_seed()}) {
        INFO(built->path);
        const XlsxSheet& s = built->book->sheet("Data");
        const int columns = static_cast<int>(s.tables.front().columns.size());
        for (int c = 1; c <= columns; ++c) {
            INFO("column " << s.at(cell_ref(3, c)).text);
            CHECK(s.column(c, 4).size() > 0);
        }
        // Columns the seeds cannot fill are left out: neither has national data or commentary.
        const auto& h = s.tables.front().columns;
        CHECK(std::find(h.begin(), h.end(), "National rank") == h.end());
        CHECK(std::find(h.begin(), h.end(), "Commentary") == h.end());
    }
    // The 2022/23 table has themes; the 2019/20 one has none, so no Theme column.
    const auto& flat = flat_seed().book->sheet("Data").tables.front().columns;
    const auto& sectioned = sectioned_seed().book->sheet("Data").tables.front().columns;
    CHECK(std::find(flat.begin(), flat.end(), "Theme") != flat.end());
    CHECK(std::find(sectioned.begin(), sectioned.end(), "Theme") == sectioned.end());
}
