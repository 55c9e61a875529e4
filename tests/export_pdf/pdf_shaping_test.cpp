// Right-to-left text is drawn in reading order and joining and Indic scripts are shaped
// (HarfBuzz and FriBidi, common/text_shaper), and the PDF draws the shaped glyphs.
#include <catch2/catch.hpp>

#include <hb.h>

#include <cstdio>
#include <numeric>

#include "pdf_test_support.hpp"
#include "stages/export/common/font_measurer.hpp"
#include "stages/export/common/line_wrap.hpp"
#include "stages/export/pdf/missing_glyphs.hpp"
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

// The glyph the font's character map gives `c` on its own (an Arabic letter's isolated form).
std::uint32_t nominal_glyph(const FontMeasurer& measure, const ShapedRun& run, char32_t c) {
    hb_codepoint_t glyph = 0;
    hb_font_get_nominal_glyph(measure.shaping_font(run.font, run.style).font(), c, &glyph);
    return glyph;
}

std::string glyph_operand(std::uint32_t glyph) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "<%04X>", glyph);
    return buffer;
}

}  // namespace

TEST_CASE("Arabic is shaped into its joining forms and laid out right to left", "[shaping][scripts]") {
    const FontMeasurer& measure = chain_measurer();
    const std::string word = u8"نسبة";  // nūn, sīn, bāʾ, tāʾ marbūṭa: four letters that join
    const ShapedLine line = measure.shape(word, FontStyle::Regular);
    REQUIRE(line.runs.size() == 1);
    const ShapedRun& run = line.runs[0];
    CHECK(run.right_to_left);
    CHECK(measure.chain_font(run.font).name == "Noto Sans Arabic");
    REQUIRE(run.glyphs.size() == 4);
    // Visual order: the last letter is drawn first (leftmost).
    CHECK(run.glyphs.front().cluster == word.size() - 2);
    CHECK(run.glyphs.back().cluster == 0);
    // Joined: initial, medial, medial, final forms, none of them the isolated letter.
    const std::u32string letters = U"نسبة";
    int joined = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        const std::uint32_t isolated = nominal_glyph(measure, run, letters[3 - i]);
        if (run.glyphs[i].glyph != isolated) ++joined;
    }
    CHECK(joined == 4);
    // And the width is the shaped one, not the sum of the isolated letters.
    double isolated_em = 0;
    for (const char32_t c : letters) isolated_em += measure.face(run.font, FontStyle::Regular).advance_em(c);
    CHECK(line.width_em != Approx(isolated_em));
    CHECK(measure.width(word, {FontStyle::Regular, 10}) == Approx(line.width_em * 10));
}

TEST_CASE("Devanagari forms conjuncts and places its vowel signs", "[shaping][scripts]") {
    const FontMeasurer& measure = chain_measurer();
    // क्ष: ka, virama, ssa: one conjunct glyph, none of the three letters' own.
    const ShapedLine conjunct = measure.shape(u8"क्ष", FontStyle::Regular);
    REQUIRE(conjunct.runs.size() == 1);
    const ShapedRun& run = conjunct.runs[0];
    CHECK(measure.chain_font(run.font).name == "Noto Sans Devanagari");
    CHECK_FALSE(run.right_to_left);
    REQUIRE(run.glyphs.size() == 1);
    for (const char32_t c : {U'क', U'्', U'ष'}) CHECK(run.glyphs[0].glyph != nominal_glyph(measure, run, c));
    // कि: the vowel sign i is written after its consonant and drawn before it.
    const ShapedLine ki = measure.shape(u8"कि", FontStyle::Regular);
    REQUIRE(ki.runs.size() == 1);
    REQUIRE(ki.runs[0].glyphs.size() == 2);
    CHECK(ki.runs[0].glyphs[0].glyph != nominal_glyph(measure, ki.runs[0], U'क'));
    CHECK(ki.runs[0].glyphs[1].glyph == nominal_glyph(measure, ki.runs[0], U'क'));
}

TEST_CASE("a line mixing English and Arabic keeps each in its own direction", "[shaping][scripts]") {
    const FontMeasurer& measure = chain_measurer();
    // Left-to-right paragraph (its first strong letter is Latin): the English first, on the left.
    const std::string mixed = u8"Early help – المساعدة المبكرة";
    const ShapedLine ltr = measure.shape(mixed, FontStyle::Regular);
    REQUIRE(ltr.runs.size() >= 2);
    CHECK_FALSE(ltr.runs.front().right_to_left);
    CHECK(ltr.runs.front().begin == 0);
    CHECK(ltr.runs.back().right_to_left);
    // Right-to-left paragraph: the Arabic, first in the text, is the rightmost run.
    const std::string arabic_first = u8"المساعدة المبكرة (Early help)";
    const ShapedLine rtl = measure.shape(arabic_first, FontStyle::Regular);
    REQUIRE(rtl.runs.size() >= 2);
    CHECK(rtl.runs.back().begin == 0);
    CHECK(rtl.runs.back().right_to_left);
    bool latin_left_to_right = false;
    for (const ShapedRun& run : rtl.runs)
        if (arabic_first.compare(run.begin, 5, "Early") == 0) latin_left_to_right = !run.right_to_left;
    CHECK(latin_left_to_right);
}

