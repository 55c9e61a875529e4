// No text lost silently: every cell the PDF shortens is a warning, a template that leaves no
// room to read the table is refused naming its key, and a long title fits above the table.
#include <catch2/catch.hpp>

#include <regex>

#include "pdf_test_support.hpp"
#include "stages/export/common/font_measurer.hpp"
#include "stages/export/pdf/page_fit.hpp"
#include "stages/export/pdf/text_cuts.hpp"
#include "support/pdf_reader.hpp"
#include "support/test_paths.hpp"

using namespace scorecard;
using namespace scorecard::test;

namespace {

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

int count_of(const std::string& haystack, const std::string& needle) {
    int n = 0;
    for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
    return n;
}

// "word0 word1 ..." up to exactly `chars` characters.
std::string words_of_length(std::size_t chars, const std::string& stem = "word") {
    std::string text;
    for (int i = 0; text.size() < chars; ++i) text += stem + std::to_string(i) + " ";
    text.resize(chars);
    if (text.back() == ' ') text.back() = 'x';
    return text;
}

std::string refusal(const OutputTemplate& layout, const std::string& title = "A title") {
    try {
        PlaceholderValues values = layout.placeholder_values("FY2022/23 Q3", 1);
        values.title = title;
        pdf::check_page_fit(layout, values);
    } catch (const TemplateError& e) {
        return e.what();
    }
    return "";
}

// The words pdftotext -bbox finds on a page, each with its top and bottom (points from the top).
struct PlacedWord {
    std::string text;
    double top = 0, bottom = 0;
};

std::vector<PlacedWord> words_on_page(const std::string& path, int page) {
    const CommandResult r = run_pdf_tool(
        "pdftotext", {"-bbox", "-f", std::to_string(page), "-l", std::to_string(page), path, "-"});
    std::vector<PlacedWord> words;
    const std::regex word(R"re(<word xMin="[0-9.]+" yMin="([0-9.]+)" xMax="[0-9.]+" yMax="([0-9.]+)">([^<]*)</word>)re");
    for (std::sregex_iterator it(r.out.begin(), r.out.end(), word), end; it != end; ++it)
        words.push_back({(*it)[3], std::stod((*it)[1]), std::stod((*it)[2])});
    return words;
}

}  // namespace

TEST_CASE("counting a cut: the words and characters the page still shows", "[pdf][cut]") {
    const std::string text = "alpha beta gamma delta";
    // Cut after "beta" at a space, and inside "gamma".
    pdf::TextCut at_space = pdf::count_cut(text, {"alpha ", u8"beta …"}, 2);
    CHECK(at_space.column == 2);
    CHECK(at_space.total_words == 4);
    CHECK(at_space.total_chars == 22);
    pdf::TextCut inside = pdf::count_cut(text, {"alpha ", "beta ", u8"ga…"}, 2);
    CHECK(inside.kept_words == 2);  // gamma is not shown whole
    CHECK(inside.kept_chars == 13);
    CHECK(pdf::with_thousands(1230) == "1,230");
    CHECK(pdf::with_thousands(10000000) == "10,000,000");
}

TEST_CASE("a 10,000-character indicator name: the PDF shows what fits, and a warning says what was cut",
          "[pdf][cut]") {
    ScratchDir dir("pdf-cut-warning");
    Scorecard s = made_up_scorecard(1, 3);
    s.source_file = "made-up.txt";
    const std::string name = words_of_length(10000);
    Indicator& indicator = s.groups[0].indicators[1];
    indicator.name.text = name;
    indicator.name.where = SourceLocation{3, 17, 3};
    const std::string path = dir.file("cut.pdf");
    std::vector<Finding> early;
    const PdfSummary summary = write_pdf(s, named_template("flat-2022-23"), test_context(), path,
                                         [&](const std::vector<Finding>& f) { early = f; });
    REQUIRE(summary.findings.size() == 1);
    CHECK(early.size() == 1);  // handed over before the PDF was finished, for the workbook
    const Finding& f = summary.findings[0];
    CHECK(f.severity == Severity::Warning);
    CHECK(f.code == "pdf-text-cut");
    CHECK(f.indicator == name);
    CHECK(f.file == "made-up.txt");
    CHECK(f.where.line == 3);
    CHECK(f.where.column == 17);
    INFO(f.message);
    CHECK(contains(f.message, "\"Indicator\" cell"));
    CHECK(contains(f.message, "of 10,000 characters"));
    const std::smatch kept = [&] {
        std::smatch m;
        REQUIRE(std::regex_search(f.message, m, std::regex("shows ([0-9,]+) of its ([0-9,]+) words")));
        return m;
    }();
    const int words_shown = std::stoi(std::regex_replace(kept[1].str(), std::regex(","), ""));
    CHECK(words_shown > 100);
    CHECK(words_shown < 1500);

    // The page shows exactly the words the warning says, then the ellipsis; the rows after it follow.
    PdfReader pdf(path);
    const std::string text = collapse_whitespace(pdf.text());
    const std::string last_shown = "word" + std::to_string(words_shown - 1);
    CHECK((contains(text, last_shown + " ") || contains(text, last_shown + u8"…")));
    CHECK_FALSE(contains(text, "word" + std::to_string(words_shown + 1) + " "));
    CHECK(count_of(text, u8"…") == 1);
    CHECK(contains(text, "Made-up indicator number 3"));
}

