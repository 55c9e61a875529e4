// How wide a piece of text is, as an interface: wrapping and pagination can then be tested with
// a made-up measurer, while the writers measure with the template's fonts (font_measurer.hpp).
//
// Widths of text that needs no shaping are additive (a font per character, no kerning), and
// wrapping takes advantage of it (additive_for(), unit_width()). Text that is shaped (the
// template measurer shapes right-to-left, joining and Indic scripts: text_shaper.hpp) is not:
// width() answers for the whole string, additive_for() is false for it, and the line wrapper
// then measures candidate lines whole (line_wrap.hpp), which gives the same breaks sums would.
#pragma once

#include <string>

namespace scorecard {

enum class FontStyle { Regular, Bold };

// The base direction of the paragraph a line belongs to (paragraph_direction.hpp). A line
// that is shaped (text_shaper.hpp) is put in visual order with it; Auto takes it from the
// line's own first strong character, which is right only when the line is the whole paragraph.
enum class TextDirection { Auto, LeftToRight, RightToLeft };

struct TextStyle {
    FontStyle font = FontStyle::Regular;
    double size = 8;  // the font size, in whatever unit the widths are wanted in (points, pixels)
    TextDirection direction = TextDirection::Auto;
};

class TextMeasurer {
public:
    virtual ~TextMeasurer() = default;
    // Width of UTF-8 text set in `style`, as it will be drawn, in the unit of style.size.
    virtual double width(const std::string& utf8, const TextStyle& style) const = 0;
    // Height above the baseline of the font's tallest glyphs.
    virtual double ascent(const TextStyle& style) const = 0;
    // Depth below the baseline (a positive number).
    virtual double descent(const TextStyle& style) const = 0;

    // True when width() is the size times the sum, in order, of unit_width() of each
    // character (no kerning, no shaping, no spacing): wrapping can then measure a line as it
    // grows rather than again from its start, and gets exactly the sums width() would.
    virtual bool additive() const { return false; }
    // Whether additive() holds for this text: a measurer may be additive for some text only
    // (FontMeasurer shapes the lines that need it, text_shaper.hpp).
    virtual bool additive_for(const std::string& /*utf8*/) const { return additive(); }
    // Width of one character at size 1; only called when additive().
    virtual double unit_width(char32_t /*c*/, FontStyle /*font*/) const { return 0; }
};

}  // namespace scorecard
