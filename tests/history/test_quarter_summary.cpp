// The summary of what changed since the quarter before, over the four made-up quarters
// (fixtures/quarters) built in order into one folder, read back from each document: the
// workbook's Summary sheet (its Excel tables), the web page's summary section and the PDF's
// summary page.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <regex>

#include "support/pdf_reader.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"
#include "support/xlsx_reader.hpp"

using namespace scorecard::test;

namespace {

std::string quarter(int q) { return fixture_path("quarters/made-up-2023-24-q" + std::to_string(q) + ".csv"); }

void build_quarters(const std::string& out, int last) {
    for (int q = 1; q <= last; ++q) {
        CommandResult r = run_scorecard({"build", quarter(q), "-o", out});
        REQUIRE(r.exit_code == 0);
    }
}

// The rows of the Summary sheet's Excel table `name`, as the text each cell shows (a number
// as Excel stores it), header row first.
std::vector<std::vector<std::string>> table_rows(const XlsxSheet& sheet, const std::string& name) {
    for (const XlsxTable& t : sheet.tables) {
        if (t.name != name) continue;
        const std::size_t colon = t.ref.find(':');
        int first_row = 0, first_col = 0, last_row = 0, last_col = 0;
        split_ref(t.ref.substr(0, colon), &first_row, &first_col);
        split_ref(t.ref.substr(colon + 1), &last_row, &last_col);
        std::vector<std::vector<std::string>> rows;
        for (int r = first_row; r <= last_row; ++r) {
            std::vector<std::string> row;
            for (int c = first_col; c <= last_col; ++c) {
                const XlsxCell* cell = sheet.find(cell_ref(r, c));
                row.push_back(cell ? cell->text : "");
            }
            rows.push_back(row);
        }
        return rows;
    }
    FAIL("the Summary sheet has no table " << name);
    return {};
}

bool has_table(const XlsxSheet& sheet, const std::string& name) {
    for (const XlsxTable& t : sheet.tables)
        if (t.name == name) return true;
    return false;
}

// Every string cell of the sheet, in row order, joined by new lines.
std::string sheet_text(const XlsxSheet& sheet) {
    std::string text;
    for (int r = 1; r <= sheet.last_row(); ++r)
        for (int c = 1; c <= 6; ++c)
            if (const XlsxCell* cell = sheet.find(cell_ref(r, c)); cell && cell->is_string()) text += cell->text + "\n";
    return text;
}

// The web page's text with its tags taken out and white space collapsed.
std::string html_text(const std::string& path) {
    std::string page = read_file(path);
    page = std::regex_replace(page, std::regex("<[^>]*>"), " ");
    page = std::regex_replace(page, std::regex("&amp;"), "&");
    return collapse_whitespace(page);
}

std::string between(const std::string& text, const std::string& from, const std::string& to) {
    const std::size_t a = text.find(from);
    REQUIRE(a != std::string::npos);
    const std::size_t b = text.find(to, a + from.size());
    REQUIRE(b != std::string::npos);
    return text.substr(a, b - a);
}

}  // namespace

