// The PoDoFo this folder was written against, and what the PDF writer relies on PoDoFo 0.9.8
// doing inside.
//
// The code in stages/export/pdf/fast_path/ depends on more than PoDoFo's documented calls:
// page_tree builds the page tree itself instead of PdfDocument::CreatePage (whose PdfPagesTree
// walks every earlier page for each new one, and whose interleaved objects made
// PdfStreamedDocument re-sort its cross-reference blocks on every page), and document_id
// rewrites the trailer's /ID in the form PoDoFo 0.9.8 writes it. Another version may do either
// differently, so the build stops here until the fast path has been checked against it.
#pragma once

#include <podofo/podofo.h>

#if !(PODOFO_VERSION_MAJOR == 0 && PODOFO_VERSION_MINOR == 9 && PODOFO_VERSION_PATCH == 8)
#error "stages/export/pdf/fast_path was written against PoDoFo 0.9.8: check it against this version, then update this test"
#endif

namespace scorecard::pdf {

// PoDoFo 0.9.8's parser looks for the keyword "trailer" in the last 512 bytes of a file before
// it reads a cross-reference stream's dictionary as the trailer. An incremental update shorter
// than that would leave PoDoFo's own trailer in reach, and with it the old /Size, too small for
// the update's objects. So an update (structure_writer) is never shorter than this.
constexpr long long kMinUpdateBytes = 1024;

}  // namespace scorecard::pdf
