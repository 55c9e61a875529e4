// How wide a piece of text is, as an interface: wrapping and pagination can then be tested with
// a made-up measurer, while the writers measure with the template's fonts (font_measurer.hpp).
//
// Widths are additive today (one font per style, no kerning, no shaping), and wrapping takes
// advantage of it (additive(), unit_width()). A measurer that shapes runs of text, or falls
// back through a chain of fonts for characters the first one lacks, answers width() for the
// whole string and keeps additive() false; the line wrapper then measures candidate lines
// whole (line_wrap.hpp) and gives the same breaks it would give from sums.
#pragma once

#include <string>

namespace scorecard {

enum class FontStyle { Regular, Bold };

struct TextStyle {
    FontStyle font = FontStyle::Regular;
    double size = 8;  // the font size, in whatever unit the widths are wanted in (points, pixels)
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
    // Width of one character at size 1; only called when additive().
    virtual double unit_width(char32_t /*c*/, FontStyle /*font*/) const { return 0; }
};

}  // namespace scorecard
