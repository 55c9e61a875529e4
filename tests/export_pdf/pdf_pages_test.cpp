// Page numbers a viewer shows, bookmarks, page sizes and orientations, and what the build warns
// about the layout: read back from `scorecard build`'s PDF (qpdf's JSON, pdftotext) and workbook.
#include <catch2/catch.hpp>

#include <regex>

#include <podofo/podofo.h>

#include "pdf_test_support.hpp"
#include "stages/compute/compute.hpp"
#include "support/pdf_reader.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"
#include "support/xlsx_reader.hpp"

using namespace scorecard;
using namespace scorecard::test;

namespace {

const std::map<std::string, std::string> kFixedTime{{"SOURCE_DATE_EPOCH", "1675166400"}};

struct Built {
    CommandResult result;
    std::string pdf, xlsx;
};

Built build(const ScratchDir& dir, const std::string& fixture, std::vector<std::string> extra) {
    std::vector<std::string> args{"build", fixture_path(fixture + ".txt"), "-o", dir.path(), "--no-history"};
    args.insert(args.end(), extra.begin(), extra.end());
    Built b;
    b.result = run_scorecard(args, kFixedTime);
    b.pdf = dir.file(fixture + ".pdf");
    b.xlsx = dir.file(fixture + ".xlsx");
    return b;
}

// The number each page's footer prints ("Page 37", "Page 37 of 40"), from pdftotext.
std::vector<std::string> printed_numbers(const PdfReader& pdf) {
    std::vector<std::string> numbers;
    const std::regex footer("Page ([0-9]+)");
    for (const std::string& text : pdf.page_texts()) {
        std::smatch m;
        std::string last;
        for (auto it = std::sregex_iterator(text.begin(), text.end(), footer); it != std::sregex_iterator(); ++it)
            last = (*it)[1];
        numbers.push_back(last);
    }
    return numbers;
}

// The first page whose text holds `words` (collapsed), or -1.
int first_page_with(const PdfReader& pdf, const std::string& words) {
    const auto pages = pdf.page_texts();
    for (std::size_t i = 0; i < pages.size(); ++i)
        if (collapse_whitespace(pages[i]).find(collapse_whitespace(words)) != std::string::npos) return static_cast<int>(i);
    return -1;
}

}  // namespace

TEST_CASE("the viewer's page labels are the printed page numbers", "[pdf][pages]") {
    if (!tool_or_skip("qpdf", "qpdf")) return;
    for (const std::string fixture : {"children-families-2022-23-q3", "children-families-2019-20-q3"}) {
        ScratchDir dir("page-labels");
        const Built b = build(dir, fixture, {"--first-page", "37"});
        INFO(b.result.err);
        REQUIRE(b.result.exit_code == 0);
        PdfReader pdf(b.pdf);
        const std::vector<std::string> printed = printed_numbers(pdf);
        REQUIRE(printed.size() == static_cast<std::size_t>(pdf.page_count()));
        CHECK(printed.front() == "37");
        CHECK(pdf.page_labels() == printed);
        CHECK(pdf.qpdf_check().exit_code == 0);
    }
}

TEST_CASE("each topic or outcome is a bookmark to the page it starts on", "[pdf][pages]") {
    if (!tool_or_skip("qpdf", "qpdf")) return;
    ScratchDir dir("bookmarks");
    const Built flat = build(dir, "children-families-2022-23-q3", {});
    REQUIRE(flat.result.exit_code == 0);
    PdfReader pdf(flat.pdf);
    const auto marks = pdf.bookmarks();
    // The summary page first, then one bookmark per topic.
    REQUIRE(marks.size() == 6);
    CHECK(marks[0].title == "Summary");
    CHECK(marks[0].page == 0);
    CHECK(marks[1].title == "Help children and their families build strength, resilience, confidence and capacity");
    for (std::size_t k = 1; k < marks.size(); ++k) {
        const auto& mark = marks[k];
        INFO(mark.title);
        CHECK(mark.depth == 0);
        CHECK(mark.page == first_page_with(pdf, mark.title));
    }
    // The viewer opens with the bookmarks shown.
    CHECK(pdf.document().GetCatalog()->GetDictionary().GetKey("PageMode")->GetName().GetName() == "UseOutlines");

    ScratchDir sectioned_dir("bookmarks-sectioned");
    const Built sectioned = build(sectioned_dir, "children-families-2019-20-q3", {});
    REQUIRE(sectioned.result.exit_code == 0);
    PdfReader sectioned_pdf(sectioned.pdf);
    const auto outcomes = sectioned_pdf.bookmarks();
    REQUIRE(!outcomes.empty());
    for (const auto& mark : outcomes) CHECK(mark.page == first_page_with(sectioned_pdf, mark.title));
}

