// Text as the glyph ids a content stream shows with the fonts' Identity-H encoding.
//
// What PoDoFo's PdfPainter::DrawText did for each line of text, done once per character
// instead: it turned the UTF-8 into a PdfString of UTF-16, looked each unit's glyph up in
// FreeType, recorded the unit in the font's subset (a std::set insert) and hex-encoded the
// result through a filter object, a third of the PDF stage's time on a large table. Here each
// face keeps a table of the glyph ids it has looked up and of the units it has already given
// the subset, so a character costs a table read after its first use, and the font's subset,
// widths and ToUnicode map come out exactly as before (PoDoFo builds them at Close() from the
// same set of units).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "font_set.hpp"
#include "pdf_syntax.hpp"
#include "stages/export/common/text_measurer.hpp"

namespace scorecard::pdf {

class GlyphEncoder {
public:
    explicit GlyphEncoder(const FontSet& fonts);

    // Appends the text as a literal string of two-byte glyph ids ("(\0&\0K)", binary) and
    // adds its characters to the face's subset. Invalid UTF-8 shows as U+FFFD, as it is
    // measured; a tab as four spaces, as PdfPainter drew it.
    //
    // A literal string rather than PdfPainter's hex ("<0026004b>"): half the bytes, and the
    // page streams of a 10,000-row table compress to 3.8 MB instead of 4.6 MB (zlib level 1)
    // in the same time. Text extraction reads the glyphs through the ToUnicode map either way.
    void append_string(PdfOut& out, const std::string& utf8, FontStyle style);
    void append_string(std::string& out, const std::string& utf8, FontStyle style);

    PoDoFo::PdfFont& font(FontStyle style) const { return fonts_.font(style); }
    // The face's resource name on a page ("Ft8"), as PoDoFo made it.
    const std::string& resource_name(FontStyle style) const { return face(style).name; }

private:
    // A UTF-16 unit as it goes into a string: its glyph id's two bytes, escaped (2 to 4 bytes).
    struct Code {
        char bytes[4];
        std::int8_t size = -1;  // -1: not looked up yet (the unit is then not in the subset yet)
    };
    struct Face {
        PoDoFo::PdfFont* font = nullptr;
        std::string name;
        bool subsetting = false;
        // Per UTF-16 unit, in blocks of 256 made as units in them are first used.
        std::unique_ptr<Code[]> codes[256];
    };
    const Face& face(FontStyle style) const { return faces_[style == FontStyle::Bold ? 1 : 0]; }
    Face& face(FontStyle style) { return faces_[style == FontStyle::Bold ? 1 : 0]; }
    // Looks the unit up the first time it is used: its glyph, and its place in the subset.
    const Code& code(Face& face, std::uint16_t unit);

    const FontSet& fonts_;
    Face faces_[2];
};

}  // namespace scorecard::pdf
