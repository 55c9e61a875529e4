// A character no font of the chain draws: the page shows a visible stand-in (U+FFFD from the
// chain), the text layer keeps the character, and the warning says both.
#include <catch2/catch.hpp>

#include <hb.h>

#include <cstdio>

#include "pdf_test_support.hpp"
#include "stages/export/common/font_measurer.hpp"
#include "support/pdf_reader.hpp"
#include "support/test_paths.hpp"

using namespace scorecard;
using namespace scorecard::test;

namespace {

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

const FontMeasurer& chain_measurer() {
    static const OutputTemplate layout = named_template("flat-2022-23");
    static const FontMeasurer measure = FontMeasurer::for_template(layout, GlyphUnits::Utf16Units);
    return measure;
}

// Ꭰ (U+13A0, Cherokee) is in no font of the default chain and needs no shaping: before, it
// took the per-character path. 🦩 (U+1F9A9) is beyond U+FFFF, in no font either.
const char* const kCherokee = u8"Cherokee \u13A0 sign";
const char* const kHebrew = u8"שלום 🦩 עולם";

// The stand-in's glyph in its font, as a content-stream operand.
std::string stand_in_operand(const FontMeasurer& measure) {
    const FontMeasurer::Replacement& r = measure.replacement();
    hb_codepoint_t glyph = 0;
    hb_font_get_nominal_glyph(measure.shaping_font(r.font, FontStyle::Regular).font(), r.c, &glyph);
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "<%04X>", glyph);
    return buffer;
}

// pdftotext's reading order without the embedding marks it puts around right-to-left text.
std::string reading_text(const PdfReader& pdf) {
    std::string text = pdf.text(TextMode::Reading);
    for (const char* mark : {u8"\u202A", u8"\u202B", u8"\u202C", u8"\u202D", u8"\u202E"})
        for (std::size_t at = text.find(mark); at != std::string::npos; at = text.find(mark)) text.erase(at, 3);
    return collapse_whitespace(text);
}

}  // namespace

TEST_CASE("a character no font draws is measured and shaped as the visible stand-in", "[fonts][missing]") {
    const FontMeasurer& measure = chain_measurer();
    const FontMeasurer::Replacement& r = measure.replacement();
    CHECK(r.c == U'\uFFFD');
    CHECK(measure.chain_font(r.font).name == "DejaVu Sans");
    CHECK_FALSE(measure.can_draw(U'\u13A0'));
    CHECK_FALSE(measure.draws_all(kCherokee));
    CHECK(measure.draws_all("Cherokee sign"));
    CHECK(measure.takes_shaped_path(kCherokee));
    CHECK_FALSE(measure.takes_shaped_path("Cherokee sign"));

    const ShapedLine line = measure.shape(u8"A\u13A0B", FontStyle::Regular);
    REQUIRE(line.runs.size() == 3);
    const ShapedRun& stand_in = line.runs[1];
    CHECK(stand_in.replacement);
    CHECK(stand_in.font == r.font);
    REQUIRE(stand_in.glyphs.size() == 1);
    CHECK(stand_in.glyphs[0].glyph != 0);  // not .notdef, which poppler draws as nothing
    CHECK(stand_in.glyphs[0].cluster == 1);
    CHECK_FALSE(line.runs[0].replacement);
    // Measured as what is drawn.
    const TextStyle style{FontStyle::Regular, 10};
    CHECK(measure.width(u8"A\u13A0B", style) == Approx(line.width_em * 10));
    CHECK(measure.width(u8"A\u13A0B", style) == Approx(measure.width(u8"A\uFFFDB", style)).epsilon(0.01));
    CHECK(measure.unit_width(U'\u13A0', FontStyle::Regular) == Approx(measure.unit_width(U'\uFFFD', FontStyle::Regular)));
}

TEST_CASE("the PDF prints U+FFFD for a character no font draws and its text keeps the character",
          "[pdf][fonts][missing]") {
    ScratchDir dir("pdf-missing-glyphs");
    Scorecard s = made_up_scorecard(1, 3);
    s.source_file = "made-up.txt";
    s.groups[0].indicators[0].name.text = kCherokee;
    s.groups[0].indicators[2].name.text = kHebrew;
    const std::string path = dir.file("missing.pdf");
    const PdfSummary summary = write_pdf(s, named_template("flat-2022-23"), test_context(), path);

    // Each character is carried by the stand-in glyph it is drawn as.
    PdfReader pdf(path);
    std::string content;
    for (int p = 0; p < pdf.page_count(); ++p) content += pdf.page_content(p);
    const std::string glyph = stand_in_operand(chain_measurer());
    for (const char* span : {"/Span <</ActualText <FEFF13A0>>> BDC\n[", "/Span <</ActualText <FEFFD83EDDA9>>> BDC\n["}) {
        INFO(span);
        const std::size_t at = content.find(span);
        REQUIRE(at != std::string::npos);
        CHECK(content.compare(at + std::string(span).size(), glyph.size(), glyph) == 0);
    }
    // What pdftotext reads is the input: the Hebrew in its order, the flamingo in its place.
    const std::string text = reading_text(pdf);
    INFO(text);
    CHECK(contains(text, kCherokee));
    CHECK(contains(text, kHebrew));
    CHECK_FALSE(contains(text, u8"\uFFFD"));

    // One warning per row, naming the character, its code, and what the page shows instead.
    std::vector<Finding> missing;
    for (const Finding& f : summary.findings)
        if (f.code == "pdf-missing-glyphs") missing.push_back(f);
    REQUIRE(missing.size() == 2);
    CHECK(missing[0].indicator == kCherokee);
    CHECK(contains(missing[0].message, u8"\"\u13A0\" (U+13A0)"));
    CHECK(contains(missing[0].message, u8"printed as \"\uFFFD\" (U+FFFD)"));
    CHECK(contains(missing[0].message, "keeps it"));
    CHECK(missing[1].indicator == kHebrew);
    CHECK(contains(missing[1].message, u8"\"🦩\" (U+1F9A9)"));
}
