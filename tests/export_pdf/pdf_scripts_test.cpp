// Every script shows: characters the template's first font lacks are drawn from the next font
// of its chain that has them, and a character no font can draw is a warning naming it.
#include <catch2/catch.hpp>

#include <algorithm>

#include "pdf_test_support.hpp"
#include "stages/export/common/font_measurer.hpp"
#include "support/pdf_reader.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"
#include "support/xlsx_reader.hpp"

using namespace scorecard;
using namespace scorecard::test;

namespace {

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

const char* const kMultiScript = "made-up-multi-script.txt";

std::vector<std::string> embedded_font_names(const PdfReader& pdf) {
    std::vector<std::string> names;
    for (const auto& f : pdf.fonts()) {
        INFO(f.name);
        CHECK(f.embedded);
        CHECK(f.subset);
        CHECK(f.unicode);
        CHECK(f.encoding == "Identity-H");
        names.push_back(f.name.size() > 7 ? f.name.substr(7) : f.name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace

// The text pdftotext gives in reading order, without the embedding marks (U+202A..U+202E) it
// puts around right-to-left stretches, and with whitespace collapsed.
std::string reading_text(const PdfReader& pdf) {
    std::string text = pdf.text(TextMode::Reading);
    for (const char* mark : {u8"\u202A", u8"\u202B", u8"\u202C", u8"\u202D", u8"\u202E"}) {
        for (std::size_t at = text.find(mark); at != std::string::npos; at = text.find(mark)) text.erase(at, 3);
    }
    return collapse_whitespace(text);
}

TEST_CASE("Welsh, Chinese, Hindi, Arabic and emoji are drawn from the fallback fonts and extract",
          "[pdf][fonts][scripts]") {
    ScratchDir dir("pdf-scripts");
    const std::string path = dir.file("scripts.pdf");
    const PdfSummary summary = fixture_pdf(kMultiScript, path);
    PdfReader pdf(path);

    const std::vector<std::string> fonts = embedded_font_names(pdf);
    for (const char* wanted : {"LiberationSans", "LiberationSans-Bold", "NotoSansArabic-Regular", "DroidSansFallback",
                               "NotoSansDevanagari-Regular", "DejaVuSans"}) {
        INFO(wanted);
        CHECK(std::find(fonts.begin(), fonts.end(), wanted) != fonts.end());
    }

    // Every cell's characters as the input has them, in content order (pdftotext -raw: a
    // cell's lines together), shaped text through its /ActualText.
    const std::string raw = collapse_whitespace(pdf.text(TextMode::Raw));
    INFO(raw);
    CHECK(contains(raw, u8"Cyfran y plant ŵyr ac ŷd sy'n derbyn gofal"));
    CHECK(contains(raw, u8"儿童早期教育比例"));
    CHECK(contains(raw, u8"教育"));
    CHECK(contains(raw, u8"बच्चों की शिक्षा दर"));
    CHECK(contains(raw, u8"शिक्षा"));
    CHECK(contains(raw, u8"Wellbeing ☀"));
    CHECK(contains(raw, u8"Children who feel safe ★ 😀"));
    // Right-to-left text in logical order: poppler orders it itself from where the glyphs sit
    // (its reading order; -raw keeps a line's words as drawn, left to right).
    const std::string text = reading_text(pdf);
    INFO(text);
    CHECK(contains(text, u8"نسبة الأطفال في التعليم المبكر"));
    CHECK(contains(text, u8"التعليم"));
    // The mixed cell: the English, then the Arabic, each in its own order.
    CHECK(contains(text, u8"Early help –"));
    CHECK(contains(text, u8"المساعدة المبكرة"));
    // The long Arabic name wraps over three lines of its cell and reads back whole.
    CHECK(contains(text, u8"نسبة الأطفال والشباب الذين يحصلون على خدمات الدعم المبكر في الوقت المناسب خلال الربع"));
    // The shaped Devanagari comes whole from its /ActualText, not in the glyphs' order on the
    // page (the vowel sign ि is drawn before its consonant).
    CHECK(contains(text, u8"बच्चों की शिक्षा दर"));

    // The one character no font draws is the flamingo, which no font of the chain has: one
    // warning, naming it and its indicator, and none for the rows that show whole (😀 is
    // drawn, from DejaVu Sans, by glyph id).
    std::vector<Finding> missing;
    for (const Finding& f : summary.findings)
        if (f.code == "pdf-missing-glyphs") missing.push_back(f);
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].severity == Severity::Warning);
    CHECK(missing[0].indicator == u8"Children who feel safe ★ 😀 🦩");
    CHECK(missing[0].where.line == 6);
    CHECK(contains(missing[0].message, u8"\"🦩\" (U+1F9A9)"));
    CHECK_FALSE(contains(missing[0].message, "U+1F600"));
}

TEST_CASE("the measurer chooses the first font of the chain that has each character", "[fonts][scripts]") {
    const OutputTemplate layout = named_template("flat-2022-23");
    const FontMeasurer measure = FontMeasurer::for_template(layout, GlyphUnits::Utf16Units);
    REQUIRE(measure.chain_size() == layout.font_chain.size());
    CHECK(measure.chain_font(measure.font_for(U'ŵ', FontStyle::Regular)).name == "Liberation Sans");
    CHECK(measure.chain_font(measure.font_for(U'ن', FontStyle::Regular)).name == "Noto Sans Arabic");
    CHECK(measure.chain_font(measure.font_for(U'क', FontStyle::Bold)).name == "Noto Sans Devanagari");
    CHECK(measure.chain_font(measure.font_for(U'教', FontStyle::Regular)).name == "Droid Sans Fallback");
    CHECK(measure.can_draw(U'☀'));
    CHECK(measure.can_draw(U'\U0001F600'));        // beyond the BMP: drawn by glyph id (DejaVu Sans)
    CHECK_FALSE(measure.can_draw(U'\U0001F9A9'));  // an emoji no font of the chain has
    CHECK(measure.can_draw(U'\u200F'));            // a direction mark: never drawn, nothing missing
    // A run of another script is measured with that script's font, not the first font's box.
    const double box = measure.face(0, FontStyle::Regular).advance_em(U'教');
    const double drawn = measure.face(measure.font_for(U'教', FontStyle::Regular), FontStyle::Regular).advance_em(U'教');
    CHECK(measure.unit_width(U'教', FontStyle::Regular) == Approx(drawn));
    CHECK(drawn != Approx(box));
}

TEST_CASE("a character no font draws is a warning on standard error and in the Findings sheet",
          "[pdf][fonts][scripts][cli]") {
    ScratchDir dir("pdf-scripts-cli");
    const CommandResult r =
        run_scorecard({"build", fixture_path(kMultiScript), "-o", dir.file("out"), "--no-history", "--quiet"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(contains(r.err, "made-up-multi-script.txt:6:"));
    CHECK(contains(r.err, u8"warning: the PDF cannot draw a character of the row of 'Children who feel safe ★ 😀 🦩'"));

    XlsxWorkbook book(dir.file("out/made-up-multi-script.xlsx"));
    bool listed = false;
    for (const auto& [ref, cell] : book.sheet("Findings").cells)
        if (cell.text == "pdf-missing-glyphs") listed = true;
    CHECK(listed);
}
