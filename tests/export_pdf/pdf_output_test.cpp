// The PDF read back as a reader (and poppler, qpdf and PoDoFo) sees it.
#include <catch2/catch.hpp>

#include <algorithm>

#include <podofo/podofo.h>

#include "pdf_test_support.hpp"
#include "stages/export/common/cell_content.hpp"
#include "stages/export/common/table_rows.hpp"
#include "support/pdf_reader.hpp"
#include "support/test_paths.hpp"

using namespace scorecard;
using namespace scorecard::test;

namespace {

const char* const kFlatSeed = "children-families-2022-23-q3.txt";
const char* const kSectionedSeed = "children-families-2019-20-q3.txt";
const char* const kBlankText = "This page is intentionally left blank";

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

int count_of(const std::string& haystack, const std::string& needle) {
    int n = 0;
    for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
    return n;
}

// Every page is A4 landscape.
void require_a4_landscape(const PdfReader& pdf) {
    for (int i = 0; i < pdf.page_count(); ++i) {
        const PageSize size = pdf.page_size(i);
        CHECK(size.width == Approx(841.89).margin(0.01));
        CHECK(size.height == Approx(595.28).margin(0.01));
    }
}

void require_qpdf_clean(const PdfReader& pdf) {
    const CommandResult r = pdf.qpdf_check();
    INFO(r.out << r.err);
    CHECK(r.exit_code == 0);
    CHECK(contains(r.out, "No syntax or stream encoding errors found"));
    CHECK(r.err.empty());
}

// Every indicator's name and every figure or word its row shows is in the text, in the order
// of the columns, one row after another (pdftotext -raw keeps the order the cells were drawn
// in). The Topic column is left out: it is drawn once for all the rows of its topic on a page.
void require_every_row_in_reading_order(const FixtureScorecard& f, const std::string& raw_text) {
    const std::string text = collapse_whitespace(raw_text);
    std::size_t cursor = 0;
    f.scorecard.for_each_indicator([&](const Indicator& indicator) {
        INFO("indicator: " << indicator.name.text);
        for (const ColumnSpec& column : f.layout.columns) {
            if (column.field == ColumnField::Topic) continue;
            const std::string shown = column.field == ColumnField::Indicator
                                          ? collapse_whitespace(indicator.name.text)
                                          : collapse_whitespace(cell_content(column, indicator).text);
            if (shown.empty()) continue;
            INFO("column " << column.heading << ": " << shown);
            INFO("text from here: " << text.substr(cursor, 200));
            const std::size_t found = text.find(shown, cursor);
            REQUIRE(found != std::string::npos);
            cursor = found + shown.size();
        }
    });
}

}  // namespace

TEST_CASE("the 2022/23 seed gives an A4 landscape scorecard that qpdf finds clean", "[pdf][seed]") {
    ScratchDir dir("pdf-flat-seed");
    const std::string path = dir.file("flat.pdf");
    const PdfSummary summary = fixture_pdf(kFlatSeed, path);
    PdfReader pdf(path);
    CHECK(pdf.page_count() == summary.pages);
    CHECK(summary.pages == summary.table_pages + summary.blank_pages);
    CHECK(summary.table_pages >= 2);  // 30 indicators do not fit one page
    CHECK(summary.rows_cut == 0);
    require_a4_landscape(pdf);
    require_qpdf_clean(pdf);
    const auto info = pdf.info();
    CHECK(info.at("Page size") == "841.89 x 595.276 pts (A4)");
    CHECK(info.at("PDF version") == "1.7");
}

TEST_CASE("every indicator of the 2022/23 seed, with each value as the source showed it, reads in row order",
          "[pdf][seed][text]") {
    ScratchDir dir("pdf-flat-text");
    const std::string path = dir.file("flat.pdf");
    fixture_pdf(kFlatSeed, path);
    PdfReader pdf(path);
    const FixtureScorecard f = read_fixture(kFlatSeed);
    REQUIRE(f.scorecard.indicator_count() == 30);
    require_every_row_in_reading_order(f, pdf.text(TextMode::Raw));
    // Figures exactly as the source wrote them.
    const std::string text = pdf.text(TextMode::Raw);
    for (const char* shown : {"3,775", "3,489", "22.60%", "22.74%", "80.7", "0.01", "-0.64", "<20.8%", ">92.0%"})
        CHECK(contains(text, shown));
    // Each topic's name is there.
    for (const Group& g : f.scorecard.groups) CHECK(contains(collapse_whitespace(text), g.name));
}

