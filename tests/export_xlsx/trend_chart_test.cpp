// Trend charts: native sparklines added to the Scorecard sheet's XML after
// libxlsxwriter, reading their points from the Trend data sheet; the zip rewrite that adds them.
#include <catch2/catch.hpp>

#include "stages/model/data_points.hpp"
#include "stages/export/xlsx/sparklines.hpp"
#include "stages/export/xlsx/xlsx_writer.hpp"
#include "stages/export/xlsx/zip_rewrite.hpp"
#include "support/pdf_reader.hpp"
#include "support/run_command.hpp"
#include "workbook_builder.hpp"

using namespace scorecard::test;

namespace {

constexpr int kIndicator = 1, kChart = 5;

// The sectioned seed with four earlier quarters of history for each figure, as the history
// store would give them (one indicator has negative points).
struct WithHistory {
    scorecard::CheckedScorecard checked;
    std::string path;
    std::unique_ptr<XlsxWorkbook> book;
};

void add_history(scorecard::Scorecard& scorecard) {
    const char* quarters[] = {"Q3 2018/19", "Q4 2018/19", "Q1 2019/20", "Q2 2019/20"};
    int n = 0;
    scorecard.for_each_indicator([&](scorecard::Indicator& i) {
        if (!i.latest.is_number()) return;
        const bool negative = n++ == 3;
        for (int q = 0; q < 4; ++q) {
            scorecard::Value v = i.latest;
            v.number = negative ? q - 2.0 : i.latest.number * (0.8 + 0.05 * q);
            i.history.push_back({scorecard::parse_period(quarters[q]), v});
        }
    });
}

const WithHistory& with_history() {
    static ScratchDir dir("xlsx-trend");
    static const WithHistory built = [] {
        WithHistory w;
        w.checked = scorecard::read_and_check(fixture_path("children-families-2019-20-q3.txt"), {});
        add_history(w.checked.scorecard);
        scorecard::ExportContext context;
        context.created = kFixedTime;
        w.path = dir.file("trend.xlsx");
        scorecard::write_workbook(w.checked.scorecard, w.checked.findings, w.checked.layout, context, w.path);
        w.book = std::make_unique<XlsxWorkbook>(w.path);
        return w;
    }();
    return built;
}

}  // namespace

TEST_CASE("trend charts: one sparkline per indicator with two or more points", "[xlsx][trend]") {
    const WithHistory& w = with_history();
    const XlsxSheet& card = w.book->sheet("Scorecard");
    const XlsxSheet& data = w.book->sheet("Trend data");
    CHECK(w.book->sheet_names() == std::vector<std::string>{"Cover", "Summary", "Scorecard", "Data", "Trend data", "Findings", "About"});

    std::size_t expected = 0;
    w.checked.scorecard.for_each_indicator(
        [&](const scorecard::Indicator& i) { expected += scorecard::last_data_points(i, 5).size() >= 2; });
    REQUIRE(expected > 20);
    REQUIRE(card.sparklines.size() == expected);

    for (const XlsxSparkline& line : card.sparklines) {
        INFO(line.cell << " <- " << line.range);
        int row, column;
        split_ref(line.cell, &row, &column);
        CHECK(column == kChart);
        // The range is on the Trend data sheet, on the row of the same indicator.
        REQUIRE(line.range.rfind("'Trend data'!D", 0) == 0);
        const std::string first = line.range.substr(line.range.find('!') + 1, line.range.find(':') - line.range.find('!') - 1);
        int data_row, data_column;
        split_ref(first, &data_row, &data_column);
        CHECK(data_column == 4);
        CHECK(data.at(cell_ref(data_row, 1)).text == card.at(cell_ref(row, kIndicator)).text);
        // Every cell it reads holds a number, and the count matches the Data points column.
        const std::string last = line.range.substr(line.range.find(':') + 1);
        int last_row, last_column;
        split_ref(last, &last_row, &last_column);
        CHECK(last_row == data_row);
        CHECK(last_column - data_column + 1 == static_cast<int>(data.at(cell_ref(data_row, 3)).number));
        for (int c = data_column; c <= last_column; ++c) CHECK(data.at(cell_ref(data_row, c)).is_number());
        CHECK(line.group.at("type") == "column");
        CHECK(line.group.at("last") == "1");  // the latest bar is marked
        CHECK(card.row_heights.at(row) >= 21);
    }
}

