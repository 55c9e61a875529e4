// The two faces the scorecard is set in, embedded as subsets.
//
// Fonts are loaded by file path with the identity encoding: PoDoFo's look-up by family name
// goes through fontconfig and silently substitutes another font when the name is wrong, and
// its default WinAnsi encoding silently drops ≥, curly quotes and Cyrillic. Identity-H with a
// subset keeps every character the table holds and the file small, and PoDoFo writes a
// ToUnicode map for it so the text extracts (and a screen reader can read it).
#pragma once

#include <string>

#include "stages/export/common/text_measurer.hpp"

namespace PoDoFo {
class PdfDocument;
class PdfFont;
}  // namespace PoDoFo

namespace scorecard {
struct OutputTemplate;
}

namespace scorecard::pdf {

class FontSet {
public:
    // Throws ExportError naming the file when a font file is missing or will not load.
    FontSet(PoDoFo::PdfDocument& document, const OutputTemplate& layout);

    PoDoFo::PdfFont& font(FontStyle style) const { return style == FontStyle::Bold ? *bold_ : *regular_; }

private:
    PoDoFo::PdfFont* regular_ = nullptr;
    PoDoFo::PdfFont* bold_ = nullptr;
};

}  // namespace scorecard::pdf
