// Parses one XML part of a workbook archive as it unpacks: the two steps every part reader
// takes, in one place.
#pragma once

#include <string>

#include "xml_stream.hpp"
#include "zip_archive.hpp"

namespace scorecard {

// Returns false when the handler stopped early (the rest was neither unpacked nor parsed).
// Throws WorkbookError (a missing or damaged part, a limit, a DOCTYPE).
bool parse_archive_part(ZipArchive& archive, const std::string& part, XmlHandler& handler);

}  // namespace scorecard
