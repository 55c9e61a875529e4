// The fonts shaped text is drawn with: glyph ids straight from HarfBuzz, in fonts this writer
// embeds itself.
//
// Why not PoDoFo's fonts (font_set.hpp): PoDoFo 0.9.8 keeps a font's subset, widths and
// ToUnicode map by character (PdfFontCID::AddUsedSubsettingGlyphs takes UTF-16 units and looks
// each one's glyph up in the character map), so a glyph that no character maps to on its own
// (an Arabic letter's joining forms, a Devanagari conjunct, a ligature) never enters the
// subset and has no width, and a character beyond U+FFFF cannot be recorded at all. Here each
// font records the glyph ids drawn with it, and when the pages are done writes what PoDoFo
// would: a Type0 font with Identity-H (the codes are the glyph ids), a CIDFontType2 with
// CIDToGIDMap /Identity and the widths of exactly those glyphs, the font file subset by
// HarfBuzz's subsetter with the glyph ids kept (HB_SUBSET_FLAGS_RETAIN_GIDS), and a ToUnicode
// map from each glyph to the characters it was first drawn for. The text a reader extracts
// comes from the /ActualText each shaped line carries (page_canvas.cpp).
//
// Only lines that need shaping use these fonts, so a document set in Latin alone has none.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "stages/export/common/font_measurer.hpp"

namespace PoDoFo {
class PdfDocument;
class PdfObject;
}  // namespace PoDoFo

namespace scorecard::pdf {

class ShapedFonts {
public:
    ShapedFonts(PoDoFo::PdfDocument& document, const FontMeasurer& measure);
    ~ShapedFonts();
    ShapedFonts(const ShapedFonts&) = delete;
    ShapedFonts& operator=(const ShapedFonts&) = delete;

    // The font of the chain's `index`th font in `style`, as a number for the calls below; its
    // font dictionary is made the first time.
    std::size_t slot(std::size_t index, FontStyle style);
    // Its resource name on a page ("Sh3B") and its font dictionary.
    const std::string& resource_name(std::size_t slot) const;
    PoDoFo::PdfObject& dictionary(std::size_t slot) const;
    // Records that `glyph` is drawn, and for the ToUnicode map the characters it stands for
    // (kept from its first use that gives any). Returns its width as the PDF states it, in
    // thousandths of the font size.
    long glyph_used(std::size_t slot, std::uint32_t glyph, const std::string& utf8);

    // Writes each font's widths, ToUnicode map and subset font file. Call once after the last
    // page is drawn and its content handed over, before the document is closed.
    void finish();

private:
    struct Font;
    void write(Font& font);

    PoDoFo::PdfDocument& document_;
    const FontMeasurer& measure_;
    std::vector<std::unique_ptr<Font>> fonts_;  // by slot: chain index * 2 + (bold face ? 1 : 0)
};

}  // namespace scorecard::pdf
