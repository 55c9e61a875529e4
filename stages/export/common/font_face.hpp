// One font file's metrics, read with FreeType: the advance width of every character it maps,
// its ascent, descent and line height, and its family name.
//
// The writers measure text with these and the PDF embeds the same file, which PoDoFo reads
// with FreeType too: the widths measured here are the ones the PDF's glyphs are drawn with.
// Everything is read when the face is loaded and the FreeType face closed again, so a FontFace
// is a plain value, cheap to share between threads.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace scorecard {

class FontFace {
public:
    // Reads the font file (`index`: the face's place in a collection, .ttc). Throws
    // std::runtime_error naming the file when FreeType cannot read it as a font.
    static FontFace load(const std::string& path, int index = 0);

    // The advance of the glyph `c` maps to, in em (1.0 = the font size); the advance of glyph 0
    // (.notdef, what a renderer shows) for a character the font does not map. A line break
    // (CR, LF) has no width: it is not drawn.
    double advance_em(char32_t c) const {
        if (c < 0x80) return ascii_em_[c];
        if (c <= 0xFFFF) return bmp_advance_[c] / units_per_em_;
        return astral_advance_em(c);
    }
    // Whether the font's character map has `c`.
    bool maps(char32_t c) const {
        if (c <= 0xFFFF) return (bmp_mapped_[c >> 6] >> (c & 63)) & 1;
        return astral_advance_.count(c) != 0;
    }
    double ascent_em() const { return ascent_em_; }
    double descent_em() const { return descent_em_; }  // positive: the depth below the baseline
    // Distance between the baselines of lines set solid (ascender - descender + line gap).
    double line_height_em() const { return line_height_em_; }
    // The family name ("Liberation Sans").
    const std::string& family() const { return family_; }
    const std::string& path() const { return path_; }

private:
    double astral_advance_em(char32_t c) const;

    std::string path_, family_;
    double units_per_em_ = 1000;
    double ascent_em_ = 0, descent_em_ = 0, line_height_em_ = 1.15;
    std::vector<std::uint16_t> bmp_advance_;  // font units, for U+0000..U+FFFF
    std::vector<std::uint64_t> bmp_mapped_;   // a bit per character of U+0000..U+FFFF the font maps
    std::unordered_map<char32_t, std::uint16_t> astral_advance_;  // mapped characters beyond
    std::uint16_t notdef_advance_ = 0;
    double ascii_em_[128] = {};
};

}  // namespace scorecard