TEST_CASE("trend charts: the Trend data sheet holds the points, oldest first", "[xlsx][trend]") {
    const WithHistory& w = with_history();
    const XlsxSheet& data = w.book->sheet("Trend data");
    REQUIRE(data.tables.size() == 1);
    CHECK(data.tables.front().name == "TrendData");
    CHECK(data.tables.front().columns.at(3) == "Point 1 value");
    CHECK(data.tables.front().columns.at(8) == "Point 1 period");
    CHECK(data.at("A1").text == "Children and Families Performance FY2019/20 Q3: trend data");
    const int reviewed = row_with(data, 1, "% child protection cases which were reviewed within timescales.");
    CHECK(data.at(cell_ref(reviewed, 3)).number == 5);
    CHECK(data.at(cell_ref(reviewed, 4)).number == Approx(0.93 * 0.8).epsilon(1e-9));  // Q3 2018/19
    CHECK(data.at(cell_ref(reviewed, 4)).style.number_format == "0.0%");
    CHECK(data.at(cell_ref(reviewed, 8)).number == Approx(0.93));  // the latest, Q3 2019/20
    CHECK(data.at(cell_ref(reviewed, 9)).text == "Q3 2018/19");
    CHECK(data.at(cell_ref(reviewed, 13)).text == "Q3");
}

TEST_CASE("trend charts: negative points get a group with a zero axis", "[xlsx][trend]") {
    const XlsxSheet& card = with_history().book->sheet("Scorecard");
    int with_axis = 0, with_minimum = 0;
    for (const auto& line : card.sparklines) {
        if (line.group.count("displayXAxis")) ++with_axis;
        // From zero, or from the charts' baseline when the values sit close together.
        if (line.group.count("manualMin")) ++with_minimum;
    }
    CHECK(with_axis == 1);
    CHECK(with_minimum == static_cast<int>(card.sparklines.size()) - 1);
    // The extension is where the schema wants it: the sheet's last element.
    const std::string& xml = card.xml;
    CHECK(xml.find("<extLst><ext xmlns:x14=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/main\" "
                   "uri=\"{05C60535-1F16-4fd2-B633-F4F36F0B64E0}\">") != std::string::npos);
    CHECK(xml.size() - xml.rfind("</extLst></worksheet>") == std::string("</extLst></worksheet>").size());
}

