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
    explicit GlyphEncoder(FontSet& fonts);

    // Appends the text as a literal string of two-byte glyph ids ("(\0&\0K)", binary) and
    // adds its characters to the face's subset. Invalid UTF-8 shows as U+FFFD, as it is
    // measured; a tab as four spaces, as PdfPainter drew it.
    //
    // A literal string rather than PdfPainter's hex ("<0026004b>"): half the bytes, and the
    // page streams of a 10,000-row table compress to 3.8 MB instead of 4.6 MB (zlib level 1)
    // in the same time. Text extraction reads the glyphs through the ToUnicode map either way.
    // `index`: the font of the chain (font_set.hpp) the text is drawn with.
    void append_string(PdfOut& out, const std::string& utf8, FontStyle style, std::size_t index = 0);
    void append_string(std::string& out, const std::string& utf8, FontStyle style, std::size_t index = 0);

    PoDoFo::PdfFont& font(FontStyle style, std::size_t index = 0) { return *face(style, index).font; }
    // The face's resource name on a page ("Ft8"), as PoDoFo made it.
    const std::string& resource_name(FontStyle style, std::size_t index = 0) { return face(style, index).name; }

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
    // The chain's `index`th font in `style`, embedded (FontSet::font) the first time.
    Face& face(FontStyle style, std::size_t index);
    // Looks the unit up the first time it is used: its glyph, and its place in the subset.
    const Code& code(Face& face, std::uint16_t unit);

    FontSet& fonts_;
    std::vector<std::unique_ptr<Face>> faces_;  // by index * 2 + (bold ? 1 : 0)
};

}  // namespace scorecard::pdf
