#include "font_set.hpp"

#include <podofo/podofo.h>

#include <fstream>

#include "stages/templates/output_template.hpp"
#include "stages/export/common/export_context.hpp"

namespace scorecard::pdf {

namespace {

PoDoFo::PdfFont* load_subset(PoDoFo::PdfDocument& document, const std::string& path, const char* name, bool bold) {
    // Check the file ourselves first: given a path that does not exist, PoDoFo falls back to a
    // fontconfig look-up by `name` and would quietly embed whatever that finds.
    if (path.empty()) throw ExportError(std::string("the template names no ") + (bold ? "bold" : "regular") + " font file");
    if (!std::ifstream(path, std::ios::binary)) throw ExportError("font file missing or unreadable: " + path);
    PoDoFo::PdfFont* font = nullptr;
    try {
        font = document.CreateFontSubset(name, bold, false, false,
                                         PoDoFo::PdfEncodingFactory::GlobalIdentityEncodingInstance(), path.c_str());
    } catch (const PoDoFo::PdfError& e) {
        throw ExportError("font file will not load: " + path + " (" + e.what() + ")");
    }
    if (!font || !font->GetFontMetrics()) throw ExportError("font file will not load: " + path);
    return font;
}

}  // namespace

FontSet::FontSet(PoDoFo::PdfDocument& document, const OutputTemplate& layout) {
    // Distinct names keep PoDoFo's font cache (keyed by name, bold, italic) from handing back
    // the regular face when a template uses one file for both.
    regular_ = load_subset(document, layout.font_regular, "ScorecardRegular", false);
    bold_ = load_subset(document, layout.font_bold, "ScorecardBold", true);
}

}  // namespace scorecard::pdf
