// The web page as a reader and a screen reader get it, read back from the file the CLI writes:
// its structure (language, title, caption, header scopes, one tbody per topic or outcome), the
// same cells as the other documents, trend charts with their values, the links with type and
// size, nothing that fetches or runs, and the findings.
#include <catch2/catch.hpp>

#include <Poco/File.h>

#include <cmath>
#include <regex>
#include <string>

#include "support/run_command.hpp"
#include "support/test_paths.hpp"

using namespace scorecard::test;

namespace {

std::size_t count_of(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

std::string build_page(const ScratchDir& dir, const std::string& fixture, std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"build", fixture_path(fixture), "-o", dir.path(), "--no-history"};
    args.insert(args.end(), extra.begin(), extra.end());
    const CommandResult r = run_scorecard(args, {{"SOURCE_DATE_EPOCH", "1700000000"}});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const std::string stem = fixture.substr(fixture.find_last_of('/') + 1, fixture.find_last_of('.') - fixture.find_last_of('/') - 1);
    return read_file(dir.file(stem + ".html"));
}

// The page without its summary section (tested in tests/history/test_quarter_summary.cpp),
// which has tables of its own: what these tests count is the scorecard table's.
std::string without_summary(const std::string& page) {
    const std::size_t start = page.find("<section class=\"summary\"");
    if (start == std::string::npos) return page;
    const std::size_t end = page.find("</section>", start);
    REQUIRE(end != std::string::npos);
    return page.substr(0, start) + page.substr(end + 10);
}

}  // namespace

TEST_CASE("the 2022/23 page: one table, topics as row groups, indicators as row headers", "[html][page]") {
    ScratchDir dir("html-flat");
    const std::string whole = build_page(dir, "children-families-2022-23-q3.txt");
    CHECK(count_of(whole, "<section class=\"summary\" aria-labelledby=\"summary\">") == 1);
    const std::string page = without_summary(whole);
    CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"en-GB\">", 0) == 0);
    CHECK(page.find("<title>Children and Families Performance FY2022/23 Q3</title>") != std::string::npos);
    CHECK(page.find("<h1>Children and Families Performance FY2022/23 Q3</h1>") != std::string::npos);
    CHECK(count_of(page, "<table") == 1);
    CHECK(page.find("<caption id=\"table-caption\">The scorecard: 30 indicators by topic") != std::string::npos);
    // The region that scrolls sideways is labelled by the caption and can take focus.
    CHECK(page.find("<div class=\"table-region\" role=\"region\" aria-labelledby=\"table-caption\" tabindex=\"0\">") !=
          std::string::npos);
    // 14 columns of the template and the trend chart (the national ones have no data without
    // --national).
    CHECK(count_of(page, "<th scope=\"col\">") == 15);
    CHECK(count_of(page, "<th scope=\"row\">") == 30);
    // Each topic its own tbody, named by a rowgroup header down its rows.
    const std::size_t groups = count_of(page, "<th scope=\"rowgroup\"");
    CHECK(groups >= 5);
    CHECK(count_of(page, "<tbody>") == groups);
    CHECK(page.find("<th scope=\"rowgroup\" class=\"group\" rowspan=\"") != std::string::npos);
    // Units in the headers of figure columns, figures as the source showed them.
    CHECK(page.find("Latest Value <span class=\"unit\">(%, count or score)</span>") != std::string::npos);
    CHECK(page.find(">3,775<") != std::string::npos);
    CHECK(page.find(">22.60%<") != std::string::npos);
    // RAG as a word, the colour as a class beside it.
    CHECK(std::regex_search(page, std::regex("<td class=\"rag rag-(green|amber|red) [a-z]+\">(Green|Amber|Red)</td>")));
    // The repairs the PDF and workbook list.
    CHECK(page.find("<h2 id=\"findings\">Corrections and findings</h2>") != std::string::npos);
    CHECK(page.find("children-families-2022-23-q3.txt, line 19, column 47: Reporting Frequency") != std::string::npos);
    // Nothing that runs or fetches; no folder of the machine that built it.
    CHECK(page.find("<script") == std::string::npos);
    CHECK(page.find("src=") == std::string::npos);
    CHECK(page.find("http://") == std::string::npos);
    CHECK(page.find("https://") == std::string::npos);
    CHECK(page.find(SCORECARD_SOURCE_DIR) == std::string::npos);
    CHECK(page.find("Content-Security-Policy\" content=\"default-src 'none'") != std::string::npos);
    // A print layout: A4 landscape, header row repeated.
    CHECK(page.find("@page{size:A4 landscape;") != std::string::npos);
    CHECK(page.find("thead{display:table-header-group}") != std::string::npos);
    // The glossary spells out what the page uses, and not what it does not.
    CHECK(page.find("<dt>KS4</dt>") != std::string::npos);
    CHECK(page.find("<dt>RAG</dt>") != std::string::npos);
    CHECK(page.find("<dt>CFWS</dt>") != std::string::npos);
}

