// A cell's text is one paragraph with one direction: every wrapped line of a right-to-left
// paragraph is ordered right to left, whatever its own first word, and is set flush right in
// a left-aligned column.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <regex>

#include "pdf_test_support.hpp"
#include "stages/export/common/font_measurer.hpp"
#include "stages/export/common/line_wrap.hpp"
#include "stages/export/common/paragraph_direction.hpp"
#include "stages/export/common/printable_text.hpp"
#include "support/pdf_reader.hpp"
#include "support/test_paths.hpp"

using namespace scorecard;
using namespace scorecard::test;

namespace {

const FontMeasurer& chain_measurer() {
    static const OutputTemplate layout = named_template("flat-2022-23");
    static const FontMeasurer measure = FontMeasurer::for_template(layout, GlyphUnits::Utf16Units);
    return measure;
}

// An Arabic indicator name whose second line, in the Indicator column of flat-2022-23, starts
// with a Latin abbreviation (checked below from the PDF itself).
const char* const kName = u8"نسبة الأطفال والشباب الذين يحصلون على CAMHS الدعم في الوقت المناسب خلال الربع";

// A word as pdftotext -bbox places it (points, from the page's top left).
struct PlacedWord {
    std::string text;
    double left = 0, top = 0, right = 0, bottom = 0;
    double middle() const { return (top + bottom) / 2; }
};

// The words of every page, one vector per page.
std::vector<std::vector<PlacedWord>> placed_words(const std::string& path) {
    const CommandResult r = run_pdf_tool("pdftotext", {"-bbox", path, "-"});
    std::vector<std::vector<PlacedWord>> pages;
    const std::regex item(
        R"re(<page |<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>)re");
    for (std::sregex_iterator it(r.out.begin(), r.out.end(), item), end; it != end; ++it) {
        if ((*it)[1].length() == 0) {
            pages.emplace_back();
        } else if (!pages.empty()) {
            pages.back().push_back(
                {(*it)[5], std::stod((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3]), std::stod((*it)[4])});
        }
    }
    return pages;
}

bool is_arabic_word(const std::string& word) {
    for (const char32_t c : decode_utf8(word))
        if (c >= 0x0600 && c <= 0x06FF) return true;
    return false;
}

}  // namespace

TEST_CASE("a paragraph's direction comes from its first strong character, once for the whole paragraph",
          "[shaping][bidi]") {
    CHECK(paragraph_direction(kName) == TextDirection::RightToLeft);
    CHECK(paragraph_direction(u8"CAMHS الدعم") == TextDirection::LeftToRight);
    CHECK(paragraph_direction(u8"12.5% الدعم") == TextDirection::RightToLeft);  // digits are not strong
    CHECK(paragraph_direction(u8"שלום world") == TextDirection::RightToLeft);
    CHECK(paragraph_direction("12.5%") == TextDirection::LeftToRight);
    CHECK(paragraph_direction("") == TextDirection::LeftToRight);
    // Start-aligned: a left-aligned column sets right-to-left text flush right; centred and
    // right-aligned columns keep their alignment.
    CHECK(aligned_for(Align::Left, TextDirection::RightToLeft) == Align::Right);
    CHECK(aligned_for(Align::Left, TextDirection::LeftToRight) == Align::Left);
    CHECK(aligned_for(Align::Centre, TextDirection::RightToLeft) == Align::Centre);
    CHECK(aligned_for(Align::Right, TextDirection::RightToLeft) == Align::Right);
}

TEST_CASE("a wrapped line is ordered in its paragraph's direction, not its own", "[shaping][bidi]") {
    const FontMeasurer& measure = chain_measurer();
    const std::string line = u8"CAMHS الدعم في الوقت";
    // Alone, the line is a left-to-right paragraph: the Latin word leftmost.
    const ShapedLine own = measure.shape(line, FontStyle::Regular);
    REQUIRE(own.runs.size() >= 2);
    CHECK(own.runs.front().begin == 0);
    CHECK_FALSE(own.runs.front().right_to_left);
    // As a line of a right-to-left paragraph it starts at the right: the Latin word rightmost,
    // still drawn left to right, the Arabic to its left.
    const ShapedLine in_paragraph = measure.shape(line, FontStyle::Regular, TextDirection::RightToLeft);
    REQUIRE(in_paragraph.runs.size() >= 2);
    CHECK(in_paragraph.runs.back().begin == 0);
    CHECK_FALSE(in_paragraph.runs.back().right_to_left);
    CHECK(in_paragraph.runs.front().right_to_left);
    // What is measured is what is drawn: the width the wrapper sees is the shaped line's.
    const TextStyle style{FontStyle::Regular, 8, TextDirection::RightToLeft};
    CHECK(measure.width(line, style) == Approx(in_paragraph.width_em * 8));
}

