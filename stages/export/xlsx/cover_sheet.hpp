// The Cover sheet, first and active when the workbook opens (the GSS checklist "Releasing
// statistics in spreadsheets"): the title, the council, the reporting period, the release date
// and a contact, a list of the sheets with what each holds and a link to each, the RAG key and
// the abbreviations the scorecard uses.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "workbook_parts.hpp"

namespace scorecard::xlsx {

inline const char* const kCoverSheet = "Cover";

// A sheet the workbook holds and what it holds, in words, for the Cover's contents.
using SheetDescription = std::pair<std::string, std::string>;

// Adds and writes the Cover; call before any other sheet is added, so that it is the first.
// Its rows go through libxlsxwriter even in a large workbook: the streamed rows carry no links.
void add_cover_sheet(const WorkbookParts& parts, const std::vector<SheetDescription>& sheets);

}  // namespace scorecard::xlsx
