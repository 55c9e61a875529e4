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

TEST_CASE("Welsh, Chinese, Hindi and Arabic are drawn from the fallback fonts and extract", "[pdf][fonts][scripts]") {
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

    const std::string text = collapse_whitespace(pdf.text(TextMode::Raw));
    INFO(text);
    // Welsh takes ŵ and ŷ from Liberation Sans itself; Chinese, Hindi and the symbols come from
    // the fallback fonts, in the order of the input.
    CHECK(contains(text, u8"Cyfran y plant ŵyr ac ŷd sy'n derbyn gofal"));
    CHECK(contains(text, u8"儿童早期教育比例"));
    CHECK(contains(text, u8"教育"));
    CHECK(contains(text, u8"बच्चों की शिक्षा दर"));
    CHECK(contains(text, u8"शिक्षा"));
    CHECK(contains(text, u8"Wellbeing ☀"));
    CHECK(contains(text, u8"Children who feel safe ★"));
    // Arabic is drawn with Noto Sans Arabic's glyphs, every letter of it extractable (not yet
    // shaped nor in right-to-left order: docs/architecture.md, "Fonts and text").
    for (const std::string word : {u8"ن", u8"س", u8"ب", u8"ة", u8"ا", u8"ل", u8"أ", u8"ط", u8"ف", u8"ي", u8"ت", u8"ع",
                                   u8"م", u8"ك", u8"ر"}) {
        INFO(word);
        CHECK(contains(text, word));
    }

    // The one character no font draws in this PDF is the emoji beyond U+FFFF: one warning,
    // naming it and its indicator, and none for the rows that show whole.
    std::vector<Finding> missing;
    for (const Finding& f : summary.findings)
        if (f.code == "pdf-missing-glyphs") missing.push_back(f);
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].severity == Severity::Warning);
    CHECK(missing[0].indicator == u8"Children who feel safe ★ 😀");
    CHECK(missing[0].where.line == 6);
    CHECK(contains(missing[0].message, u8"\"😀\" (U+1F600)"));
    CHECK(contains(missing[0].message, "beyond U+FFFF"));
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
    CHECK_FALSE(measure.can_draw(U'\U0001F600'));  // beyond the BMP: not in a PoDoFo subset
    CHECK_FALSE(measure.can_draw(U'\U000E0001'));  // a tag character no font of the chain has
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
    CHECK(contains(r.err, u8"warning: the PDF cannot draw a character of the row of 'Children who feel safe ★ 😀'"));

    XlsxWorkbook book(dir.file("out/made-up-multi-script.xlsx"));
    bool listed = false;
    for (const auto& [ref, cell] : book.sheet("Findings").cells)
        if (cell.text == "pdf-missing-glyphs") listed = true;
    CHECK(listed);
}
