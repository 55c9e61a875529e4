// Whether a PDF is one scorecard wrote: its document information names scorecard as the
// Producer (pdf_writer.cpp) and its modification date is its creation date. A program that
// saves the PDF again (Acrobat, a viewer that adds notes) stamps its own name or the time of
// saving, and then the PDF is the user's.
//
// The file is scanned for the last /Producer, /CreationDate and /ModDate entries (an updated
// PDF appends its new information after the old), not parsed as a whole: a damaged or hostile
// file at an output path must never stop a build with anything worse than "not scorecard's".
#pragma once

#include "stages/export/common/file_origin.hpp"

namespace scorecard::pdf {

// The start of every Producer scorecard writes.
constexpr const char* kProducerPrefix = "scorecard";

FileOrigin pdf_origin(const std::string& path);

}  // namespace scorecard::pdf
