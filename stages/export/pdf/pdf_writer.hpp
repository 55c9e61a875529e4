// Writes the committee-paper scorecard PDF with PoDoFo.
//
// The parts, one file each: fonts (font_set, measured by common/font_measurer), line breaking
// (text_wrap), columns (column_layout), rows of the table (table_rows), cell and row heights
// (table_layout), pages (pagination, a pure function), painting (page_canvas, table_painter,
// rag_key), page rules (page_rules: footers and blank pages), the page tree (page_tree), the
// document and its metadata (pdf_document, xmp_metadata), its reproducible identifier
// (document_id), and the tagged structure (structure_tree records it while pages are drawn,
// structure_writer appends it when PoDoFo is done).
#pragma once

#include <string>

#include "stages/model/scorecard.hpp"
#include "stages/templates/output_template.hpp"
#include "stages/export/common/export_context.hpp"

namespace scorecard {

struct PdfSummary {
    int pages = 0;             // pages written, blank pages included
    int blank_pages = 0;       // "This page is intentionally left blank" pages added
    int table_pages = 0;       // pages holding the table (the RAG key may take one more)
    int rows_cut = 0;          // rows whose text was cut because the row was taller than a page
};

// Writes the PDF to `path` (the driver passes a temporary name and renames it into place).
// Throws ExportError when it cannot be written (a font that will not load, a write failure).
PdfSummary write_pdf(const Scorecard& scorecard, const OutputTemplate& layout, const ExportContext& context,
                     const std::string& path);

}  // namespace scorecard
