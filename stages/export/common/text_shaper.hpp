// Text that is more than a row of characters: shaped by HarfBuzz and put in reading order by
// FriBidi.
//
// Right-to-left scripts (Arabic, Hebrew) are stored in logical order and must be drawn right
// to left; Arabic letters take joining forms, Indic scripts form conjuncts and move vowel
// signs, combining marks sit on their letters. None of that is one glyph per character, so
// a line holding any such character (needs_shaping) is measured and drawn from its shaped
// form: FriBidi gives each character its embedding level and the line's visual order, the
// line is cut into runs of one level and one font of the chain, and HarfBuzz shapes each run
// into glyph ids with advances and offsets. Lines of other text (Latin, Greek, Cyrillic, CJK)
// stay on the per-character path (font_measurer.hpp), whose widths are additive: that path is
// what large tables spend their time on.
//
// Bidi controls and other default-ignorable characters are not drawn (HarfBuzz removes them);
// they still steer the order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <hb.h>

#include "text_measurer.hpp"

namespace scorecard {

// Whether `c` is drawn differently from its own glyph, alone, left to right: a character of a
// right-to-left or a joining or reordering script, a combining mark, a bidi control or
// joiner, or a character beyond U+FFFF (drawn by glyph id, see the PDF's shaped fonts).
bool needs_shaping(char32_t c);
// Whether `c` is a format character that is never drawn (bidi marks and embeddings, joiners,
// zero-width space, variation selectors, the byte order mark).
bool is_default_ignorable(char32_t c);
// Whether `c`, after `previous`, belongs to the same cluster, so that a line must not be broken
// between them: `c` is a mark or a joiner, or `previous` is a virama or zero-width joiner
// (an Indic conjunct).
bool continues_cluster(char32_t previous, char32_t c);
// Whether any character of the UTF-8 text does (a quick byte scan for plain text).
bool text_needs_shaping(const std::string& utf8);

// One glyph as HarfBuzz placed it, in font units.
struct ShapedGlyph {
    std::uint32_t glyph = 0;    // the glyph id in the font
    std::int32_t advance = 0;   // how far the pen moves after it
    std::int32_t x_offset = 0;  // where it sits from the pen
    std::int32_t y_offset = 0;
    std::uint32_t cluster = 0;  // byte offset in the line of the first character it draws
};

// A stretch of the line in one font and one direction, its glyphs in visual order (left to
// right on the page).
struct ShapedRun {
    std::size_t font = 0;  // the font of the chain (FontMeasurer::face(font, style))
    FontStyle style = FontStyle::Regular;
    bool right_to_left = false;
    std::size_t begin = 0, end = 0;  // its characters, as byte offsets in the line
    // Characters no font of the chain draws: each is one glyph of the measurer's
    // replacement() (its cluster the character's), which the PDF marks with the character.
    bool replacement = false;
    double units_per_em = 1000;
    std::vector<ShapedGlyph> glyphs;
};

// A line as it is drawn: its runs in visual order.
struct ShapedLine {
    std::vector<ShapedRun> runs;
    double width_em = 0;  // the sum of every glyph's advance, in em (1.0 = the font size)
};

// A font file opened by HarfBuzz for shaping; immutable once made, so shared between threads.
class ShapingFont {
public:
    // Throws std::runtime_error naming the file when HarfBuzz cannot read it.
    ShapingFont(const std::string& path, int index);
    ~ShapingFont();
    ShapingFont(const ShapingFont&) = delete;
    ShapingFont& operator=(const ShapingFont&) = delete;

    // The HarfBuzz font, at a scale of one font unit.
    hb_font_t* font() const { return font_; }
    hb_face_t* face() const { return face_; }
    unsigned units_per_em() const { return units_per_em_; }

private:
    hb_blob_t* blob_ = nullptr;
    hb_face_t* face_ = nullptr;
    hb_font_t* font_ = nullptr;
    unsigned units_per_em_ = 1000;
};

}  // namespace scorecard