TEST_CASE("pdftotext -layout puts a row's single-line cells on one line, left to right", "[pdf][text]") {
    ScratchDir dir("pdf-flat-layout");
    const std::string path = dir.file("flat.pdf");
    fixture_pdf(kFlatSeed, path);
    PdfReader pdf(path);
    const std::string text = pdf.text(TextMode::Layout);
    std::string line;
    for (std::size_t start = 0, end; start < text.size(); start = end + 1) {
        end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        if (contains(text.substr(start, end - start), "Care leavers EET")) line = text.substr(start, end - start);
    }
    REQUIRE_FALSE(line.empty());
    std::size_t cursor = 0;
    for (const char* cell : {"Social Care", "Care leavers EET", "High =", "Quarter", "Q2 2022/23", "61.30%", "Q3 2022/23",
                             "64.50%", "Increase", ">54.0%", "Green", "1", "54.0%"}) {
        INFO(line << "\nlooking for " << cell);
        const std::size_t at = line.find(cell, cursor);
        REQUIRE(at != std::string::npos);
        cursor = at + std::string(cell).size();
    }
}

TEST_CASE("the 2019/20 seed renders its outcome headings, counts, RAG letters and key", "[pdf][seed][text]") {
    ScratchDir dir("pdf-sectioned-seed");
    const std::string path = dir.file("sectioned.pdf");
    const PdfSummary summary = fixture_pdf(kSectionedSeed, path);
    PdfReader pdf(path);
    CHECK(pdf.page_count() == summary.pages);
    require_a4_landscape(pdf);
    require_qpdf_clean(pdf);
    const FixtureScorecard f = read_fixture(kSectionedSeed);
    REQUIRE(f.layout.table_layout == TemplateLayout::Sectioned);
    require_every_row_in_reading_order(f, pdf.text(TextMode::Raw));
    const std::string text = collapse_whitespace(pdf.text(TextMode::Raw));
    for (const Group& g : f.scorecard.groups) CHECK(contains(text, g.name));
    CHECK(contains(text, "Children and Families Performance FY2019/20 Q3"));
    CHECK(contains(text, "15.2% (28)"));
    CHECK(contains(text, "2205 (80%)"));
    CHECK(contains(text, "RAG rating key"));
    CHECK(contains(text, "Green: Top quartile of local authorities or high in second quartile with improving trend"));
    CHECK(contains(text, "Amber: Second or third quartile with room for improvement"));
    CHECK(contains(text, "Red: Fourth quartile or low in the third quartile with a declining trend"));
    // The key comes after the last indicator.
    CHECK(text.find("RAG rating key") > text.find("NEET young people aged 16-17"));
}

TEST_CASE("the header row is repeated at the top of every table page", "[pdf][text]") {
    ScratchDir dir("pdf-header");
    const std::string path = dir.file("even.pdf");
    const PdfSummary summary = fixture_pdf("made-up-even-pages.txt", path);
    PdfReader pdf(path);
    const auto pages = pdf.page_texts(TextMode::Raw);
    REQUIRE(static_cast<int>(pages.size()) == summary.pages);
    for (int i = 0; i < summary.table_pages; ++i) {
        const std::string page = collapse_whitespace(pages[static_cast<std::size_t>(i)]);
        INFO("page " << i + 1);
        CHECK(contains(page, "Topic Theme Indicator Polarity Reporting Frequency Previous Period"));
        CHECK(contains(page, "Most recent Statistical Neighbour average"));
        // The title block is on the first page only.
        CHECK(contains(page, "Children and Families Performance FY2022/23 Q3") == (i == 0));
    }
}

