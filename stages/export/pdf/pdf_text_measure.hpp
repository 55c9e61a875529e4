// Measures text with the embedded fonts' own metrics (PdfFontMetrics::StringWidth).
#pragma once

#include <memory>
#include <unordered_map>

#include "font_set.hpp"
#include "text_measure.hpp"

namespace scorecard::pdf {

class PdfTextMeasurer : public TextMeasurer {
public:
    explicit PdfTextMeasurer(const FontSet& fonts) : fonts_(fonts) {}

    double width(const std::string& utf8, const TextStyle& style) const override;
    double ascent(const TextStyle& style) const override;
    double descent(const TextStyle& style) const override;

    // Width of one character at 1 pt. StringWidth scales linearly with the size (no kerning
    // is applied when text is drawn, and no character or word spacing is set), so a line's
    // width is the size times the sum of these. Caching per character keeps 100,000-row
    // tables fast: StringWidth asks FreeType for every glyph on every call.
    bool additive() const override { return true; }
    double unit_width(char32_t c, FontStyle style) const override;

private:

    const FontSet& fonts_;
    // Per face: the widths of the BMP in a table of 256-character blocks, made as characters
    // in them are first measured (negative: not measured yet) so Latin text costs a few
    // kilobytes; a hash lookup per character had been a tenth of a large table's time. The
    // rest of Unicode in a map.
    mutable std::unique_ptr<double[]> bmp_[2][256];
    mutable std::unordered_map<char32_t, double> cache_[2];
};

}  // namespace scorecard::pdf
