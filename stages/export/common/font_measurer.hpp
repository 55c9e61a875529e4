// The text measurer both writers use: the template's chain of fonts (font_face.hpp), the first
// for the text and the others for the characters it lacks.
//
// Each character is set in the first font of the chain whose character map has it, in the
// style asked for (a family without a bold face sets its bold text in its regular face). A
// character no font of the chain has is drawn as a visible stand-in (replacement(), U+FFFD
// where the chain has it) and measured as that, and can_draw() says so, for the warning; the
// PDF keeps the character itself in its text layer (pdf/page_canvas). Only the first font is read when the measurer is made;
// the others are read the first time a character needs them, so a table in the first font's
// script costs nothing more.
//
// For text of the scripts that need no shaping the choice is made per character, so widths
// stay additive: wrapping can keep summing character widths, and the PDF writer draws each
// run of characters in the font this measurer chose for them (pdf/page_canvas), with the
// widths measured here. Text that needs shaping (text_shaper.hpp: right-to-left, joining and
// Indic scripts, combining marks) is measured as shape() lays it out, runs of it in one font
// chosen cluster by cluster, and the PDF draws those glyphs.
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "stages/model/utf8.hpp"
#include "stages/templates/output_template.hpp"
#include "font_face.hpp"
#include "text_measurer.hpp"
#include "text_shaper.hpp"

namespace scorecard {

// What a drawn string is made of, glyph by glyph.
enum class GlyphUnits {
    CodePoints,  // one glyph per character (a spreadsheet application, a browser)
    Utf16Units   // one glyph per UTF-16 unit, a tab as four spaces: how the PDF writer draws
                 // with PoDoFo's Identity-H fonts (pdf/glyph_encoder.hpp). A character beyond
                 // the BMP cannot go that way (PoDoFo 0.9.8's font subsets hold only BMP
                 // characters): text holding one is shaped, and drawn by glyph id
};

class FontMeasurer : public TextMeasurer {
public:
    // A chain of one font.
    FontMeasurer(FontFace regular, FontFace bold, GlyphUnits units = GlyphUnits::CodePoints);
    // The template's chain (OutputTemplate::font_chain); reads its first font now.
    FontMeasurer(const std::vector<ChainFont>& chain, GlyphUnits units);
    // Throws std::runtime_error naming a file that cannot be read.
    static FontMeasurer for_template(const OutputTemplate& output_template, GlyphUnits units);

    double width(const std::string& utf8, const TextStyle& style) const override;
    double ascent(const TextStyle& style) const override { return face(style.font).ascent_em() * style.size; }
    double descent(const TextStyle& style) const override { return face(style.font).descent_em() * style.size; }
    bool additive() const override { return true; }
    bool additive_for(const std::string& utf8) const override { return !takes_shaped_path(utf8); }
    // Whether the text is measured and drawn shaped (shape()): it needs shaping
    // (text_shaper.hpp), or holds a character no font of the chain draws, which is drawn as the
    // replacement() with the character kept in the PDF's text layer.
    bool takes_shaped_path(const std::string& utf8) const { return text_needs_shaping(utf8) || !draws_all(utf8); }
    double unit_width(char32_t c, FontStyle font) const override;

    // The first font's face: the document's own, whose ascent and descent set the lines.
    const FontFace& face(FontStyle font) const { return face(0, font); }
    // The face of the chain's `index`th font in `font`'s style; read now if it was not yet.
    const FontFace& face(std::size_t index, FontStyle font) const;
    std::size_t chain_size() const { return chain_.size(); }
    const ChainFont& chain_font(std::size_t index) const { return chain_[index]->spec; }

    // The chain's font that draws `c`: the first that maps it; 0 when none does.
    std::size_t font_for(char32_t c, FontStyle font) const;
    // Whether some font of the chain draws `c` (a tab or a line break always counts as drawn).
    bool can_draw(char32_t c) const;
    // Whether it draws every character of the text.
    bool draws_all(const std::string& utf8) const;

    // What stands in for a character no font of the chain draws, so that the reader sees
    // something is there: U+FFFD (the replacement character) from the first font that has it,
    // else U+25A1 (a white square), else a question mark. Found the first time it is asked for.
    struct Replacement {
        char32_t c = U'?';
        std::size_t font = 0;  // the chain's font it is drawn from
    };
    const Replacement& replacement() const;

    // The line as it is drawn: in visual order, shaped run by run (text_shaper.hpp), in the
    // base direction of the paragraph it belongs to (Auto: the line's own first strong
    // character's). Lines that need no shaping may be shaped too (their glyphs are then the
    // characters' own).
    ShapedLine shape(const std::string& utf8, FontStyle font, TextDirection direction = TextDirection::Auto) const;
    // The HarfBuzz font of the chain's `index`th font in `font`'s style; opened now if not yet.
    const ShapingFont& shaping_font(std::size_t index, FontStyle font) const;

    // Calls run(font_index, begin, end) for each stretch of `utf8` (byte offsets) that one
    // font of the chain draws, in order.
    template <class Run>
    void for_each_run(const std::string& utf8, FontStyle font, Run run) const {
        const auto* s = reinterpret_cast<const unsigned char*>(utf8.data());
        const std::size_t n = utf8.size();
        std::size_t start = 0, i = 0, current = 0;
        while (i < n) {
            const std::size_t at = i;
            const std::size_t index = font_for(next_code_point(s, n, i), font);
            if (index != current && at > start) {
                run(current, start, at);
                start = at;
            }
            current = index;
        }
        if (n > start) run(current, start, n);
    }

private:
    struct Slot {
        ChainFont spec;
        std::once_flag once[2];
        std::optional<FontFace> faces[2];
        std::string failure[2];  // why the face would not load, once it was tried
        std::once_flag shaping_once[2];
        std::unique_ptr<ShapingFont> shaping[2];
        std::string shaping_failure[2];
    };
    // The chain's first font that maps `c` in `font`'s style; chain_size() when none does.
    std::size_t find_font(char32_t c, FontStyle font) const;

    struct LazyReplacement {
        std::once_flag once;
        Replacement value;
    };
    std::vector<std::shared_ptr<Slot>> chain_;
    std::shared_ptr<LazyReplacement> replacement_ = std::make_shared<LazyReplacement>();
    GlyphUnits units_;
};

}  // namespace scorecard