TEST_CASE("an Arabic cell whose second line starts with a Latin word reads right to left, flush right",
          "[pdf][shaping][bidi]") {
    ScratchDir dir("pdf-paragraph-direction");
    Scorecard s = made_up_scorecard(1, 2);
    s.groups[0].indicators[0].name.text = kName;
    const std::string path = dir.file("rtl.pdf");
    // The flat template as the name was written for: Indicator 53 mm wide, no trend chart
    // column (which takes its room from Indicator and others), so CAMHS begins the second line.
    OutputTemplate layout = named_template("flat-2022-23");
    layout.columns.erase(std::remove_if(layout.columns.begin(), layout.columns.end(),
                                        [](const ColumnSpec& c) { return c.field == ColumnField::TrendChart; }),
                         layout.columns.end());
    for (ColumnSpec& c : layout.columns) {
        if (c.field == ColumnField::Theme) c.width_mm = 18;
        if (c.field == ColumnField::Indicator) c.width_mm = 53;
        if (c.field == ColumnField::Polarity) c.width_mm = 15;
        if (c.field == ColumnField::Frequency) c.width_mm = 16;
        if (c.field == ColumnField::Quartile) c.width_mm = 17;
        if (c.field == ColumnField::NeighbourAverage) c.width_mm = 19;
    }
    write_pdf(s, layout, test_context(), path);

    // The page with the table, and the name's words on it: the Arabic ones and the Latin word.
    std::vector<PlacedWord> name;
    for (const auto& page : placed_words(path)) {
        const bool has_table =
            std::any_of(page.begin(), page.end(), [](const PlacedWord& w) { return w.text == "CAMHS"; });
        if (!has_table) continue;
        for (const PlacedWord& w : page)
            if (is_arabic_word(w.text) || w.text == "CAMHS") name.push_back(w);
    }
    REQUIRE(name.size() == 13);  // 12 Arabic words and CAMHS

    // Lines by their middle (the Latin font sits a little differently from the Arabic one).
    std::vector<std::vector<PlacedWord>> lines;
    std::sort(name.begin(), name.end(), [](const PlacedWord& a, const PlacedWord& b) { return a.middle() < b.middle(); });
    for (const PlacedWord& w : name) {
        if (lines.empty() || w.middle() - lines.back().front().middle() > 3) lines.emplace_back();
        lines.back().push_back(w);
    }
    REQUIRE(lines.size() >= 2);
    for (auto& line : lines)
        std::sort(line.begin(), line.end(), [](const PlacedWord& a, const PlacedWord& b) { return a.left < b.left; });

    // CAMHS begins the second line: right to left, it is that line's rightmost word, and the
    // Arabic word after it in the text (الدعم) is just to its left.
    const auto& second = lines[1];
    INFO("second line: " << second.size() << " words");
    CHECK(second.back().text == "CAMHS");
    REQUIRE(second.size() >= 2);
    CHECK(second[second.size() - 2].text == u8"معدلا");  // الدعم, its letters as poppler lists them on the page
    // The first line holds the words before it, ending (leftmost) with على.
    CHECK(lines[0].front().text == u8"ىلع");

    // Flush right: every line ends at the same right edge, and the lines' left ends are ragged.
    const double right = lines[0].back().right;
    double leftmost = lines[0].front().left, rightmost_start = leftmost;
    for (const auto& line : lines) {
        CHECK(line.back().right == Approx(right).margin(0.5));
        leftmost = std::min(leftmost, line.front().left);
        rightmost_start = std::max(rightmost_start, line.front().left);
    }
    CHECK(rightmost_start > leftmost + 10);
}
