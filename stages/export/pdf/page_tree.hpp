// The document's page tree, built in small nodes as pages are added.
//
// PoDoFo's PdfDocument::CreatePage inserts through PdfPagesTree, which walks the root's
// /Kids to find the place for the new page and keeps every page a direct kid of the root:
// each new page costs a walk over all the earlier ones, so a 5,000-page table took 24 s,
// most of it in that walk. Here pages go into intermediate /Pages nodes of kPagesPerNode
// pages each under the root, so adding a page costs the same on page 5,000 as on page 1 and
// readers get the balanced tree the PDF specification recommends.
#pragma once

#include <memory>

#include <podofo/podofo.h>

namespace scorecard::pdf {

class PageTree {
public:
    static constexpr int kPagesPerNode = 32;

    // `root` is the catalog's /Pages object, still empty (no page added through PoDoFo).
    PageTree(PoDoFo::PdfDocument& document, PoDoFo::PdfObject& root);

    // A new page at the end of the document. The caller owns the PdfPage wrapper (the page
    // object itself belongs to the document) and drops it once the page is painted.
    std::unique_ptr<PoDoFo::PdfPage> add_page(const PoDoFo::PdfRect& size);

    int pages() const { return pages_; }

private:
    PoDoFo::PdfDocument& document_;
    PoDoFo::PdfObject& root_;
    PoDoFo::PdfObject* node_ = nullptr;  // the node being filled
    int in_node_ = 0;
    int pages_ = 0;
};

}  // namespace scorecard::pdf
