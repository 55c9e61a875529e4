// The shared-string table of an .xlsx (sharedStrings.xml), which text cells refer to by
// number. Rich text (runs of differently formatted text) reads as its runs joined; phonetic
// guides (rPh) are not part of the text.
#pragma once

#include <string>
#include <vector>

#include "zip_archive.hpp"

namespace scorecard {

// Throws WorkbookError for a damaged part or a table past the limits on count and size.
std::vector<std::string> read_shared_strings(ZipArchive& archive, const std::string& part, const WorkbookLimits& limits);

}  // namespace scorecard
