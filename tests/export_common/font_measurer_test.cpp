// The one text measurer: advance widths read from the template's font files with FreeType, and
// for the PDF exactly the widths PoDoFo, which embeds the same files, draws the glyphs with.
#include <catch2/catch.hpp>

#include <podofo/podofo.h>

#include <fstream>
#include <set>
#include <sstream>

#include "stages/export/common/font_face.hpp"
#include "stages/export/common/font_measurer.hpp"
#include "stages/model/utf8.hpp"
#include "support/test_paths.hpp"

using namespace scorecard;

namespace {
const char* const kRegular = "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf";
const char* const kBold = "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf";

double em_width(const FontFace& face, const std::string& text) {
    double em = 0;
    for (std::size_t i = 0; i < text.size();) em += face.advance_em(next_code_point(text, i));
    return em;
}

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}
}  // namespace

TEST_CASE("advance widths, ascent and line height are the font's own", "[measure]") {
    const FontFace regular = FontFace::load(kRegular);
    CHECK(regular.family() == "Liberation Sans");
    CHECK(regular.advance_em('a') == 1139.0 / 2048);  // Arial's 'a', which Liberation Sans matches
    CHECK(regular.advance_em(' ') == 569.0 / 2048);
    CHECK(regular.advance_em('0') == regular.advance_em('9'));  // tabular digits
    CHECK(em_width(regular, "MMM") > em_width(regular, "iii") * 3);
    CHECK(regular.advance_em(U'\u0422') > 0);  // Cyrillic is mapped
    CHECK(regular.advance_em('\n') == 0);      // a line break is not drawn
    CHECK(regular.line_height_em() == Approx(1.149).margin(0.01));
    CHECK(regular.ascent_em() == Approx(0.905).margin(0.01));
    CHECK(regular.descent_em() == Approx(0.212).margin(0.01));
    const FontFace bold = FontFace::load(kBold);
    CHECK(em_width(bold, "Indicator") > em_width(regular, "Indicator"));
    CHECK_THROWS_WITH(FontFace::load("/no/such/font.ttf"), Catch::Contains("/no/such/font.ttf"));
    CHECK_THROWS_AS(FontFace::load("/etc/hostname"), std::runtime_error);
}

TEST_CASE("a character beyond the BMP is one glyph, shaped and drawn by glyph id", "[measure]") {
    const FontMeasurer per_character(FontFace::load(kRegular), FontFace::load(kBold), GlyphUnits::CodePoints);
    const FontMeasurer per_unit(FontFace::load(kRegular), FontFace::load(kBold), GlyphUnits::Utf16Units);
    const char32_t emoji = 0x1F600;
    // Liberation Sans has no U+FFFD: a character it lacks stands as its white square, U+25A1.
    REQUIRE(per_character.replacement().c == U'\u25A1');
    const double stand_in = per_character.face(FontStyle::Regular).advance_em(U'\u25A1');
    CHECK(stand_in != per_character.face(FontStyle::Regular).advance_em(0xE000));  // not .notdef
    CHECK(per_character.unit_width(emoji, FontStyle::Regular) == stand_in);
    // Text holding it is not additive: it is shaped, one glyph (here the stand-in).
    CHECK_FALSE(per_unit.additive_for(u8"a 😀"));
    CHECK(per_unit.additive_for(u8"a ŵ"));
    CHECK(per_unit.width(u8"😀", {FontStyle::Regular, 1}) == Approx(stand_in));
    CHECK(per_unit.unit_width('\t', FontStyle::Bold) == 4 * per_unit.unit_width(' ', FontStyle::Bold));
    CHECK(per_unit.width("Topic", {FontStyle::Regular, 16}) == 2 * per_unit.width("Topic", {FontStyle::Regular, 8}));
}

TEST_CASE("the PDF measures every character of the seeds PoDoFo draws as PoDoFo draws it", "[measure][pdf]") {
    // Every character the seeds, the Unicode fixture and the hostile variant use, and the
    // Latin-1, Latin Extended-A, Greek, Cyrillic and punctuation blocks.
    std::set<char32_t> characters;
    for (const char* fixture : {"children-families-2022-23-q3.txt", "children-families-2019-20-q3.txt",
                                "made-up-unicode-text.txt", "variants/hostile-text.csv"}) {
        const std::string text = read_all(test::fixture_path(fixture));
        REQUIRE(!text.empty());
        for (std::size_t i = 0; i < text.size();) characters.insert(next_code_point(text, i));
    }
    for (char32_t c = 0x20; c < 0x180; ++c) characters.insert(c);
    for (char32_t c = 0x370; c < 0x530; ++c) characters.insert(c);
    for (char32_t c = 0x2000; c < 0x2070; ++c) characters.insert(c);
    characters.insert(0x1F600);
    REQUIRE(characters.size() > 700);

    PoDoFo::PdfMemDocument document;
    const FontMeasurer measure(FontFace::load(kRegular), FontFace::load(kBold), GlyphUnits::Utf16Units);
    int compared = 0;
    for (auto [style, path] : {std::pair{FontStyle::Regular, kRegular}, std::pair{FontStyle::Bold, kBold}}) {
        PoDoFo::PdfFont* font = document.CreateFontSubset(
            style == FontStyle::Bold ? "B" : "R", style == FontStyle::Bold, false, false,
            PoDoFo::PdfEncodingFactory::GlobalIdentityEncodingInstance(), path);
        REQUIRE(font);
        font->SetFontSize(1000.0f);
        const PoDoFo::PdfFontMetrics* metrics = font->GetFontMetrics();
        CHECK(measure.ascent({style, 1000}) == Approx(metrics->GetAscent()).epsilon(1e-12));
        CHECK(measure.descent({style, 1000}) == Approx(-metrics->GetDescent()).epsilon(1e-12));
        for (char32_t c : characters) {
            if (c < 0x20) continue;  // control characters never reach the page (printable_text)
            // Lines holding these are shaped and drawn by glyph id, not by PoDoFo
            // (text_shaper_test.cpp measures them).
            if (needs_shaping(c)) continue;
            // So are lines holding a character the font lacks, drawn as its stand-in
            // (pdf_missing_glyphs_test.cpp).
            if (!measure.can_draw(c)) continue;
            std::string utf8;
            append_utf8(utf8, c);
            const double podofo = metrics->StringWidth(PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(utf8.c_str())));
            INFO("U+" << std::hex << static_cast<unsigned>(c));
            CHECK(measure.width(utf8, {style, 1000}) == podofo);  // the same double, not just close
            ++compared;
        }
    }
    CHECK(compared > 1400);
}