TEST_CASE("a blank page is added exactly when the scorecard's page count is odd", "[pdf][blank]") {
    ScratchDir dir("pdf-blank");
    SECTION("one page of table gets a blank page after it") {
        const std::string path = dir.file("one.pdf");
        const PdfSummary summary = fixture_pdf("made-up-one-page.txt", path);
        REQUIRE(summary.table_pages == 1);
        PdfReader pdf(path);
        REQUIRE(pdf.page_count() == 2);
        CHECK(summary.blank_pages == 1);
        const std::string last = pdf.page_text(1, TextMode::Raw);
        CHECK(collapse_whitespace(last) == std::string(kBlankText) + " Page 2");
        require_qpdf_clean(pdf);
    }
    SECTION("a table that fills an even number of pages gets none") {
        const std::string path = dir.file("even.pdf");
        const PdfSummary summary = fixture_pdf("made-up-even-pages.txt", path);
        REQUIRE(summary.table_pages % 2 == 0);
        REQUIRE(summary.table_pages >= 4);
        PdfReader pdf(path);
        CHECK(pdf.page_count() == summary.table_pages);
        CHECK(summary.blank_pages == 0);
        CHECK_FALSE(contains(pdf.text(), kBlankText));
    }
    SECTION("the booklet rule pads to a multiple of four") {
        const std::string path = dir.file("booklet.pdf");
        const PdfSummary summary = fixture_pdf("made-up-one-page.txt", path, 1,
                                               [](OutputTemplate& t) { t.blank_page_rule = BlankPageRule::MultipleOfFour; });
        PdfReader pdf(path);
        CHECK(pdf.page_count() == 4);
        CHECK(summary.blank_pages == 3);
        const auto pages = pdf.page_texts();
        for (int i = 1; i < 4; ++i) CHECK(contains(pages[static_cast<std::size_t>(i)], kBlankText));
    }
    SECTION("the rule can be turned off") {
        const std::string path = dir.file("off.pdf");
        const PdfSummary summary =
            fixture_pdf("made-up-one-page.txt", path, 1, [](OutputTemplate& t) { t.blank_page_rule = BlankPageRule::Off; });
        PdfReader pdf(path);
        CHECK(pdf.page_count() == 1);
        CHECK(summary.blank_pages == 0);
        CHECK_FALSE(contains(pdf.text(), kBlankText));
    }
    SECTION("the template's own sentence is used") {
        const std::string path = dir.file("own.pdf");
        fixture_pdf("made-up-one-page.txt", path, 1, [](OutputTemplate& t) { t.blank_page_text = "Deliberately blank"; });
        PdfReader pdf(path);
        CHECK(collapse_whitespace(pdf.page_text(1)) == "Deliberately blank Page 2");
    }
}

TEST_CASE("footers read Page N on every page, counting from --first-page", "[pdf][footer]") {
    ScratchDir dir("pdf-footer");
    const int first = GENERATE(1, 7, 120);
    const std::string path = dir.file("footer-" + std::to_string(first) + ".pdf");
    const PdfSummary summary = fixture_pdf("made-up-one-page.txt", path, first);
    PdfReader pdf(path);
    const auto pages = pdf.page_texts(TextMode::Raw);
    REQUIRE(static_cast<int>(pages.size()) == summary.pages);
    for (std::size_t i = 0; i < pages.size(); ++i) {
        const std::string expected = "Page " + std::to_string(first + static_cast<int>(i));
        const std::string page = collapse_whitespace(pages[i]);
        INFO(page);
        // The footer is the last thing on the page, and no other page number is there.
        CHECK(page.size() >= expected.size());
        CHECK(page.substr(page.size() - expected.size()) == expected);
        CHECK(count_of(page, "Page ") == 1);
    }
}

TEST_CASE("Liberation Sans regular and bold are embedded as Identity-H subsets with ToUnicode", "[pdf][fonts]") {
    ScratchDir dir("pdf-fonts");
    const std::string path = dir.file("flat.pdf");
    fixture_pdf(kFlatSeed, path);
    PdfReader pdf(path);
    const auto fonts = pdf.fonts();
    REQUIRE(fonts.size() == 2);
    std::vector<std::string> names;
    for (const auto& f : fonts) {
        INFO(f.name);
        CHECK(f.embedded);
        CHECK(f.subset);
        CHECK(f.unicode);
        CHECK(f.encoding == "Identity-H");
        CHECK(f.type == "CID TrueType");
        // Subset names are a six-letter tag and the font's own name.
        REQUIRE(f.name.size() > 7);
        CHECK(f.name[6] == '+');
        names.push_back(f.name.substr(7));
    }
    std::sort(names.begin(), names.end());
    CHECK(names == std::vector<std::string>{"LiberationSans", "LiberationSans-Bold"});
}

TEST_CASE("Unicode in the table shows and extracts: curly quotes, pound, >= and Cyrillic", "[pdf][text][fonts]") {
    ScratchDir dir("pdf-unicode");
    const std::string path = dir.file("unicode.pdf");
    fixture_pdf("made-up-unicode-text.txt", path);
    PdfReader pdf(path);
    const std::string text = collapse_whitespace(pdf.text(TextMode::Raw));
    CHECK(contains(text, u8"Spend per child (£) on “early help” ≥ plan"));
    CHECK(contains(text, u8"Показатель: доля детей ≤ 5 лет"));
    CHECK(contains(text, u8"Made-up topic – money and “quoted” words"));
    CHECK(contains(text, "1,250"));
}

