// The document's page tree, built in small nodes as pages are added.
//
// PoDoFo's PdfDocument::CreatePage inserts through PdfPagesTree, which walks the root's /Kids
// to find the place for the new page and keeps every page a direct kid of the root, so each
// new page costs a walk over all the earlier ones. Here pages go into intermediate /Pages
// nodes of kPagesPerNode pages each under the root: adding a page costs the same on page
// 5,000 as on page 1, and readers get the balanced tree the PDF specification recommends.
//
// Each node's pages get their content stream objects made together, when the node is made,
// so the streams' object numbers run on without a gap. PdfStreamedDocument files each written
// object's offset in a cross-reference table kept as blocks of consecutive numbers: a number
// that continues a block is appended to it, any other starts a new block and the list of
// blocks is sorted again. With the streams' numbers consecutive, a block starts once per node
// rather than once per page. (Both are PoDoFo 0.9.8's internals: podofo_version.hpp.)
#pragma once

#include <memory>
#include <vector>

#include "podofo_version.hpp"

namespace scorecard::pdf {

class PageTree {
public:
    static constexpr int kPagesPerNode = 32;

    // `root` is the catalog's /Pages object, still empty (no page added through PoDoFo).
    PageTree(PoDoFo::PdfDocument& document, PoDoFo::PdfObject& root);

    struct NewPage {
        // The caller owns the PdfPage wrapper (the page object itself belongs to the
        // document) and drops it once the page is painted.
        std::unique_ptr<PoDoFo::PdfPage> page;
        // The page's /Contents: an object with no stream yet, for the page's one content stream.
        PoDoFo::PdfObject* contents = nullptr;
    };
    // A new page at the end of the document.
    NewPage add_page(const PoDoFo::PdfRect& size);

    // Gives back the content objects made for pages the last node did not get, so they are
    // not written. Call once, after the last page.
    void finish();

    int pages() const { return pages_; }

private:
    PoDoFo::PdfDocument& document_;
    PoDoFo::PdfObject& root_;
    PoDoFo::PdfObject* node_ = nullptr;  // the node being filled
    std::vector<PoDoFo::PdfObject*> contents_;  // the node's content objects, one per page
    int in_node_ = 0;
    int pages_ = 0;
};

}  // namespace scorecard::pdf