TEST_CASE("the summary over four quarters: counts then and now, the rating change, new, dropped, renamed, corrections",
          "[history][summary][build]") {
    ScratchDir dir("quarter-summary");
    const std::string out = dir.file("out");
    build_quarters(out, 4);
    const std::string stem = out + "/made-up-2023-24-q4";

    SECTION("the workbook's Summary sheet comes right after the Cover, which lists it") {
        XlsxWorkbook book(stem + ".xlsx");
        REQUIRE(book.sheet_names().size() >= 3);
        CHECK(book.sheet_names()[0] == "Cover");
        CHECK(book.sheet_names()[1] == "Summary");
        CHECK(sheet_text(book.sheet("Cover")).find("Summary\n") != std::string::npos);
        const XlsxSheet& sheet = book.sheet("Summary");

        // Q4: Green 1 (care leavers), Red 1 (assessments, Green in Q3), 3 not rated; Q3 had 3 Green.
        const auto ratings = table_rows(sheet, "Summary_ratings");
        REQUIRE(ratings.size() == 6);
        CHECK(ratings[0] == std::vector<std::string>{"Rating", "FY2023/24 Q4", "FY2023/24 Q3"});
        CHECK(ratings[1] == std::vector<std::string>{"Green", "1", "3"});
        CHECK(ratings[2] == std::vector<std::string>{"Amber", "0", "0"});
        CHECK(ratings[3] == std::vector<std::string>{"Red", "1", "0"});
        CHECK(ratings[4] == std::vector<std::string>{"Not rated", "3", "2"});
        CHECK(ratings[5] == std::vector<std::string>{"Total", "5", "5"});
        // Counts are numbers, not text.
        CHECK(sheet.at("B6").is_number());

        const auto changed = table_rows(sheet, "Summary_rating_changes");
        REQUIRE(changed.size() == 2);
        CHECK(changed[1] ==
              std::vector<std::string>{"Single assessments completed within 45 days", "Green", "Red", "Down"});

        const auto declines = table_rows(sheet, "Summary_declines");
        REQUIRE(declines.size() == 3);
        // Ranked by relative change: 25.00% to 22.00% (-12.0%) before 88.0% to 82.5% (-6.25%).
        CHECK(declines[1][0] == "Care leavers in education, employment or training");
        CHECK(declines[2][0] == "Single assessments completed within 45 days");
        const auto improvements = table_rows(sheet, "Summary_improvements");
        REQUIRE(improvements.size() == 2);
        CHECK(improvements[1][0] == "Children in care per 10,000 children");

        const auto added = table_rows(sheet, "Summary_new");
        REQUIRE(added.size() == 2);
        CHECK(added[1] == std::vector<std::string>{"Families supported by Early Help", "families-supported-by-early-help"});
        const auto dropped = table_rows(sheet, "Summary_dropped");
        REQUIRE(dropped.size() == 2);
        CHECK(dropped[1][0] == "Repeat referrals within 12 months");
        const auto renamed = table_rows(sheet, "Summary_renamed");
        REQUIRE(renamed.size() == 2);
        CHECK(renamed[1][0] == "Children Electively Educated at Home");
        CHECK(renamed[1][2] == "Children electively home educated");
        CHECK(renamed[1][4].find("scorecard history alias children-electively-educated-at-home "
                                 "children-electively-home-educated") != std::string::npos);

        const auto corrections = table_rows(sheet, "Summary_corrections");
        REQUIRE(corrections.size() == 2);
        CHECK(corrections[1] ==
              std::vector<std::string>{"Children in care per 10,000 children", "Trend", "Increase", "Decrease"});
    }

    SECTION("the PDF's summary page comes first, numbered and tagged, the table after it") {
        PdfReader pdf(stem + ".pdf");
        const std::vector<std::string> pages = pdf.page_texts(TextMode::Raw);
        REQUIRE(pages.size() >= 3);
        const std::string first = collapse_whitespace(pages[0]);
        CHECK(first.rfind("Summary FY2023/24 Q4 compared with FY2023/24 Q3", 0) == 0);
        CHECK(first.find("Rating FY2023/24 Q4 FY2023/24 Q3 Green 1 3 Amber 0 0 Red 1 0 Not rated 3 2 Total 5 5") !=
              std::string::npos);
        CHECK(first.find("Single assessments completed within 45 days Green Red Down") != std::string::npos);
        CHECK(first.find("Families supported by Early Help families-supported-by-early-help") != std::string::npos);
        CHECK(first.find("Repeat referrals within 12 months repeat-referrals-within-12-months") != std::string::npos);
        CHECK(first.find("Page 1") != std::string::npos);
        const std::string all = collapse_whitespace(pdf.text());
        CHECK(all.find("Corrections to the source table Indicator Column Stated Published Children in care per 10,000 "
                       "children Trend Increase Decrease") != std::string::npos);
        // The table follows on the next page, numbered on from the summary.
        std::size_t table_page = 0;
        while (table_page < pages.size() && pages[table_page].find("Topic") == std::string::npos) ++table_page;
        REQUIRE(table_page < pages.size());
        CHECK(table_page >= 1);
        CHECK(pages[table_page].find("Page " + std::to_string(table_page + 1)) != std::string::npos);
        // Tagged: a section read before the table, with an H1, H2s and tables with column headers.
        const std::string tree = pdf.struct_text();
        const std::size_t sect = tree.find("Sect");
        REQUIRE(sect != std::string::npos);
        CHECK(tree.find("\"Summary\"", sect) != std::string::npos);
        CHECK(tree.find("\"Ratings that changed\"", sect) != std::string::npos);
        CHECK(tree.find("/Scope /Column", sect) != std::string::npos);
        CHECK(sect < tree.find("\"Children and Families Performance FY2023/24 Q4\""));
        CHECK(pdf.qpdf_check().exit_code == 0);
    }

    SECTION("the web page's summary section says the same") {
        const std::string text = html_text(stem + ".html");
        const std::string summary = between(text, "Summary FY2023/24 Q4 compared with FY2023/24 Q3", "The scorecard:");
        CHECK(summary.find("Rating FY2023/24 Q4 FY2023/24 Q3 Green 1 3 Amber 0 0 Red 1 0 Not rated 3 2 Total 5 5") !=
              std::string::npos);
        CHECK(summary.find("Single assessments completed within 45 days Green Red Down") != std::string::npos);
        CHECK(summary.find("New indicators Indicator Id Families supported by Early Help") != std::string::npos);
        CHECK(summary.find("Indicators no longer reported Indicator Id Repeat referrals within 12 months") !=
              std::string::npos);
        CHECK(summary.find("Children in care per 10,000 children Trend Increase Decrease") != std::string::npos);
    }

    // The Q4 table's commentary has a line break; each document shows it below the indicator.
    const std::string first_line = "Two experienced social workers left in January.";
    const std::string second_line = "Agency cover starts in April; we expect to meet the target again by Q2.";

    SECTION("the PDF shows commentary below its indicator's row, its line break kept, tagged as one spanning cell") {
        PdfReader pdf(stem + ".pdf");
        const std::string text = pdf.text(TextMode::Raw);
        // In the table (after its header row), not the summary before it.
        const std::size_t name =
            text.find("Single assessments completed", text.find("Children and Families Performance FY2023/24 Q4"));
        REQUIRE(name != std::string::npos);
        const std::size_t at = text.find(first_line, name);
        REQUIRE(at != std::string::npos);
        // The second line of the source is a line of its own, straight after the first.
        CHECK(text.compare(at + first_line.size(), second_line.size() + 1, "\n" + second_line) == 0);
        CHECK(at < text.find("Families supported by Early Help", name));
        const std::string tree = pdf.struct_text();
        const std::size_t cell = tree.find(first_line);
        REQUIRE(cell != std::string::npos);
        const std::string before = tree.substr(0, cell);
        const std::size_t td = before.rfind("TD");
        REQUIRE(td != std::string::npos);
        CHECK(before.rfind("TR") > before.rfind("TH"));  // a row of its own
        CHECK(before.find("/ColSpan 1", td) != std::string::npos);  // every column after the topic's
        CHECK(before.find("/Headers", td) != std::string::npos);
        CHECK(tree.compare(cell, first_line.size() + 1 + second_line.size(), first_line + " " + second_line) == 0);
    }

    SECTION("the Scorecard sheet shows commentary in a wrapped cell merged below its indicator, rows tall enough") {
        const XlsxWorkbook book(stem + ".xlsx");
        const XlsxSheet& sheet = book.sheet("Scorecard");
        int row = 0;
        for (const auto& [ref, cell] : sheet.cells)
            if (cell.text == first_line + "\n" + second_line) {
                int column = 0;
                split_ref(ref, &row, &column);
            }
        REQUIRE(row > 0);
        CHECK(sheet.at(cell_ref(row - 1, 3)).text == "Single assessments completed within 45 days");
        const XlsxCell& cell = sheet.at(cell_ref(row, 2));
        CHECK(cell.style.wrap);
        const auto& merged = sheet.merged;
        const std::string across = "B" + std::to_string(row) + ":";
        CHECK(std::any_of(merged.begin(), merged.end(), [&](const std::string& m) {
            return m.rfind(across, 0) == 0 && m.size() > across.size() + 1 &&
                   m.compare(m.size() - std::to_string(row).size(), std::string::npos, std::to_string(row)) == 0 &&
                   m.compare(across.size(), 1, "L") >= 0;  // to column L or beyond
        }));
        // The topic's merged cell runs down its indicators and their commentary.
        CHECK(std::find(merged.begin(), merged.end(), "A" + std::to_string(row - 3) + ":A" + std::to_string(row)) !=
              merged.end());
        REQUIRE(sheet.row_heights.count(row) == 1);
        CHECK(sheet.row_heights.at(row) >= 2 * 11.0);  // two lines at least
    }

    SECTION("the web page shows commentary in a row below, headed by the indicator, its line break a <br>") {
        const std::string page = read_file(stem + ".html");
        const std::size_t at = page.find(first_line + "<br>" + second_line);
        REQUIRE(at != std::string::npos);
        const std::size_t td = page.rfind("<td colspan=\"", at);
        REQUIRE(td != std::string::npos);
        const std::size_t id_at = page.find("headers=\"", td) + std::string("headers=\"").size();
        REQUIRE(id_at < at);
        const std::string id = page.substr(id_at, page.find('"', id_at) - id_at);
        const std::string header = "<th scope=\"row\" id=\"" + id + "\">Single assessments completed within 45 days</th>";
        CHECK(page.find(header) != std::string::npos);
        CHECK(page.find(header) < td);
    }
}