TEST_CASE("every cell the PDF shortens has its own warning, topics and headings included", "[pdf][cut]") {
    ScratchDir dir("pdf-cut-every");
    Scorecard s = made_up_scorecard(2, 2);
    s.groups[0].name = words_of_length(9000, "topic");
    s.groups[0].indicators[0].name.text = words_of_length(12000);
    s.groups[0].indicators[0].theme.text = words_of_length(3000, "theme");
    s.groups[1].indicators[1].name.text = words_of_length(11000);
    const std::string path = dir.file("cuts.pdf");
    const PdfSummary summary = write_pdf(s, named_template("flat-2022-23"), test_context(), path);
    std::size_t topic = 0, indicator = 0, theme = 0;
    for (const Finding& f : summary.findings) {
        CHECK(f.code == "pdf-text-cut");
        topic += contains(f.message, "topic 'topic0");
        indicator += contains(f.message, "\"Indicator\" cell");
        theme += contains(f.message, "\"Theme\" cell");
    }
    CHECK(topic == 1);  // once, though the topic is drawn again on every page it runs on to
    CHECK(indicator == 2);
    CHECK(theme == 1);
    // An ellipsis on the page for each cut cell (the topic's on each page it is drawn on).
    PdfReader pdf(path);
    int ellipses = 0, topic_pages = 0;
    for (const std::string& page : pdf.page_texts()) {
        ellipses += count_of(page, u8"…");
        topic_pages += contains(page, "topic0");
    }
    CHECK(ellipses == static_cast<int>(summary.findings.size()) - 1 + topic_pages);

    SECTION("a sectioned heading too long for a page is cut with a warning too") {
        Scorecard sectioned = made_up_scorecard(2, 1);
        sectioned.layout = SourceLayout::Sectioned;
        sectioned.groups[1].name = words_of_length(30000, "outcome");
        const PdfSummary r = write_pdf(sectioned, named_template("sectioned-2019-20"), test_context(), dir.file("s.pdf"));
        REQUIRE(r.findings.size() == 1);
        CHECK(contains(r.findings[0].message, "heading 'outcome0"));
    }
}

TEST_CASE("a template whose page cannot hold the table readably is refused, naming the key", "[pdf][template]") {
    const OutputTemplate flat = named_template("flat-2022-23");
    CHECK(refusal(flat) == "");

    SECTION("60 mm margins and 48 pt type: columns narrower than one character") {
        OutputTemplate t = flat;
        t.margin_top_mm = t.margin_bottom_mm = t.margin_left_mm = t.margin_right_mm = 60;
        t.font_size = t.header_font_size = t.title_font_size = 48;
        const std::string why = refusal(t);
        INFO(why);
        CHECK(contains(why, "columns[1].width_mm: the column \"Theme\""));
        CHECK(contains(why, "48 pt"));
    }
    SECTION("a page with room for fewer than three lines of text in a row") {
        OutputTemplate t = named_template("sectioned-2019-20");
        t.columns.resize(2);
        t.margin_top_mm = t.margin_bottom_mm = 60;
        t.font_size = t.header_font_size = 48;
        t.blank_page_rule = BlankPageRule::Off;
        const std::string why = refusal(t);
        INFO(why);
        CHECK(std::regex_search(why, std::regex(": fonts.size: a page holds [0-2] line\\(s\\) of 48 pt text")));
    }
    SECTION("a 100,000-character title") {
        const std::string why = refusal(flat, words_of_length(100000, "title"));
        INFO(why);
        CHECK(contains(why, ": title: the title (100,000 characters) takes"));
    }
    SECTION("headings taller than half the page") {
        OutputTemplate t = flat;
        t.columns[3].heading = words_of_length(2000, "heading");
        CHECK(contains(refusal(t), "columns[3].heading: the header row is"));
    }
    SECTION("a bottom margin that cannot hold the footer, and a footer wider than the page") {
        OutputTemplate t = flat;
        t.margin_bottom_mm = 2;
        CHECK(contains(refusal(t), "page.margins_mm.bottom: "));
        t = flat;
        t.pdf_footer = words_of_length(500, "footer") + " {page}";
        CHECK(contains(refusal(t), "page.footer: "));
    }
}

TEST_CASE("a long title wraps and shrinks, and never pushes the table off the page or over the footer",
          "[pdf][template]") {
    ScratchDir dir("pdf-long-title");
    OutputTemplate t = named_template("flat-2022-23");
    t.title = words_of_length(4000, "title");
    const std::string path = dir.file("title.pdf");
    write_pdf(made_up_scorecard(1, 3), t, test_context(), path);

    const std::vector<PlacedWord> words = words_on_page(path, 1);
    REQUIRE(!words.empty());
    // The footer: the lowest "Page" on the page.
    PlacedWord footer;
    for (const PlacedWord& w : words)
        if (w.text == "Page" && w.top > footer.top) footer = w;
    REQUIRE(footer.top > 0);
    double lowest_other = 0;
    bool has_last_title_word = false, has_first_row = false;
    for (const PlacedWord& w : words) {
        if (std::abs(w.top - footer.top) < 1) continue;  // the footer's own line
        lowest_other = std::max(lowest_other, w.bottom);
        has_last_title_word = has_last_title_word || w.text == "FY2022/23";
        has_first_row = has_first_row || w.text == "Made-up";
    }
    CHECK(has_last_title_word);  // the whole title, period included, is on the page
    CHECK(has_first_row);        // and the table starts below it
    CHECK(lowest_other < footer.top);

    // Set smaller than the template's 14 pt to make room.
    const FontMeasurer measure = FontMeasurer::for_template(t, GlyphUnits::Utf16Units);
    pdf::PageFrame frame = pdf::make_page_frame(t, "", measure);
    pdf::TableLayout table(t, measure, pdf::lay_out_columns(t.columns, frame.left, frame.printable_width()), 0);
    pdf::fit_page(t, measure, table.columns(), table.header(), t.placeholder_values("FY2022/23 Q3", 1), frame);
    CHECK(frame.title_style.size < 14);
    CHECK(frame.title_style.size >= t.font_size);
}
