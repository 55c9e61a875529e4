#include "font_set.hpp"

#include <podofo/podofo.h>

#include <fstream>

#include "stages/export/common/export_context.hpp"

namespace scorecard::pdf {

namespace {

PoDoFo::PdfFont* load_subset(PoDoFo::PdfDocument& document, const std::string& path, const std::string& name,
                             bool bold) {
    // Check the file ourselves first: given a path that does not exist, PoDoFo falls back to a
    // fontconfig look-up by `name` and would quietly embed whatever that finds.
    if (path.empty()) throw ExportError(std::string("the template names no ") + (bold ? "bold" : "regular") + " font file");
    if (!std::ifstream(path, std::ios::binary)) throw ExportError("font file missing or unreadable: " + path);
    PoDoFo::PdfFont* font = nullptr;
    try {
        font = document.CreateFontSubset(name.c_str(), bold, false, false,
                                         PoDoFo::PdfEncodingFactory::GlobalIdentityEncodingInstance(), path.c_str());
    } catch (const PoDoFo::PdfError& e) {
        throw ExportError("font file will not load: " + path + " (" + e.what() + ")");
    }
    if (!font || !font->GetFontMetrics()) throw ExportError("font file will not load: " + path);
    return font;
}

}  // namespace

FontSet::FontSet(PoDoFo::PdfDocument& document, const OutputTemplate& layout)
    : document_(document), chain_(layout.fonts()) {
    font(0, FontStyle::Regular);
    font(0, FontStyle::Bold);
}

PoDoFo::PdfFont& FontSet::font(std::size_t index, FontStyle style) {
    const ChainFont& spec = chain_.at(index);
    const bool bold = style == FontStyle::Bold && spec.has_bold;
    PoDoFo::PdfFont*& slot = loaded_[index * 2 + (bold ? 1 : 0)];
    if (!slot) {
        // Distinct names keep PoDoFo's font cache (keyed by name, bold, italic) from handing
        // back another face when two entries use one file.
        const std::string name = "Scorecard" + std::to_string(index) + (bold ? "Bold" : "Regular");
        slot = load_subset(document_, bold ? spec.bold.path : spec.regular.path, name, bold);
    }
    return *slot;
}

}  // namespace scorecard::pdf
