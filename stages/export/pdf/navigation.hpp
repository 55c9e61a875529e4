// How a reader finds their way in the PDF: the page labels a viewer shows (/PageLabels, so the
// viewer's page box says 37 where the footer says "Page 37") and the bookmarks (/Outlines: one
// per topic or outcome; in a pack, one per item with its topics below it).
//
// Written as plain PDF objects into the document's object list, so the same code serves the
// streamed scorecard (before PoDoFo closes it) and the pack (a PdfMemDocument).
#pragma once

#include <string>
#include <vector>

#include <podofo/podofo.h>

namespace scorecard::pdf {

struct OutlineEntry {
    std::string title;  // UTF-8
    int page = 0;       // index into the page references, from 0
    std::vector<OutlineEntry> children;
};

// A run of pages numbered on from `first_number`, in decimal, starting at page `first_page`.
struct PageLabelRange {
    int first_page = 0;
    long long first_number = 1;
};

// Sets the catalog's /PageLabels to the ranges (in page order; the first must start at page 0).
void set_page_labels(PoDoFo::PdfDictionary& catalog, const std::vector<PageLabelRange>& ranges);

// Makes the outline tree of `entries` and sets the catalog's /Outlines (and /PageMode
// /UseOutlines, so a viewer opens with the bookmarks shown). Each entry's destination is the top
// of its page. Does nothing when there are no entries. Top-level entries are open, their
// children closed (a long pack shows its items first).
void add_outlines(PoDoFo::PdfVecObjects& objects, PoDoFo::PdfDictionary& catalog,
                  const std::vector<OutlineEntry>& entries, const std::vector<PoDoFo::PdfReference>& pages);

}  // namespace scorecard::pdf
