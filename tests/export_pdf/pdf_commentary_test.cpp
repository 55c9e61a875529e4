// Commentary below the indicator's row in the PDF: long commentary carried on over a page
// break between lines, never through one; line breaks of every kind kept; one tagged cell;
// and the template's choice between the row below and a commentary column.
#include <catch2/catch.hpp>

#include <algorithm>

#include "support/pdf_reader.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"

using namespace scorecard::test;

namespace {

const char* const kHeader =
    "Topic,Theme,Indicator,Polarity,Reporting Frequency,Previous Period,Previous Value,Latest Period,Latest Value,"
    "Trend,Target,Status RAG,National benchmark (quartile 1 = top),Most recent Statistical Neighbour average,"
    "Commentary\r\n";

std::string row(const std::string& topic, const std::string& name, const std::string& commentary) {
    return topic + ",Theme," + name + ",High = Good,Quarter,Q3 2023/24,10.0%,Q4 2023/24,12.0%,Increase,N/A,N/A,N/A,N/A,\"" +
           commentary + "\"\r\n";
}

std::string numbered_line(int n) { return "Line " + std::to_string(100 + n) + " of the long commentary, whole."; }

// A table whose first indicator has commentary longer than a page (lines broken CR LF), and
// whose second has lines broken by a lone CR with empty lines between.
std::string long_commentary_table() {
    std::string lines;
    for (int n = 1; n <= 70; ++n) lines += (n > 1 ? "\r\n" : "") + numbered_line(n);
    return std::string(kHeader) + row("Topic one", "Indicator with a long commentary", lines) +
           row("Topic one", "Indicator after it", "First paragraph.\r\r\r\rSecond paragraph.\rThird line.");
}

}  // namespace

TEST_CASE("long commentary carries on over the page break between two lines, the header row repeated",
          "[pdf][commentary]") {
    ScratchDir dir("pdf-commentary");
    write_file(dir.file("long.csv"), long_commentary_table());
    const CommandResult r = run_scorecard({"build", dir.file("long.csv"), "-o", dir.file("out")});
    REQUIRE(r.exit_code == 0);
    PdfReader pdf(dir.file("out/long.pdf"));
    const std::vector<std::string> pages = pdf.page_texts(TextMode::Raw);
    // Each line of the commentary is on exactly one page, whole, in order.
    std::vector<int> page_of;
    for (int n = 1; n <= 70; ++n) {
        int found = -1, times = 0;
        for (std::size_t p = 0; p < pages.size(); ++p)
            if (pages[p].find(numbered_line(n) + "\n") != std::string::npos) {
                found = static_cast<int>(p);
                ++times;
            }
        INFO(numbered_line(n));
        REQUIRE(times == 1);
        page_of.push_back(found);
    }
    CHECK(std::is_sorted(page_of.begin(), page_of.end()));
    REQUIRE(page_of.front() < page_of.back());  // it did carry on
    const std::string& next = pages[static_cast<std::size_t>(page_of.back())];
    CHECK(next.find("Polarity") != std::string::npos);  // the header row again
    CHECK(next.find("Line 170 of the long commentary, whole.") < next.find("Indicator after it"));
    // No warning that text was cut: nothing was.
    CHECK(r.err.find("cut") == std::string::npos);

    // One cell of the structure tree holds the whole commentary across both pages.
    const std::string tree = pdf.struct_text();
    const std::size_t first = tree.find(numbered_line(1));
    REQUIRE(first != std::string::npos);
    const std::size_t last = tree.find(numbered_line(70));
    REQUIRE(last != std::string::npos);
    CHECK(tree.substr(first, last - first).find("TD") == std::string::npos);
    CHECK(tree.substr(0, first).rfind("/ColSpan 1") != std::string::npos);
    CHECK(pdf.qpdf_check().exit_code == 0);

    // A lone CR is a line break too; several empty lines are one.
    const std::string all = pdf.text(TextMode::Raw);
    CHECK(all.find("Second paragraph.\nThird line.") != std::string::npos);
    // The empty line between the paragraphs is kept, as one (seen in the page's layout).
    const std::string layout = pdf.text(TextMode::Layout);
    const std::size_t paragraph = layout.find("First paragraph.");
    REQUIRE(paragraph != std::string::npos);
    const std::size_t second = layout.find("Second paragraph.", paragraph);
    REQUIRE(second != std::string::npos);
    const std::string between = layout.substr(paragraph, second - paragraph);
    CHECK(std::count(between.begin(), between.end(), '\n') == 2);
    CHECK(tree.find("First paragraph. Second paragraph. Third line.") != std::string::npos);
}

TEST_CASE("a template shows commentary in its column or below the row, not both", "[pdf][commentary][template]") {
    ScratchDir dir("pdf-commentary-template");
    const std::string table = fixture_path("quarters/made-up-2023-24-q4.csv");

    SECTION("the A3 template's column keeps the line break, and there is no row below") {
        const CommandResult r = run_scorecard({"build", table, "-o", dir.file("a3"), "-t", "landscape-a3"});
        REQUIRE(r.exit_code == 0);
        PdfReader pdf(dir.file("a3/made-up-2023-24-q4.pdf"));
        const std::string tree = pdf.struct_text();
        CHECK(tree.find("/ColSpan 17") == std::string::npos);
        const std::string text = pdf.text(TextMode::Raw);
        const std::size_t at = text.find("Agency cover");
        REQUIRE(at != std::string::npos);
        CHECK(text[at - 1] == '\n');  // the source's line break starts a line
    }

    SECTION("asking for both is an error naming the key") {
        std::string json = read_file(source_path("output_templates/landscape-a3.json"));
        const std::size_t end = json.rfind('}');
        json.insert(end, ",\n  \"commentary\": { \"below_row\": true }\n");
        write_file(dir.file("both.json"), json);
        const CommandResult r = run_scorecard({"build", table, "-o", dir.file("both"), "-t", dir.file("both.json")});
        CHECK(r.exit_code == 2);
        CHECK(r.err.find("commentary.below_row") != std::string::npos);
        CHECK(r.err.find("not both") != std::string::npos);
    }

    SECTION("below_row false leaves commentary to the Data sheet") {
        std::string json = read_file(source_path("output_templates/flat-2022-23.json"));
        const std::string on = "\"below_row\": true";
        json.replace(json.find(on), on.size(), "\"below_row\": false");
        write_file(dir.file("off.json"), json);
        const CommandResult r = run_scorecard({"build", table, "-o", dir.file("off"), "-t", dir.file("off.json")});
        REQUIRE(r.exit_code == 0);
        PdfReader pdf(dir.file("off/made-up-2023-24-q4.pdf"));
        CHECK(pdf.text().find("Agency cover") == std::string::npos);
    }
}