TEST_CASE("trend charts: a missing quarter is a gap in the sparkline, as in the PDF", "[xlsx][trend]") {
    // Q4 2018/19 missing: six months, then three, then three between the points.
    static ScratchDir dir("xlsx-trend-gap");
    auto checked = scorecard::read_and_check(fixture_path("children-families-2019-20-q3.txt"), {});
    const char* quarters[] = {"Q3 2018/19", "Q1 2019/20", "Q2 2019/20"};
    std::string evenly_spaced;  // one indicator keeps every quarter, so its bars stay evenly spaced
    checked.scorecard.for_each_indicator([&](scorecard::Indicator& i) {
        if (!i.latest.is_number()) return;
        for (const char* q : quarters) i.history.push_back({scorecard::parse_period(q), i.latest});
        if (evenly_spaced.empty()) {
            evenly_spaced = i.name.text;
            i.history.insert(i.history.begin() + 1, {scorecard::parse_period("Q4 2018/19"), i.latest});
        }
    });
    scorecard::ExportContext context;
    context.created = kFixedTime;
    scorecard::write_workbook(checked.scorecard, checked.findings, checked.layout, context, dir.file("gap.xlsx"));
    XlsxWorkbook book(dir.file("gap.xlsx"));
    const XlsxSheet& card = book.sheet("Scorecard");
    const XlsxSheet& data = book.sheet("Trend data");
    // Five points at most: values D-H, periods I-M, the dates they end N-R, then the slots.
    const auto& columns = data.tables.front().columns;
    CHECK(columns.at(13) == "Point 1 period ends");
    CHECK(columns.at(18) == "Chart slot 1");
    CHECK(columns.size() == 18 + 5);  // Q3 2018/19 to Q3 2019/20 in quarters: five slots

    REQUIRE(card.sparklines.size() > 20);
    int gapped = 0, full_quarters = 0;
    for (const XlsxSparkline& line : card.sparklines) {
        const int row = std::stoi(line.cell.substr(1));
        const std::string name = card.at(cell_ref(row, kIndicator)).text;
        INFO(name);
        const int data_row = row_with(data, 1, name);
        const std::string r = std::to_string(data_row);
        const int points = static_cast<int>(data.at(cell_ref(data_row, 3)).number);
        if (name == evenly_spaced) {
            CHECK(line.range == "'Trend data'!D" + r + ":H" + r);
            continue;
        }
        // The period end dates, real dates, later point by point.
        for (int p = 0; p < points; ++p) {
            const XlsxCell& ends = data.at(cell_ref(data_row, 14 + p));
            CHECK(ends.style.number_format == "yyyy-mm-dd");
            if (p > 0) CHECK(ends.number > data.at(cell_ref(data_row, 13 + p)).number);
        }
        if (points != 4 || data.at(cell_ref(data_row, 12)).text != "Q3") continue;
        ++full_quarters;
        CHECK(data.at(cell_ref(data_row, 14)).number == 43465);  // 2018-12-31
        CHECK(data.at(cell_ref(data_row, 17)).number == 43830);  // 2019-12-31
        // The sparkline reads the five quarter slots, Q4 2018/19 an empty cell between the
        // first point and the second: x proportional to time, as the PDF's bars.
        CHECK(line.range == "'Trend data'!S" + r + ":W" + r);
        const int slot_of_point[] = {0, 2, 3, 4};
        for (int p = 0; p < 4; ++p) {
            const XlsxCell& slot = data.at(cell_ref(data_row, 19 + slot_of_point[p]));
            REQUIRE(slot.is_number());
            CHECK(slot.number == data.at(cell_ref(data_row, 4 + p)).number);
            CHECK(slot.style.number_format == data.at(cell_ref(data_row, 4 + p)).style.number_format);
        }
        CHECK(data.cells.count(cell_ref(data_row, 20)) == 0);  // the missing quarter
        ++gapped;
    }
    CHECK(full_quarters > 20);
    CHECK(gapped == full_quarters);
}

TEST_CASE("trend charts: with one data point the cell says so in words", "[xlsx][trend]") {
    // The seed alone has no previous values: every indicator has one point.
    const XlsxSheet& card = sectioned_seed().book->sheet("Scorecard");
    CHECK(card.sparklines.empty());
    const int reviewed = row_with(card, kIndicator, "% child protection cases which were reviewed within timescales.");
    CHECK(card.at(cell_ref(reviewed, kChart)).text == "Only 1 data point");
    CHECK(sectioned_seed().book->sheet("Trend data").at(cell_ref(4, 3)).number == 1);
    // The flat seed has previous values: its chart column and Trend data sheet are there.
    CHECK(flat_seed().book->sheet_names().size() == 7);
}

TEST_CASE("the zip rewrite keeps entry order and bytes, and adds no folder entries", "[xlsx][trend][zip]") {
    const WithHistory& w = with_history();
    ScratchDir dir("xlsx-zip");
    // A copy with no edits is the same zip, entry for entry.
    scorecard::xlsx::rewrite_zip(w.path, dir.file("copy.xlsx"), {});
    XlsxWorkbook copy(dir.file("copy.xlsx"));
    CHECK(copy.entries() == w.book->entries());
    for (const auto& name : w.book->entries()) {
        INFO(name);
        CHECK(name.back() != '/');
        CHECK(copy.part(name) == w.book->part(name));
    }
    CHECK(read_file(dir.file("copy.xlsx")) == read_file(w.path));
    // An edit changes only its part.
    scorecard::xlsx::rewrite_zip(dir.file("copy.xlsx"), dir.file("edited.xlsx"),
                                 {{"docProps/app.xml", [](const std::string& tail) { return tail + "<!-- x -->"; }}});
    XlsxWorkbook edited(dir.file("edited.xlsx"));
    CHECK(edited.entries() == w.book->entries());
    CHECK(edited.part("docProps/app.xml") == w.book->part("docProps/app.xml") + "<!-- x -->");
    CHECK(edited.part("xl/worksheets/sheet1.xml") == w.book->part("xl/worksheets/sheet1.xml"));
    CHECK_THROWS_AS(scorecard::xlsx::rewrite_zip(w.path, dir.file("bad.xlsx"), {{"xl/no-such-part.xml", {}}}),
                    scorecard::ExportError);
}

