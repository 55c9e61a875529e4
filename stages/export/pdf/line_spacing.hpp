// How lines of text are spaced in the PDF: the leading, and where a line's baseline sits.
#pragma once

#include "stages/export/common/text_measurer.hpp"

namespace scorecard::pdf {

// Leading as a multiple of the font size: 1.2 is the usual typesetting default and leaves a
// small gap between wrapped lines of Liberation Sans (whose ascent + descent is ~1.12 em).
constexpr double kLineSpacing = 1.2;
inline double line_height(const TextStyle& style) { return style.size * kLineSpacing; }

// Where the baseline of a line sits below the top of its line box: the leading is shared
// above and below the glyphs, so text looks centred in its line.
inline double baseline_offset(const TextMeasurer& measure, const TextStyle& style) {
    const double glyphs = measure.ascent(style) + measure.descent(style);
    return (line_height(style) - glyphs) / 2.0 + measure.ascent(style);
}

}  // namespace scorecard::pdf
