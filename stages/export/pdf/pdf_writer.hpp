// Writes the committee-paper scorecard PDF with PoDoFo.
#pragma once

#include <string>

#include "../../../pipeline/model/scorecard.hpp"
#include "../../../pipeline/templates/output_template.hpp"
#include "../common/export_context.hpp"

namespace scorecard {

struct PdfSummary {
    int pages = 0;             // pages written, blank pages included
    int blank_pages = 0;       // "This page is intentionally left blank" pages added
};

// Writes the PDF to `path` (the driver passes a temporary name and renames it into place).
// Throws ExportError when it cannot be written (a font that will not load, a write failure).
PdfSummary write_pdf(const Scorecard& scorecard, const OutputTemplate& layout, const ExportContext& context,
                     const std::string& path);

}  // namespace scorecard