TEST_CASE("the extension joins an extLst the sheet already has", "[xlsx][trend][zip]") {
    using scorecard::xlsx::add_extension_to_sheet_tail;
    CHECK(add_extension_to_sheet_tail("<sheetData/></worksheet>", "<ext/>") == "<sheetData/><extLst><ext/></extLst></worksheet>");
    CHECK(add_extension_to_sheet_tail("<extLst><ext uri=\"a\"/></extLst></worksheet>", "<ext/>") ==
          "<extLst><ext uri=\"a\"/><ext/></extLst></worksheet>");
    CHECK_THROWS_AS(add_extension_to_sheet_tail("<sheetData/>", "<ext/>"), scorecard::ExportError);
    CHECK(scorecard::xlsx::range_reference("Trend data", 3, 3, 7) == "'Trend data'!D4:H4");
    CHECK(scorecard::xlsx::range_reference("O'Neill", 0, 0, 1) == "'O''Neill'!A1:B1");
}

TEST_CASE("a workbook with sparklines rebuilds byte-identically", "[xlsx][trend][reproducible]") {
    const WithHistory& w = with_history();
    ScratchDir dir("xlsx-trend-again");
    scorecard::ExportContext context;
    context.created = kFixedTime;
    scorecard::write_workbook(w.checked.scorecard, w.checked.findings, w.checked.layout, context, dir.file("again.xlsx"));
    CHECK(read_file(dir.file("again.xlsx")) == read_file(w.path));
    CHECK_FALSE(file_exists(dir.file("again.xlsx.draft")));  // the first draft is cleaned up
}

TEST_CASE("LibreOffice opens the workbook with sparklines and prints it", "[xlsx][trend][libreoffice]") {
    if (!tool_or_skip("soffice", "libreoffice-calc-nogui")) return;
    const WithHistory& w = with_history();
    ScratchDir dir("xlsx-libreoffice");
    const CommandResult r = run_command(
        "soffice", {"-env:UserInstallation=file://" + dir.file("profile"), "--headless", "--convert-to", "pdf",
                    "--outdir", dir.path(), w.path});
    INFO(r.out << r.err);
    CHECK(r.exit_code == 0);
    REQUIRE(file_exists(dir.file("trend.pdf")));
    const CommandResult text = run_pdf_tool("pdftotext", {dir.file("trend.pdf"), "-"});
    CHECK(text.out.find("Children at most risk are protected from harm and kept safe") != std::string::npos);
    CHECK(text.out.find("RAG rating key") != std::string::npos);
}

TEST_CASE("trend charts: the flat seed's sparklines read its points, their axis starting where the PDF's does",
          "[xlsx][trend]") {
    const XlsxSheet& card = flat_seed().book->sheet("Scorecard");
    const XlsxSheet& data = flat_seed().book->sheet("Trend data");
    REQUIRE_FALSE(card.sparklines.empty());
    int close = 0;
    for (const XlsxSparkline& line : card.sparklines) {
        // Each reads its own indicator's row of the Trend data sheet, as many cells as points.
        const int row = std::stoi(line.cell.substr(1));
        const std::string name = card.at(cell_ref(row, 3)).text;  // the flat layout's Indicator column
        const int data_row = row_with(data, 1, name);
        const int points = static_cast<int>(data.at(cell_ref(data_row, 3)).number);
        CHECK(line.range == "'Trend data'!D" + std::to_string(data_row) + ":" + std::string(1, char('D' + points - 1)) +
                                std::to_string(data_row));
        if (name == "Individuals worked with by CFWS during period") {
            // 3,775 then 3,489: close together, so the axis starts at 3,489 - 286 / 2 = 3,346.
            REQUIRE(line.group.count("manualMin"));
            CHECK(std::stod(line.group.at("manualMin")) == Approx(3346));
            ++close;
        }
    }
    CHECK(close == 1);
}
