// The content-stream formatters: numbers, colours and glyph strings.
#include <catch2/catch.hpp>

#include <podofo/podofo.h>

#include "pdf_test_support.hpp"
#include "stages/export/pdf/font_set.hpp"
#include "stages/export/pdf/glyph_encoder.hpp"
#include "stages/export/pdf/pdf_syntax.hpp"

using namespace scorecard;
using namespace scorecard::pdf;

TEST_CASE("numbers are fixed point with no trailing zeros and no locale", "[pdf][syntax]") {
    CHECK(pdf_number(0) == "0");
    CHECK(pdf_number(7) == "7");
    CHECK(pdf_number(12.3) == "12.3");
    CHECK(pdf_number(541.8897) == "541.89");
    CHECK(pdf_number(-0.05) == "-0.05");
    CHECK(pdf_number(-0.004) == "0");  // rounds to zero: no "-0"
    CHECK(pdf_number(-12.5) == "-12.5");
    CHECK(pdf_number(0.125) == "0.13");   // half a hundredth rounds away from zero
    CHECK(pdf_number(-0.125) == "-0.13");
    CHECK(pdf_number(1e12) == "1000000000000");
    std::string out;
    append_integer(out, 0);
    out += ' ';
    append_integer(out, -9223372036854775807LL - 1);
    out += ' ';
    append_hundredths(out, 120);
    out += ' ';
    append_hundredths(out, -105);
    out += ' ';
    append_thousandths(out, 7.75);
    out += ' ';
    append_thousandths(out, 0.0005);
    CHECK(out == "0 -9223372036854775808 1.2 -1.05 7.75 0.001");
}

TEST_CASE("colours are three channels to three decimals", "[pdf][syntax]") {
    std::string out;
    append_colour(out, Rgb{255, 192, 0});
    CHECK(out == "1 0.753 0");
    out.clear();
    append_colour(out, Rgb{217, 217, 217});
    CHECK(out == "0.851 0.851 0.851");
}

TEST_CASE("a long string is encoded as its characters are one by one, and only escapes what it must",
          "[pdf][syntax][fonts]") {
    PoDoFo::PdfMemDocument document;
    const OutputTemplate layout = scorecard::test::named_template("flat-2022-23");
    FontSet fonts(document, layout);
    GlyphEncoder encoder(fonts);
    // Longer than the encoder's block, with characters that need escaping and a tab.
    std::string text;
    for (int i = 0; i < 400; ++i) text += u8"Ey(*)\\ £≥Д\t";
    std::string whole;
    encoder.append_string(whole, text, FontStyle::Regular);
    std::string pieces = "(";
    for (const std::string ch : {u8"E", u8"y", u8"(", u8"*", u8")", u8"\\", u8" ", u8"£", u8"≥", u8"Д", u8"\t"}) {
        std::string one;
        encoder.append_string(one, ch, FontStyle::Regular);
        REQUIRE(one.size() >= 4);
        REQUIRE(one.front() == '(');
        REQUIRE(one.back() == ')');
        pieces += one.substr(1, one.size() - 2);
    }
    std::string expected = "(";
    for (int i = 0; i < 400; ++i) expected += pieces.substr(1);
    expected += ")";
    CHECK(whole == expected);
    // 'E' is glyph 40, '(': escaped; '*' is glyph 13, CR: written \r; a tab is four spaces.
    std::string e, star, tab, space;
    encoder.append_string(e, "E", FontStyle::Regular);
    encoder.append_string(star, "*", FontStyle::Regular);
    encoder.append_string(tab, "\t", FontStyle::Regular);
    encoder.append_string(space, " ", FontStyle::Regular);
    CHECK(e == std::string("(\0\\()", 5));
    CHECK(star == std::string("(\0\\r)", 5));
    CHECK(tab == "(" + space.substr(1, 2) + space.substr(1, 2) + space.substr(1, 2) + space.substr(1, 2) + ")");
}
