// Line breaking with a made-up measurer (every character 1 unit per point of size), and with the
// real one, whose running sums must break exactly where measuring whole lines does.
#include <catch2/catch.hpp>

#include "stages/export/common/font_measurer.hpp"
#include "stages/export/common/line_wrap.hpp"
#include "stages/export/common/printable_text.hpp"

using namespace scorecard;

namespace {

class CountingMeasurer : public TextMeasurer {
public:
    double width(const std::string& utf8, const TextStyle& style) const override {
        return static_cast<double>(decode_utf8(utf8).size()) * style.size / 10.0;
    }
    double ascent(const TextStyle& style) const override { return style.size * 0.9; }
    double descent(const TextStyle& style) const override { return style.size * 0.2; }
};

const TextStyle kStyle{FontStyle::Regular, 10};  // one unit per character

const char* const kRegular = "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf";
const char* const kBold = "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf";

}  // namespace

TEST_CASE("text wraps at spaces to the width and keeps every word in order", "[wrap]") {
    CountingMeasurer m;
    const auto lines = wrap_text("Children in mainstream schools in receipt of SEN Support", 20, m, kStyle);
    for (const auto& line : lines) CHECK(decode_utf8(visible_part(line)).size() <= 20);
    // Each line broken at a space keeps it, so the text reads back with its spaces.
    CHECK(lines == std::vector<std::string>{"Children in ", "mainstream schools ", "in receipt of SEN ", "Support"});
}

TEST_CASE("text that fits stays on one line, and empty text has no lines", "[wrap]") {
    CountingMeasurer m;
    CHECK(wrap_text("3,775", 20, m, kStyle) == std::vector<std::string>{"3,775"});
    CHECK(wrap_text("", 20, m, kStyle).empty());
    CHECK(wrap_text("   ", 20, m, kStyle).empty());
}

TEST_CASE("a word wider than the column is broken between characters", "[wrap]") {
    CountingMeasurer m;
    const auto lines = wrap_text("see https://example.org/very/long/path ok", 10, m, kStyle);
    std::string joined;
    for (const auto& line : lines) {
        CHECK(decode_utf8(visible_part(line)).size() <= 10);
        joined += line;
    }
    // Pieces of a broken word get no space between them; the break after "see" keeps its space.
    CHECK(joined == "see https://example.org/very/long/path ok");
    CHECK(lines.size() == 5);
}

TEST_CASE("counting lines takes the text as it is and builds none", "[wrap]") {
    CountingMeasurer m;
    CHECK(count_wrapped_lines("Children in mainstream schools in receipt of SEN Support", 20, m, kStyle) == 4);
    CHECK(count_wrapped_lines("a   b", 3, m, kStyle) == 1);  // runs of spaces are one break
    CHECK(count_wrapped_lines("a\tb c", 3, m, kStyle) == 2);  // a tab is part of its word here
    CHECK(count_wrapped_lines("   ", 3, m, kStyle) == 0);
}

TEST_CASE("characters beyond ASCII count as one each", "[wrap]") {
    CountingMeasurer m;
    const auto lines = wrap_text(u8"Показатель ≥ 5 £ “a”", 12, m, kStyle);
    CHECK(lines == std::vector<std::string>{u8"Показатель ≥ ", u8"5 £ “a”"});
}

TEST_CASE("tabs, line breaks and control characters become single spaces", "[wrap]") {
    CHECK(printable_text("a\tb\r\nc\x01 d  ") == "a b c d");
    CHECK(printable_text(u8"\u00a0kept\u00a0") == u8"\u00a0kept\u00a0");  // a no-break space is a character
}

TEST_CASE("broken UTF-8 becomes replacement characters, not a crash", "[wrap]") {
    const auto chars = decode_utf8(std::string("a\xff\xc3") + "b");
    CHECK(chars == std::vector<char32_t>{'a', 0xFFFD, 0xFFFD, 'b'});
}

TEST_CASE("cutting lines ends the last kept line with an ellipsis that fits", "[wrap]") {
    CountingMeasurer m;
    std::vector<std::string> lines{"0123456789 ", "abcdefghij ", "klm"};
    CHECK(cut_lines(lines, 2, 10, m, kStyle));
    REQUIRE(lines.size() == 2);
    CHECK(lines[1] == u8"abcdefghi…");
    std::vector<std::string> short_lines{"a", "b"};
    CHECK_FALSE(cut_lines(short_lines, 2, 10, m, kStyle));
    CHECK(short_lines.size() == 2);
}

namespace {
// The real measurer, but not additive: wrap_text then measures every candidate line whole.
class WholeStringMeasurer : public TextMeasurer {
public:
    explicit WholeStringMeasurer(const TextMeasurer& real) : real_(real) {}
    double width(const std::string& utf8, const TextStyle& style) const override { return real_.width(utf8, style); }
    double ascent(const TextStyle& style) const override { return real_.ascent(style); }
    double descent(const TextStyle& style) const override { return real_.descent(style); }

private:
    const TextMeasurer& real_;
};
}  // namespace

TEST_CASE("wrapping with running sums of character widths breaks exactly where measuring whole lines does",
          "[wrap][fonts]") {
    const FontMeasurer measure(FontFace::load(kRegular), FontFace::load(kBold), GlyphUnits::Utf16Units);
    REQUIRE(measure.additive());
    const WholeStringMeasurer whole(measure);
    REQUIRE_FALSE(whole.additive());
    const std::vector<std::string> texts = {
        "Individuals worked with by CFWS during period",
        "Percentage of children becoming the subject of a Child Protection Plan for a second or subsequent time",
        u8"Показатель: доля детей ≤ 5 лет, “quoted” words and £1,250",
        "https://www.example.gov.uk/a/very/long/address/without/any/spaces/in/it/at/all",
        "  Tabs\tand\nnewlines   and  runs of spaces  ",
        u8"Emoji \U0001F600 beyond the BMP and a bad byte \xff here",
        "",
        "W",
    };
    // Widths that land on and around each text's own break points, not just round numbers.
    int compared = 0;
    for (const std::string& text : texts) {
        for (FontStyle font : {FontStyle::Regular, FontStyle::Bold}) {
            for (double size : {6.0, 7.75, 8.0}) {
                const TextStyle style{font, size};
                std::vector<double> widths = {1.0, 10.0, 37.5, 60.0, 123.4, 1000.0};
                for (const std::string& word : {std::string("Individuals worked"), std::string("Percentage of"),
                                                std::string(u8"доля детей"), std::string("https://www.example")})
                    widths.push_back(measure.width(word, style));
                for (double w : widths) {
                    INFO(text << " at " << size << " pt in " << w << " pt");
                    const auto lines = wrap_text(text, w, measure, style);
                    CHECK(lines == wrap_text(text, w, whole, style));
                    // Counting the lines of the printable text breaks it the same way.
                    CHECK(count_wrapped_lines(printable_text(text), w, measure, style) == lines.size());
                    ++compared;
                }
            }
        }
    }
    CHECK(compared == 8 * 2 * 3 * 10);
}