TEST_CASE("direction marks and joiners steer the order and are not drawn", "[shaping][scripts]") {
    const FontMeasurer& measure = chain_measurer();
    const std::string text = u8"A\u200Fב\u200D";
    std::size_t glyphs = 0;
    for (const ShapedRun& run : measure.shape(text, FontStyle::Regular).runs) glyphs += run.glyphs.size();
    CHECK(glyphs == 2);
    std::u32string missing;
    pdf::collect_undrawable(text, measure, missing);
    CHECK(missing.empty());
}

TEST_CASE("a long Arabic name wraps on logical text, each line measured shaped", "[shaping][scripts][wrap]") {
    const FontMeasurer& measure = chain_measurer();
    const std::string name = u8"نسبة الأطفال والشباب الذين يحصلون على خدمات الدعم المبكر في الوقت المناسب خلال الربع";
    const TextStyle style{FontStyle::Regular, 8};
    const double max_width = 90;
    const std::vector<std::string> lines = wrap_text(name, max_width, measure, style);
    REQUIRE(lines.size() >= 3);
    std::string joined;
    for (const std::string& line : lines) {
        INFO(line);
        CHECK(measure.width(visible_part(line), style) <= max_width);
        CHECK(measure.width(line, style) == Approx(measure.shape(line, style.font).width_em * style.size));
        joined += line;
    }
    CHECK(joined == name);  // logical order kept; the breaks at spaces, which stay at the lines' ends
    CHECK(lines.front().rfind(u8"نسبة", 0) == 0);
}

TEST_CASE("the PDF draws the shaped glyphs, Arabic from right to left", "[pdf][shaping][scripts]") {
    ScratchDir dir("pdf-shaping");
    const std::string path = dir.file("scripts.pdf");
    fixture_pdf("made-up-multi-script.txt", path);
    PdfReader pdf(path);
    const std::string content = pdf.page_content(0);

    // The first row's indicator, one line: its glyphs as shaped are in the page, the joined
    // forms included, and the first word's last letter (ة, final form) comes before its first
    // (ن, initial form) in the stream: the word is drawn from the left, right to left.
    const FontMeasurer& measure = chain_measurer();
    const ShapedLine line = measure.shape(u8"نسبة الأطفال في التعليم المبكر", FontStyle::Regular);
    const ShapedRun& run = line.runs.back();
    REQUIRE(run.right_to_left);
    REQUIRE(run.glyphs.back().cluster == 0);
    const std::uint32_t initial_nun = run.glyphs.back().glyph;
    const std::uint32_t final_ta = run.glyphs[run.glyphs.size() - 4].glyph;
    CHECK(initial_nun != nominal_glyph(measure, run, U'ن'));
    const std::size_t nun_at = content.find(glyph_operand(initial_nun));
    const std::size_t ta_at = content.find(glyph_operand(final_ta));
    REQUIRE(nun_at != std::string::npos);
    REQUIRE(ta_at != std::string::npos);
    CHECK(ta_at < nun_at);
    // Shaped Devanagari carries its characters as /ActualText.
    CHECK(content.find("/Span <</ActualText <FEFF092C091A094D091A094B0902") != std::string::npos);  // बच्चों
}

TEST_CASE("a word too wide for its line is broken between clusters, never inside a conjunct",
          "[shaping][scripts][wrap]") {
    const FontMeasurer& measure = chain_measurer();
    std::string word;
    for (int i = 0; i < 30; ++i) word += u8"क्षि";  // ka, virama, ssa, vowel sign i: one cluster
    const std::vector<std::string> lines = wrap_text(word, 40, measure, {FontStyle::Regular, 8});
    REQUIRE(lines.size() > 3);
    std::string joined;
    for (const std::string& line : lines) {
        INFO(line);
        CHECK(line.rfind(u8"क्षि", 0) == 0);  // each line starts a cluster
        CHECK(line.size() % std::string(u8"क्षि").size() == 0);
        joined += line;
    }
    CHECK(joined == word);
}
