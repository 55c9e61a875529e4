// What a writer needs besides the model and the template: facts about this run.
#pragma once

#include <ctime>
#include <stdexcept>
#include <string>

namespace scorecard {

struct ExportContext {
    std::string source_name;     // the input file's name (no folder), for the Cover and About sheets and metadata
    std::string template_name;   // the template's name and file
    std::string version;         // scorecard's version
    std::time_t created = 0;     // SOURCE_DATE_EPOCH when set (reproducible files), else now
    int first_page = 1;          // --first-page: the PDF's first page number
    int last_page = 0;           // {pages}: the last page's number when a pack knows it; 0: the PDF's own
};

// A file's name without its folder ("/home/me/q3.csv" gives "q3.csv"): what the documents
// publish of a path, which would otherwise show the folders of the machine that built them.
std::string published_file_name(const std::string& path);

// The latest creation time a document can carry: 9999-12-31 23:59:59 UTC (a workbook's dates
// and a PDF's have four-digit years).
constexpr long long kLatestSourceDateEpoch = 253402300799LL;

// Reads $SOURCE_DATE_EPOCH: unset or empty gives the current time; otherwise it must be whole
// seconds since 1970 from 0 to kLatestSourceDateEpoch. Returns false with *problem set for
// anything else (the command line refuses to start then).
bool source_date_epoch(std::time_t* out, std::string* problem);

// The creation time: SOURCE_DATE_EPOCH if set (and valid), otherwise the current time.
std::time_t creation_time();
// "2026-11-23 13:22 UTC"
std::string format_utc(std::time_t t);

// A writer that could not finish. The driver maps it to exit code 2 and removes the
// temporary file, so an earlier good output is never replaced by a broken one.
class ExportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace scorecard