TEST_CASE("the document carries its title, author, subject, keywords, creator and language", "[pdf][metadata]") {
    ScratchDir dir("pdf-metadata");
    const std::string path = dir.file("flat.pdf");
    fixture_pdf(kFlatSeed, path);
    PdfReader pdf(path);
    const OutputTemplate layout = named_template("flat-2022-23");
    const auto info = pdf.info();
    CHECK(info.at("Title") == "Children and Families Performance FY2022/23 Q3");
    CHECK(info.at("Author") == layout.author);
    CHECK(info.at("Subject") == layout.subject);
    CHECK(info.at("Keywords") == layout.keywords);
    CHECK(info.at("Creator") == "scorecard 0.0.0-test");
    CHECK(contains(info.at("Producer"), "PoDoFo 0.9.8"));
    // kFixedTime, 2023-01-31 12:00 UTC, in pdfinfo's own words.
    CHECK(contains(info.at("CreationDate"), "Jan 31 12:00:00 2023"));
    CHECK(contains(info.at("ModDate"), "Jan 31 12:00:00 2023"));
    CHECK(pdf.catalog_lang() == "en-GB");
    CHECK(pdf.display_doc_title());
}

TEST_CASE("two builds with the same creation time are byte-identical, /ID included", "[pdf][reproducible]") {
    ScratchDir dir("pdf-reproducible");
    const std::string a = dir.file("a.pdf"), b = dir.file("b.pdf"), c = dir.file("c.pdf");
    const FixtureScorecard f = read_fixture(kSectionedSeed);
    write_pdf(f.scorecard, f.layout, test_context(), a);
    write_pdf(f.scorecard, f.layout, test_context(), b);
    CHECK(read_file(a) == read_file(b));
    // A different time changes the dates and so the identifier: the /ID follows the content.
    ExportContext later = test_context();
    later.created += 86400;
    write_pdf(f.scorecard, f.layout, later, c);
    CHECK(read_file(a) != read_file(c));
    const std::string id_a = PdfReader(a).trailer_id(), id_c = PdfReader(c).trailer_id();
    CHECK_FALSE(id_a.empty());
    CHECK(id_a != id_c);
    require_qpdf_clean(PdfReader(a));
}

TEST_CASE("a topic split across pages shows its name again on the next page", "[pdf][topics]") {
    ScratchDir dir("pdf-topic-split");
    const std::string path = dir.file("split.pdf");
    // One topic of 60 rows runs over several pages; a second topic follows.
    const Scorecard s = made_up_scorecard(2, 60);
    const PdfSummary summary = write_pdf(s, named_template("flat-2022-23"), test_context(), path);
    REQUIRE(summary.table_pages >= 3);
    PdfReader pdf(path);
    const auto pages = pdf.page_texts(TextMode::Raw);
    int pages_with_topic_1 = 0;
    for (int i = 0; i < summary.table_pages; ++i) {
        const std::string page = collapse_whitespace(pages[static_cast<std::size_t>(i)]);
        // Each table page that holds a row of topic 1 shows the topic's name.
        const bool has_row_of_topic_1 = [&] {
            for (int n = 1; n <= 60; ++n)
                if (contains(page, "Made-up indicator number " + std::to_string(n) + " High")) return true;
            return false;
        }();
        if (has_row_of_topic_1) {
            ++pages_with_topic_1;
            CHECK(contains(page, "Made-up topic 1"));
        }
    }
    CHECK(pages_with_topic_1 >= 2);
    // Rows are never lost or repeated across the breaks.
    const std::string text = collapse_whitespace(pdf.text());
    for (int n = 1; n <= 120; ++n) CHECK(count_of(text, "Made-up indicator number " + std::to_string(n) + " ") == 1);
}

TEST_CASE("a very long indicator name wraps in its cell and the row grows to hold it", "[pdf][long]") {
    ScratchDir dir("pdf-long-name");
    Scorecard s = made_up_scorecard(1, 3);
    std::string long_name = "A very long indicator name";
    for (int i = 0; i < 40; ++i) long_name += " that keeps going word" + std::to_string(i);
    s.groups[0].indicators[1].name.text = long_name;
    const std::string path = dir.file("long.pdf");
    const PdfSummary summary = write_pdf(s, named_template("flat-2022-23"), test_context(), path);
    CHECK(summary.rows_cut == 0);
    PdfReader pdf(path);
    const std::string raw = pdf.text(TextMode::Raw);
    // All of it is there, over many lines, and the next row follows it.
    CHECK(contains(collapse_whitespace(raw), long_name));
    CHECK(count_of(raw, "\n") > 40);
    CHECK(collapse_whitespace(raw).find("Made-up indicator number 3") > collapse_whitespace(raw).find("word39"));
    require_qpdf_clean(pdf);
}

