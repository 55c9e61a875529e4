// The text measurer both writers use: the template's regular and bold font files (font_face.hpp).
//
// A later font chain (fallback faces for characters the template's fonts lack) or shaping goes
// here: each style then maps to a list of faces, width() measures the runs each face sets, and
// additive() turns false once shaping can make a run narrower than the sum of its characters.
#pragma once

#include "stages/templates/output_template.hpp"
#include "font_face.hpp"
#include "text_measurer.hpp"

namespace scorecard {

// What a drawn string is made of, glyph by glyph.
enum class GlyphUnits {
    CodePoints,  // one glyph per character (a spreadsheet application, a browser)
    Utf16Units   // one glyph per UTF-16 unit, a tab as four spaces: how the PDF writer draws
                 // with PoDoFo's Identity-H fonts (pdf/glyph_encoder.hpp), so a character beyond
                 // the BMP is two glyphs, each the font's .notdef unless it maps a surrogate
};

class FontMeasurer : public TextMeasurer {
public:
    FontMeasurer(FontFace regular, FontFace bold, GlyphUnits units = GlyphUnits::CodePoints);
    // The template's font files. Throws std::runtime_error naming a file that cannot be read.
    static FontMeasurer for_template(const OutputTemplate& output_template, GlyphUnits units);

    double width(const std::string& utf8, const TextStyle& style) const override;
    double ascent(const TextStyle& style) const override { return face(style.font).ascent_em() * style.size; }
    double descent(const TextStyle& style) const override { return face(style.font).descent_em() * style.size; }
    bool additive() const override { return true; }
    double unit_width(char32_t c, FontStyle font) const override;

    const FontFace& face(FontStyle font) const { return font == FontStyle::Bold ? bold_ : regular_; }

private:
    FontFace regular_, bold_;
    GlyphUnits units_;
};

}  // namespace scorecard
