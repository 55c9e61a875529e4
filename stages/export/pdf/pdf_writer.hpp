// Writes the committee-paper scorecard PDF with PoDoFo.
//
// The parts, one file each: fonts (font_set, measured by common/font_measurer), line breaking
// (text_wrap), columns (column_layout), rows of the table (table_rows), cell and row heights
// (table_layout), pages (pagination, a pure function), painting (page_canvas, table_painter,
// rag_key), page rules (page_rules: footers and blank pages), whether the page holds the table
// readably (page_fit), what a cut cell lost (text_cuts), the pages and the file's trailer
// (page_maker: the fast path's page tree and reproducible identifier, or PoDoFo's own calls),
// the document and its metadata (pdf_document, xmp_metadata), and the tagged structure (structure_tree records it while pages are drawn,
// structure_writer appends it when PoDoFo is done).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "stages/model/finding.hpp"
#include "stages/model/scorecard.hpp"
#include "stages/templates/output_template.hpp"
#include "stages/export/common/export_context.hpp"

namespace scorecard {

// Where a group (topic or outcome) starts: a bookmark.
struct PdfSection {
    std::string title;
    int page = 0;  // page index, from 0
};

struct PdfSummary {
    int pages = 0;             // pages written, blank pages included
    int blank_pages = 0;       // "This page is intentionally left blank" pages added
    int summary_pages = 0;     // pages holding the summary, before the table
    int table_pages = 0;       // pages holding the table (the RAG key may take one more)
    int rows_cut = 0;          // rows whose text was cut because the row was taller than a page
    // What the reader should know about the PDF: every cell whose text was cut (text_cuts.hpp).
    std::vector<Finding> findings;
    std::vector<PdfSection> sections;  // the bookmarks, in page order
};

// Called once the table is laid out, with the PDF's findings, before the document is
// finished: the workbook, written alongside, can list them in its Findings sheet without
// waiting for the whole PDF.
using PdfFindingsReady = std::function<void(const std::vector<Finding>&)>;

struct PdfOptions {
    // The fast path (fast_path/, tied to PoDoFo 0.9.8's internals; page_maker.hpp) or PoDoFo's
    // public calls only. Both give the same pages; the fast path's page tree costs the same per
    // page however many there are, and its /ID makes reproducible builds byte for byte equal.
    // Set false by the test that compares the two.
    bool fast_path = true;
};

// Writes the PDF to `path` (the driver passes a temporary name and renames it into place).
// Throws ExportError when it cannot be written (a font that will not load, a write failure),
// and when the template leaves no room to read the table (every row cut): that message names
// the template's keys to change.
PdfSummary write_pdf(const Scorecard& scorecard, const OutputTemplate& layout, const ExportContext& context,
                     const std::string& path, const PdfFindingsReady& findings_ready = {},
                     const PdfOptions& options = {});

}  // namespace scorecard