TEST_CASE("the summary with no earlier scorecard: this period's counts and the corrections, and says so",
          "[history][summary][build]") {
    ScratchDir dir("quarter-summary-first");
    const std::string out = dir.file("out");
    build_quarters(out, 1);
    const std::string stem = out + "/made-up-2023-24-q1";

    XlsxWorkbook book(stem + ".xlsx");
    const XlsxSheet& sheet = book.sheet("Summary");
    const auto ratings = table_rows(sheet, "Summary_ratings");
    REQUIRE(ratings.size() == 6);
    CHECK(ratings[0] == std::vector<std::string>{"Rating", "FY2023/24 Q1"});
    const std::string text = sheet_text(sheet);
    // No empty tables: each list that needs the earlier scorecard says there is none.
    for (const char* name : {"Summary_rating_changes", "Summary_new", "Summary_dropped", "Summary_renamed"})
        CHECK_FALSE(has_table(sheet, name));
    std::size_t said = 0;
    for (std::size_t at = text.find("No previous period in the history store."); at != std::string::npos;
         at = text.find("No previous period in the history store.", at + 1))
        ++said;
    CHECK(said >= 5);  // the lead, the counts and the four lists

    const std::string page = html_text(stem + ".html");
    CHECK(page.find("Ratings that changed No previous period in the history store.") != std::string::npos);
}

