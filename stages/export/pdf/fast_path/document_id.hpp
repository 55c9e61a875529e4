// A file identifier (trailer /ID) that depends only on the file's content.
//
// PoDoFo's streamed writer makes the /ID when the document is opened, from an Info dictionary
// stamped with the current time, so two otherwise identical builds differ in those 32 bytes.
// After the file is closed we replace both halves of the /ID in place with the MD5 of
// everything before the trailer: same length, so no offset in the cross-reference table moves;
// and the same content gives the same identifier, so SOURCE_DATE_EPOCH builds are reproducible.
#pragma once

#include <string>

#include "podofo_version.hpp"
#include "stages/export/pdf/trailer_facts.hpp"

namespace scorecard::pdf {

// Rewrites the last trailer's /ID of the PDF at `path` and returns the trailer's facts. Throws
// ExportError when the file cannot be read or written or its trailer is not as PoDoFo writes
// it. Reads the file in blocks, so it costs no memory beyond a buffer however large the PDF.
TrailerFacts make_document_id_reproducible(const std::string& path);

}  // namespace scorecard::pdf
