// How wide a piece of text is, as an interface, so that wrapping and pagination can be tested
// with a made-up measurer and no PDF, while the writer measures with the embedded fonts.
#pragma once

#include <string>

namespace scorecard::pdf {

enum class FontStyle { Regular, Bold };

struct TextStyle {
    FontStyle font = FontStyle::Regular;
    double size = 8;  // points
};

// Leading as a multiple of the font size: 1.2 is the usual typesetting default and leaves a
// small gap between wrapped lines of Liberation Sans (whose ascent + descent is ~1.12 em).
constexpr double kLineSpacing = 1.2;
inline double line_height(const TextStyle& style) { return style.size * kLineSpacing; }

class TextMeasurer {
public:
    virtual ~TextMeasurer() = default;
    // Width in points of UTF-8 text set in `style`, as it will be drawn.
    virtual double width(const std::string& utf8, const TextStyle& style) const = 0;
    // Height above the baseline of the font's tallest glyphs, in points.
    virtual double ascent(const TextStyle& style) const = 0;
    // Depth below the baseline (a positive number), in points.
    virtual double descent(const TextStyle& style) const = 0;

    // True when width() is the size times the sum, in order, of unit_width() of each
    // character (no kerning, no spacing): wrapping can then measure a line as it grows rather
    // than again from its start, and gets exactly the sums width() would. Measurers for which
    // that does not hold keep the default, and wrapping measures whole strings.
    virtual bool additive() const { return false; }
    // Width of one character at 1 pt; only called when additive().
    virtual double unit_width(char32_t /*c*/, FontStyle /*font*/) const { return 0; }
};

// Where the baseline of a line sits below the top of its line box: the leading is shared
// above and below the glyphs, so text looks centred in its line.
double baseline_offset(const TextMeasurer& measure, const TextStyle& style);

}  // namespace scorecard::pdf