TEST_CASE("a summary with little to list takes one page: each empty list is its sentence beside its heading",
          "[history][summary][build]") {
    // The 2022/23 seed without history: five lists have nothing to show. Each heading and its
    // sentence share a line, so the summary is one page and the table starts on page 2.
    ScratchDir dir("quarter-summary-one-page");
    const std::string out = dir.file("out");
    CommandResult r = run_scorecard(
        {"build", fixture_path("children-families-2022-23-q3.txt"), "-o", out, "--no-history", "--quiet"});
    REQUIRE(r.exit_code == 0);
    PdfReader pdf(out + "/children-families-2022-23-q3.pdf");
    const std::vector<std::string> pages = pdf.page_texts(TextMode::Layout);
    REQUIRE(pages.size() == 4);  // the summary and three table pages: no blank page needed
    CHECK(pages[0].find("Summary") != std::string::npos);
    CHECK(pages[0].find("Largest declines") != std::string::npos);
    for (const char* heading :
         {"Ratings that changed", "New indicators", "Indicators no longer reported", "Renamed indicators"}) {
        INFO(heading);
        const std::size_t at = pages[0].find(heading);
        REQUIRE(at != std::string::npos);
        const std::string line = pages[0].substr(at, pages[0].find('\n', at) - at);
        CHECK(line.find("No previous period in the history store.") != std::string::npos);
    }
    CHECK(collapse_whitespace(pages[0]).find(
              "Corrections to the source table None: every published value is the table's own.") != std::string::npos);
    CHECK(pages[0].find("Page 1") != std::string::npos);
    CHECK(pages[1].find("Topic") != std::string::npos);
    CHECK(pages[1].find("Page 2") != std::string::npos);
    // Still a heading and a paragraph each, in that order.
    const std::string tree = pdf.struct_text();
    const std::size_t heading = tree.find("\"New indicators\"");
    REQUIRE(heading != std::string::npos);
    const std::size_t paragraph = tree.find("P (block)", heading);
    REQUIRE(paragraph != std::string::npos);
    CHECK(tree.find("No previous period in the history store.", paragraph) ==
          tree.find("\"No previous period in the history store.\"", heading) + 1);
    CHECK(tree.rfind("H2", paragraph) > tree.rfind("\"Largest declines\"", paragraph));
    CHECK(pdf.qpdf_check().exit_code == 0);
}

