#include "font_measurer.hpp"

#include "stages/model/utf8.hpp"

namespace scorecard {

FontMeasurer::FontMeasurer(FontFace regular, FontFace bold, GlyphUnits units)
    : regular_(std::move(regular)), bold_(std::move(bold)), units_(units) {}

FontMeasurer FontMeasurer::for_template(const OutputTemplate& output_template, GlyphUnits units) {
    return FontMeasurer(FontFace::load(output_template.font_regular), FontFace::load(output_template.font_bold), units);
}

double FontMeasurer::unit_width(char32_t c, FontStyle font) const {
    const FontFace& f = face(font);
    if (units_ == GlyphUnits::CodePoints) return f.advance_em(c);
    if (c == '\t') return 4 * f.advance_em(' ');
    if (c < 0x10000) return f.advance_em(c);
    const char32_t v = c - 0x10000;
    return f.advance_em(0xD800 + (v >> 10)) + f.advance_em(0xDC00 + (v & 0x3FF));
}

double FontMeasurer::width(const std::string& utf8, const TextStyle& style) const {
    double total = 0;
    const auto* s = reinterpret_cast<const unsigned char*>(utf8.data());
    const std::size_t n = utf8.size();
    std::size_t i = 0;
    while (i < n) total += unit_width(next_code_point(s, n, i), style.font);
    return total * style.size;
}

}  // namespace scorecard
