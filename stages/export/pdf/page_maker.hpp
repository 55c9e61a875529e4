// How the PDF writer makes its pages and finishes its file: the one interface in front of the
// code that depends on PoDoFo 0.9.8's internals (fast_path/), with a plain path beside it that
// uses only PoDoFo's public calls.
//
//   fast path (the default): pages go into a balanced page tree built by fast_path/page_tree
//     (cost per page constant; PdfDocument::CreatePage walks every earlier page), and the
//     trailer's /ID is rewritten in place from the file's content (fast_path/document_id), so
//     SOURCE_DATE_EPOCH builds are byte for byte the same.
//   plain path: PdfDocument::CreatePage for every page (all of them kids of the root), and the
//     /ID as PoDoFo makes it (from the time the file was opened, so two builds differ in it).
//
// The pages, their content, resources and structure are the same either way
// (tests/export_pdf/pdf_fast_path_test.cpp compares them); only the page tree's shape, the
// object numbers and the /ID differ. The choice is PdfOptions::fast_path (pdf_writer.hpp): a
// switch for tests, not an option on the command line, since users get the same document.
#pragma once

#include <memory>
#include <string>

#include <podofo/podofo.h>

#include "trailer_facts.hpp"

namespace scorecard::pdf {

struct NewPage {
    PoDoFo::PdfPage* page = nullptr;        // the page to paint
    PoDoFo::PdfObject* contents = nullptr;  // its /Contents, an object with no stream yet
    std::unique_ptr<PoDoFo::PdfPage> owned;  // the wrapper when the caller owns it, else null
};

class PageMaker {
public:
    virtual ~PageMaker() = default;
    // A new page of `size` at the end of the document.
    virtual NewPage add_page(const PoDoFo::PdfRect& size) = 0;
    // After the last page, before the document is closed.
    virtual void finish() = 0;
    // After the document is closed: the last trailer's facts (and, on the fast path, its /ID made
    // reproducible first).
    virtual TrailerFacts finish_file(const std::string& path) = 0;
};

// `root` is the catalog's /Pages, still empty.
std::unique_ptr<PageMaker> make_page_maker(bool fast_path, PoDoFo::PdfDocument& document, PoDoFo::PdfObject& root);

}  // namespace scorecard::pdf