TEST_CASE("a template can leave the summary page out of the PDF", "[history][summary][build]") {
    ScratchDir dir("quarter-summary-off");
    const std::string out = dir.file("out");
    std::string json = read_file(source_path("output_templates/flat-2022-23.json"));
    const std::size_t brace = json.find('{');
    json.insert(brace + 1, "\n  \"summary\": {\"pdf_page\": false},");
    const std::string tpl = dir.file("no-summary.json");
    write_file(tpl, json);
    CommandResult r = run_scorecard({"build", quarter(1), "-o", out, "-t", tpl});
    REQUIRE(r.exit_code == 0);
    PdfReader pdf(out + "/made-up-2023-24-q1.pdf");
    CHECK(pdf.page_texts().at(0).find("Topic") != std::string::npos);
    CHECK(pdf.text().find("Ratings this period and last") == std::string::npos);
    // The workbook keeps its Summary sheet.
    XlsxWorkbook book(out + "/made-up-2023-24-q1.xlsx");
    CHECK(book.sheet_names().at(1) == "Summary");
}

TEST_CASE("the Summary sheet stores each change as it shows it, never with the arithmetic's binary noise",
          "[history][summary][build]") {
    // 62.1% - 67.1% is -4.99999999999999 in binary: stored -5 (shown -5.0 points), and its
    // relative change -0.0745156... stored -0.075 (shown -7.5%).
    ScratchDir dir("quarter-summary-rounded");
    REQUIRE(run_scorecard({"build", fixture_path("children-families-2022-23-q3.txt"), "-o", dir.file("out"),
                           "--no-history", "--quiet"})
                .exit_code == 0);
    XlsxWorkbook book(dir.file("out/children-families-2022-23-q3.xlsx"));
    const XlsxSheet& sheet = book.sheet("Summary");
    bool seen = false;
    for (const char* name : {"Summary_improvements", "Summary_declines"}) {
        const auto rows = table_rows(sheet, name);
        REQUIRE(rows.size() > 1);
        REQUIRE(rows[0][3] == "Change");
        REQUIRE(rows[0][4] == "Relative change");
        for (std::size_t r = 1; r < rows.size(); ++r) {
            INFO(rows[r][0] << ": " << rows[r][3] << ", " << rows[r][4]);
            // The stored double is the one nearest the shown figure (at most three decimals:
            // 0.1% of a fraction, or a change at its figures' precision).
            for (std::size_t c : {3u, 4u}) {
                const double stored = std::stod(rows[r][c]);
                CHECK(stored == std::round(stored * 1000) / 1000);
            }
            if (rows[r][0] == "KS2 - pupils achieving expected standard in Reading, Writing and Mathematics") {
                seen = true;
                CHECK(rows[r][3] == "-5");
                CHECK(rows[r][4] == "-0.075");
            }
        }
    }
    CHECK(seen);
}