TEST_CASE("the page links the workbook and the PDF with their type and size", "[html][page]") {
    ScratchDir dir("html-links");
    const std::string page = build_page(dir, "children-families-2022-23-q3.txt");
    const auto kb = [](const std::string& path) {
        return std::to_string((Poco::File(path).getSize() + 1023) / 1024) + " KB";
    };
    const std::string xlsx = dir.file("children-families-2022-23-q3.xlsx"), pdf = dir.file("children-families-2022-23-q3.pdf");
    CHECK(page.find("<a href=\"children-families-2022-23-q3.xlsx\">") != std::string::npos);
    CHECK(page.find("(Excel workbook, " + kb(xlsx) + ")</a>") != std::string::npos);
    CHECK(page.find("<a href=\"children-families-2022-23-q3.pdf\">") != std::string::npos);
    CHECK(page.find("(PDF document, " + kb(pdf) + ")</a>") != std::string::npos);
}

TEST_CASE("the 2019/20 page: outcomes as heading rows, RAG letters read as words, charts with values", "[html][page]") {
    ScratchDir dir("html-sectioned");
    // Earlier quarters in the history store give the trend charts points to draw.
    const std::string store = dir.file("history.sqlite");
    const CommandResult imported = run_scorecard(
        {"history", "import", fixture_path("history/2019-20-earlier-quarters-made-up.csv"), "--history", store});
    INFO(imported.err);
    REQUIRE(imported.exit_code == 0);
    const CommandResult r = run_scorecard({"build", fixture_path("children-families-2019-20-q3.txt"), "-o",
                                           dir.file("out"), "--history", store, "--formats", "html"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const std::string page = without_summary(read_file(dir.file("out/children-families-2019-20-q3.html")));
    CHECK(page.find("by outcome") != std::string::npos);
    const std::size_t headings = count_of(page, "<tr><th scope=\"rowgroup\" class=\"group\" colspan=\"8\">");
    CHECK(headings == 6);
    CHECK(count_of(page, "<tbody>") == headings);
    CHECK(count_of(page, "<th scope=\"row\">") == 30);
    // A letter is seen as the letter and heard as the word.
    CHECK(page.find("<span aria-hidden=\"true\">A</span><span class=\"sr-only\">Amber</span>") != std::string::npos);
    // A chart is an image named with every value, oldest first; the values are shown too.
    CHECK(page.find("<svg role=\"img\"") != std::string::npos);
    CHECK(page.find("aria-label=\"Trend chart of the last 3 data points, oldest first: Q1 2019/20 96.0%, Q2 2019/20 "
                    "95.1%, Q3 93.0% (latest). The bars start at 91.50%, not zero.\"") != std::string::npos);
    CHECK(page.find("<li>Q2 2019/20: 95.1%</li>") != std::string::npos);
    // Only the page was asked for: no links to files that were not written.
    CHECK(page.find("Download this scorecard") == std::string::npos);
    CHECK_FALSE(file_exists(dir.file("out/children-families-2019-20-q3.xlsx")));
    CHECK_FALSE(file_exists(dir.file("out/children-families-2019-20-q3.pdf")));
    // The key says what each colour means in words.
    CHECK(page.find("<h2 id=\"rag-key\">RAG rating key</h2>") != std::string::npos);
    CHECK(page.find("Top quartile of local authorities") != std::string::npos);
    // This table never says CFWS: the glossary does not explain it.
    CHECK(page.find("<dt>CFWS</dt>") == std::string::npos);
    CHECK(page.find("<dt>SEND</dt>") != std::string::npos);
}

TEST_CASE("hostile text from the table reaches the page as text", "[html][page]") {
    ScratchDir dir("html-hostile");
    const std::string whole = build_page(dir, "variants/hostile-text.csv", {"--formats", "html"});
    const std::string page = without_summary(whole);
    const std::string source = read_file(fixture_path("variants/hostile-text.csv"));
    // Only the markup scorecard writes: no element the input could have brought in.
    for (const char* tag : {"<script", "<img", "<iframe", "<svg onload", "<a href=\"javascript", "onerror="})
        CHECK(whole.find(tag) == std::string::npos);
    CHECK(count_of(page, "<table") == 1);
    CHECK(count_of(page, "</table>") == 1);
}

TEST_CASE("the page's charts: bars placed by time, labels on the first and last, colours of 3:1", "[html][chart]") {
    ScratchDir dir("html-chart-geometry");
    const std::string history = dir.file("history.sqlite");
    const CommandResult imported = run_scorecard(
        {"history", "import", fixture_path("history/past-quarters-made-up.csv"), "--history", history});
    INFO(imported.err);
    REQUIRE(imported.exit_code == 0);
    const CommandResult built = run_scorecard({"build", fixture_path("children-families-2022-23-q3.txt"), "-o",
                                               dir.path(), "--history", history, "--formats", "html", "--quiet"});
    INFO(built.err);
    REQUIRE(built.exit_code == 0);
    const std::string page = read_file(dir.file("children-families-2022-23-q3.html"));
    // Care leavers EET: Q4 2021/22 and Q1 2022/23 from the store, then Q2 and Q3 2022/23:
    // four quarters in a row, evenly apart.
    const std::size_t at = page.find("aria-label=\"Trend chart of the last 4 data points, oldest first: Q4 2021/22 57.00%");
    REQUIRE(at != std::string::npos);
    const std::string svg = page.substr(at, page.find("</svg>", at) - at);
    std::vector<double> xs;
    std::vector<std::string> fills;
    const std::regex rect("<rect class=\"(earlier|latest)\" x=\"([0-9.]+)\" y=\"[0-9.]+\" width=\"([0-9.]+)\"[^>]*? fill=\"(#[0-9A-F]{6})\"(?: stroke=\"(#[0-9A-F]{6})\")?");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), rect); it != std::sregex_iterator(); ++it) {
        xs.push_back(std::stod((*it)[2]));
        fills.push_back((*it)[1] == "latest" ? (*it)[4].str() : (*it)[5].str());
    }
    REQUIRE(xs.size() == 4);
    CHECK(xs[1] - xs[0] == Approx(xs[2] - xs[1]).margin(0.03));
    CHECK(xs[3] - xs[2] == Approx(xs[2] - xs[1]).margin(0.03));
    // The store's first point and the latest period label the first and last bars.
    CHECK(svg.find(">Q4 2021/22</text>") != std::string::npos);
    CHECK(svg.find(">Q3 2022/23</text>") != std::string::npos);
    // Every colour written (bars' strokes and fill, axis, labels) has 3:1 on the white page.
    auto luminance = [](const std::string& hex) {
        double l = 0;
        const double weights[3] = {0.2126, 0.7152, 0.0722};
        for (int c = 0; c < 3; ++c) {
            const double s = std::stoi(hex.substr(1 + 2 * c, 2), nullptr, 16) / 255.0;
            l += weights[c] * (s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4));
        }
        return l;
    };
    const std::regex colour("(?:stroke|fill)=\"(#[0-9A-F]{6})\"");
    int colours = 0;
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), colour); it != std::sregex_iterator(); ++it) {
        const std::string hex = (*it)[1];
        if (hex == "#FFFFFF") continue;  // the outlined bars' inside: the page itself
        ++colours;
        INFO(hex);
        CHECK((1.0 + 0.05) / (luminance(hex) + 0.05) >= 3.0);
    }
    CHECK(colours >= 4);
}
