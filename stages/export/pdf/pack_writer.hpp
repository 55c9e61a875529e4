// The agenda pack: finished PDFs put into one, in order, each starting on a right-hand page.
//
// The pack is composed from finished PDFs rather than drawn: a scorecard is written by
// write_pdf (its pages numbered from where it falls in the pack), an imported PDF (a covering
// report from Word, an appendix) is taken as it is. PoDoFo's PdfMemDocument::Append copies each
// one's objects in, renumbered; then this file adds what makes them one document:
//   - blank pages where an item would start on a left-hand page: the template's blank-page
//     sentence and footer, as pagination artifacts;
//   - on the imported pages, the pack's page number in the footer area, in the template's
//     footer font, as an artifact over the page's own content (unless stamping is off);
//   - one structure tree: a Document element holding each tagged item's top elements (an
//     item's own Document becomes a Part), its ParentTree keys and the pages' /StructParents
//     moved on so every key is unique;
//   - /PageLabels from the first number, so the viewer's page box says what the footers say;
//   - an outline: an entry per item, with its topics or outcomes below it;
//   - the title (shown in the viewer's title bar), /Lang, the Info dictionary.
// PdfMemDocument holds the whole pack in memory: a pack is a few committee items, not the
// 100,000-indicator table the streamed writer is built for.
#pragma once

#include <ctime>
#include <stdexcept>
#include <string>
#include <vector>

#include "stages/templates/output_template.hpp"
#include "imported_pdf.hpp"
#include "pdf_writer.hpp"

namespace scorecard::pdf {

// What the pack needs to know of an imported PDF before placing it.
struct ImportedPdf {
    int pages = 0;
    bool tagged = false;  // it has a structure tree
    std::string title;    // its Info /Title, or ""
};

// Reads a PDF enough to place it, through the check in front of PoDoFo (imported_pdf.hpp).
// Throws PackInputError naming `name` for a file that is not a PDF, is damaged or encrypted,
// has no pages or pages of impossible sizes, or is past the limits.
ImportedPdf inspect_pdf(const std::string& path, const std::string& name);
// The same for bytes (the fuzz target's way in): qpdf's check and rewrite, then PoDoFo's parse.
ImportedPdf inspect_pdf_bytes(const char* data, std::size_t size, const std::string& name);

enum class PackItemKind { Scorecard, Imported };

struct PackItem {
    PackItemKind kind = PackItemKind::Scorecard;
    std::string pdf_path;  // the finished PDF whose pages go in
    std::string name;      // what the user named, for messages
    std::string title;     // the bookmark's text
    std::vector<PdfSection> sections;  // a scorecard's topics or outcomes, pages from its first
    int blank_pages_after = 0;         // blank pages between this item and the next
};

struct PackSettings {
    const OutputTemplate* layout = nullptr;  // blank pages and stamps: fonts, footer, blank-page text
    long long first_page = 1;
    bool stamp = true;       // the pack's page number on imported pages
    std::string title;       // the document title
    std::string period;      // {period} in the footers the pack draws
    std::string version;     // scorecard's, for /Creator and /Producer (how a later run knows the pack as its own)
    std::time_t created = 0;
};

struct PackSummary {
    int pages = 0;
    int blank_pages = 0;
    std::vector<int> item_first_page;  // page index where each item starts
    std::vector<std::string> untagged;  // imported PDFs with no structure tree
};

// How many blank pages go after an item of `pages` pages starting at number `number`, so the
// next starts on a right-hand (odd) page; 0 when `right_hand` is false.
int blank_pages_before_next(long long number, int pages, bool right_hand);

// Writes the pack to `path`. An imported PDF keeps its own bookmarks, below its item's, and
// its links. Throws PackInputError for an item that cannot be read, ExportError
// when the pack cannot be written.
PackSummary write_pack(const std::vector<PackItem>& items, const PackSettings& settings, const std::string& path);

}  // namespace scorecard::pdf
