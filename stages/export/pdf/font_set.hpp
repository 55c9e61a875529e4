// The fonts the scorecard is set in, embedded as subsets: the template's chain, each font
// added to the document the first time a character is drawn with it.
//
// Fonts are loaded by file path (the template's families were found through fontconfig when
// it was loaded) with the identity encoding: PoDoFo's look-up by family name silently
// substitutes another font when the name is wrong, and its default WinAnsi encoding silently
// drops ≥, curly quotes and Cyrillic. Identity-H with a subset keeps every character the
// table holds and the file small, and PoDoFo writes a ToUnicode map for it so the text
// extracts (and a screen reader can read it).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "stages/export/common/text_measurer.hpp"
#include "stages/templates/output_template.hpp"

namespace PoDoFo {
class PdfDocument;
class PdfFont;
}  // namespace PoDoFo

namespace scorecard::pdf {

class FontSet {
public:
    // Embeds the chain's first font now. Throws ExportError naming the file when a font file
    // is missing or will not load.
    FontSet(PoDoFo::PdfDocument& document, const OutputTemplate& layout);

    // The chain's first font.
    PoDoFo::PdfFont& font(FontStyle style) { return font(0, style); }
    // The chain's `index`th font, embedded now if it was not yet (a family without a bold
    // face gives its regular face for bold).
    PoDoFo::PdfFont& font(std::size_t index, FontStyle style);

private:
    PoDoFo::PdfDocument& document_;
    std::vector<ChainFont> chain_;
    std::map<std::size_t, PoDoFo::PdfFont*> loaded_;  // by index * 2 + (bold ? 1 : 0)
};

}  // namespace scorecard::pdf