TEST_CASE("an even --first-page is a warning when the template wants right-hand starts", "[pdf][pages]") {
    ScratchDir dir("left-hand");
    const Built even = build(dir, "made-up-one-page", {"--first-page", "38"});
    REQUIRE(even.result.exit_code == 0);
    CHECK(even.result.err.find("warning: the first page is numbered 38, an even (left-hand) page") != std::string::npos);
    // It is in the workbook's Findings sheet too.
    XlsxWorkbook workbook(even.xlsx);
    bool in_findings = false;
    for (const auto& [ref, cell] : workbook.sheet("Findings").cells)
        in_findings = in_findings || cell.text.find("even (left-hand) page") != std::string::npos;
    CHECK(in_findings);

    ScratchDir odd_dir("right-hand");
    const Built odd = build(odd_dir, "made-up-one-page", {"--first-page", "37"});
    REQUIRE(odd.result.exit_code == 0);
    CHECK(odd.result.err.find("left-hand") == std::string::npos);

    // A template that lets items start anywhere takes any first page.
    std::string text = read_file(source_path("output_templates/flat-2022-23.json"));
    text.replace(text.find("\"footer\""), 0, "\"item_start\": \"any\", ");
    write_file(dir.file("any.json"), text);
    ScratchDir any_dir("any-start");
    const Built any = build(any_dir, "made-up-one-page", {"--first-page", "38", "-t", dir.file("any.json")});
    REQUIRE(any.result.exit_code == 0);
    CHECK(any.result.err.find("left-hand") == std::string::npos);
}

TEST_CASE("{pages} is the last page's number, blank pages included", "[pdf][pages]") {
    ScratchDir dir("pages-placeholder");
    const Built b = build(dir, "children-families-2022-23-q3", {"-t", "portrait-a4", "--first-page", "37"});
    INFO(b.result.err);
    REQUIRE(b.result.exit_code == 0);
    PdfReader pdf(b.pdf);
    const int last = 37 + pdf.page_count() - 1;
    const std::string council = "Leicestershire County Council";
    for (int i = 0; i < pdf.page_count(); ++i) {
        const std::string text = collapse_whitespace(pdf.page_text(i));
        INFO(text);
        CHECK(text.find(council + " | Page " + std::to_string(37 + i) + " of " + std::to_string(last)) !=
              std::string::npos);
    }
    // The workbook's footer gets Excel's codes for the same placeholders.
    XlsxWorkbook workbook(b.xlsx);
    CHECK(workbook.sheet("Scorecard").print.footer == "&CPage &P of &N");
}

TEST_CASE("portrait A4 and landscape A3 templates build both seeds", "[pdf][pages]") {
    if (!tool_or_skip("qpdf", "qpdf")) return;
    struct Case {
        std::string template_name;
        double width, height;  // points
        int paper;             // Excel's code
        std::string orientation;
    };
    for (const Case& c : {Case{"portrait-a4", 595.28, 841.89, 9, "portrait"}, Case{"landscape-a3", 1190.55, 841.89, 8, "landscape"}}) {
        for (const std::string fixture : {"children-families-2022-23-q3", "children-families-2019-20-q3"}) {
            INFO(c.template_name << " " << fixture);
            ScratchDir dir("page-shapes");
            const Built b = build(dir, fixture, {"-t", c.template_name});
            INFO(b.result.err);
            REQUIRE(b.result.exit_code == 0);
            PdfReader pdf(b.pdf);
            REQUIRE(pdf.page_count() >= 1);
            CHECK(pdf.page_count() % 2 == 0);
            for (int i = 0; i < pdf.page_count(); ++i) {
                CHECK(pdf.page_size(i).width == Approx(c.width).margin(0.1));
                CHECK(pdf.page_size(i).height == Approx(c.height).margin(0.1));
            }
            CHECK(pdf.qpdf_check().exit_code == 0);
            // Every indicator's name is on the pages (nothing fell off the narrower page).
            const std::string text = collapse_whitespace(pdf.text());
            CHECK(text.find("Children and Families Performance") != std::string::npos);
            CHECK(text.find(fixture == "children-families-2022-23-q3" ? "Individuals worked with by CFWS during period"
                                                                      : "% child protection cases which were reviewed") !=
                  std::string::npos);
            // No figure is broken over two lines in these templates: the build says so when one is.
            CHECK(b.result.err.find("breaks over two lines") == std::string::npos);

            XlsxWorkbook workbook(b.xlsx);
            for (const std::string sheet : {"Scorecard", "Data", "Findings", "About"}) {
                INFO(sheet);
                CHECK(workbook.sheet(sheet).print.paper_size == c.paper);
                CHECK(workbook.sheet(sheet).print.orientation == c.orientation);
            }
        }
    }
}