TEST_CASE("a row too tall for any page is cut to fit, with an ellipsis, and counted", "[pdf][long]") {
    ScratchDir dir("pdf-huge-name");
    Scorecard s = made_up_scorecard(1, 2);
    std::string huge;
    for (int i = 0; i < 2000; ++i) huge += "word" + std::to_string(i) + " ";
    s.groups[0].indicators[0].name.text = huge;
    const std::string path = dir.file("huge.pdf");
    const PdfSummary summary = write_pdf(s, named_template("flat-2022-23"), test_context(), path);
    CHECK(summary.rows_cut == 1);
    PdfReader pdf(path);
    const std::string text = pdf.text();
    CHECK(contains(text, u8"…"));
    CHECK(contains(text, "word0 "));
    CHECK_FALSE(contains(text, "word1999"));
    CHECK(contains(text, "Made-up indicator number 2"));
    require_qpdf_clean(pdf);
}

TEST_CASE("a scorecard with no indicators still gives a valid PDF with the header row", "[pdf][empty]") {
    ScratchDir dir("pdf-empty");
    Scorecard s;
    s.period = "FY2022/23 Q3";
    const std::string path = dir.file("empty.pdf");
    const PdfSummary summary = write_pdf(s, named_template("flat-2022-23"), test_context(), path);
    CHECK(summary.table_pages == 1);
    CHECK(summary.pages == 2);  // one page of table, and the blank page that makes it even
    PdfReader pdf(path);
    REQUIRE(pdf.page_count() == 2);
    require_qpdf_clean(pdf);
    const std::string page = collapse_whitespace(pdf.page_text(0));
    CHECK(contains(page, "Topic Theme Indicator Polarity"));
    CHECK(contains(page, kNoIndicatorsText));
    CHECK(contains(page, "Page 1"));
    CHECK(pdf.info().at("Title") == "Children and Families Performance FY2022/23 Q3");
}

TEST_CASE("a font file that is missing stops the export with an error naming it", "[pdf][fonts]") {
    ScratchDir dir("pdf-no-font");
    OutputTemplate layout = named_template("flat-2022-23");
    layout.font_regular = "/no/such/font.ttf";
    CHECK_THROWS_AS(write_pdf(made_up_scorecard(1, 1), layout, test_context(), dir.file("x.pdf")), ExportError);
    CHECK_THROWS_WITH(write_pdf(made_up_scorecard(1, 1), layout, test_context(), dir.file("x.pdf")),
                      Catch::Contains("/no/such/font.ttf"));
}

TEST_CASE("a PDF that cannot be written is an export error, not a crash", "[pdf]") {
    CHECK_THROWS_AS(write_pdf(made_up_scorecard(1, 1), named_template("flat-2022-23"), test_context(),
                              "/nonexistent-folder/x.pdf"),
                    ExportError);
}

TEST_CASE("pages sit in small /Pages nodes under the root, in order", "[pdf][scale]") {
    ScratchDir dir("pdf-page-tree");
    const std::string path = dir.file("many.pdf");
    const PdfSummary summary = write_pdf(made_up_scorecard(20, 100), named_template("flat-2022-23"), test_context(), path);
    REQUIRE(summary.pages > 64);
    PdfReader pdf(path);
    REQUIRE(pdf.page_count() == summary.pages);
    PoDoFo::PdfObject* root = pdf.document().GetPagesTree()->GetObject();
    const PoDoFo::PdfArray& kids = root->GetIndirectKey("Kids")->GetArray();
    CHECK(kids.size() == static_cast<std::size_t>((summary.pages + 31) / 32));
    long counted = 0;
    for (const auto& kid : kids) {
        const PoDoFo::PdfObject* node = pdf.document().GetObjects().GetObject(kid.GetReference());
        REQUIRE(node);
        CHECK(node->GetIndirectKeyAsName("Type") == PoDoFo::PdfName("Pages"));
        const long count = static_cast<long>(node->GetIndirectKeyAsLong("Count"));
        CHECK(count <= 32);
        counted += count;
    }
    CHECK(counted == summary.pages);
    CHECK(root->GetIndirectKeyAsLong("Count") == summary.pages);
    // The pages come out in the order they were written: each one's footer is its number.
    const auto pages = pdf.page_texts();
    for (int i = 0; i < summary.pages; i += 13) {
        const std::string page = collapse_whitespace(pages[static_cast<std::size_t>(i)]);
        const std::string footer = "Page " + std::to_string(i + 1);
        CHECK(page.substr(page.size() - footer.size()) == footer);
    }
}
