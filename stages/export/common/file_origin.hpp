// Telling scorecard's own outputs from a file of the user's with the same name. A build may
// replace only a workbook or PDF that scorecard wrote and that nothing has saved since; each
// writer recognises its own file by the metadata it writes (xlsx/workbook_origin.hpp,
// pdf/pdf_origin.hpp). Anything else (report.pdf made by Word, a scorecard workbook edited and
// saved in Excel) belongs to the user.
#pragma once

#include <string>

namespace scorecard {

struct FileOrigin {
    bool written_by_scorecard = false;
    // What the file is, for a message when it is not scorecard's: "a PDF made by Microsoft
    // Word", "a workbook saved by Microsoft Excel after scorecard made it", "not a PDF".
    std::string description;
};

// A program's name as a file's metadata gives it, fit for a message: at most 60 bytes, control
// characters shown as '?'.
std::string program_name_for_message(const std::string& name);

}  // namespace scorecard