TEST_CASE("a column too narrow for its widest figure is a warning naming it", "[pdf][pages]") {
    ScratchDir dir("narrow-column");
    std::string text = read_file(source_path("output_templates/flat-2022-23.json"));
    const std::string from = "{ \"field\": \"latest_value\", \"heading\": \"Latest Value\", \"width_mm\": 14";
    REQUIRE(text.find(from) != std::string::npos);
    text.replace(text.find(from), from.size(), "{ \"field\": \"latest_value\", \"heading\": \"Latest Value\", \"width_mm\": 6");
    write_file(dir.file("narrow.json"), text);
    const Built b = build(dir, "children-families-2022-23-q3", {"-t", dir.file("narrow.json")});
    REQUIRE(b.result.exit_code == 0);
    INFO(b.result.err);
    CHECK(b.result.err.find("warning: column \"Latest Value\" (latest_value) leaves") != std::string::npos);
    CHECK(b.result.err.find("breaks over two lines; widen the column") != std::string::npos);
    // Only that column: the others hold their figures.
    CHECK(b.result.err.find("column \"Previous Value\"") == std::string::npos);
}

TEST_CASE("{pages} counts the pages the corrections list runs on to", "[pdf][pages][publish]") {
    // 120 indicators in the top quartile whose figures rose, each stated "Decrease" and rated
    // Red: more corrections than fit below the table, so the list takes pages of its own that
    // {pages} must count.
    auto table_of_corrections = [](SourceLayout source_layout) {
        Scorecard s = made_up_scorecard(2, 60);
        s.layout = source_layout;
        s.for_each_indicator([](Indicator& i) {
            i.stated_trend.text = "Decrease";
            i.stated_rag.rag = Rag::Red;
            i.stated_rag.text = "Red";
        });
        Findings findings("made-up");
        compute(s, RatingRules{}, findings);
        return s;
    };
    const Scorecard flat = table_of_corrections(SourceLayout::Flat);
    const Scorecard sectioned = table_of_corrections(SourceLayout::Sectioned);
    struct Case {
        std::string template_name;
        const Scorecard* scorecard;
        bool rag_key;
    };
    for (const Case& c : {Case{"portrait-a4", &sectioned, true}, Case{"portrait-a4", &sectioned, false},
                          Case{"landscape-a3", &flat, true}, Case{"flat-2022-23", &flat, true},
                          Case{"flat-2022-23", &flat, false}}) {
        INFO(c.template_name << (c.rag_key ? " with" : " without") << " the RAG key");
        OutputTemplate layout = named_template(c.template_name);
        layout.pdf_footer = "Page {page} of {pages}";
        layout.show_rag_key = c.rag_key;
        ScratchDir dir("pages-corrections");
        const std::string path = dir.file("corrections.pdf");
        const PdfSummary summary = write_pdf(*c.scorecard, layout, test_context(37), path);
        PdfReader pdf(path);
        REQUIRE(pdf.page_count() == summary.pages);
        const std::string last = std::to_string(37 + pdf.page_count() - 1);
        int list_pages = 0;  // pages the list carries on to, after the table's last
        for (int i = 0; i < pdf.page_count(); ++i) {
            const std::string text = collapse_whitespace(pdf.page_text(i));
            INFO("page " << i + 1 << ": " << text.substr(0, 200));
            if (text.find("Corrections to the source table (continued)") != std::string::npos) ++list_pages;
            CHECK(text.find("Page " + std::to_string(37 + i) + " of " + last) != std::string::npos);
        }
        CHECK(list_pages >= 2);
    }
}
