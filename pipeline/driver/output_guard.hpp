// No output is written over what the user owns: an input of the run, the history store, or a
// file scorecard did not write itself. Checked before anything is written, and again under the
// output folder's lock just before the outputs are put in place.
//
//   - an output that is an input of the run (the table, template, rules file, national data)
//     or the history store: refused, always;
//   - a history store that is an input or an output of the run: refused, always;
//   - an existing file at an output path that scorecard did not write (recognised by the
//     metadata each writer puts in: file_origin.hpp), a symbolic link, or anything that is not
//     a regular file: refused unless --force (a folder even then);
//   - a CSV from `history export` carries no metadata, so an existing file there is replaced
//     only with --force;
//   - the CSV of the Data table carries none either: it is known as scorecard's when the web
//     page beside it, itself scorecard's and unchanged, links to it with its checksum
//     (html/html_origin.hpp: linked_file_origin); else it is replaced only with --force.
// A refusal is a UsageOrIoError (exit 2) naming the path and what it is.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace scorecard {

struct RunFiles {
    std::vector<std::pair<std::string, std::string>> inputs;  // path, and what it is ("the table")
    std::string store;  // the history store the run writes, or ""
    bool force = false;  // --force: replace a file scorecard did not write
};

enum class OutputKind { Workbook, Pdf, Html, Csv };

void check_output_path(const std::string& path, OutputKind kind, const RunFiles& run);

// The same for a file the web page at `page_path` links to (the CSV of the Data table).
void check_linked_output_path(const std::string& path, const std::string& page_path, const RunFiles& run);

// Refuses a history store that is an input of the run or one of its outputs.
void check_store_path(const RunFiles& run, const std::vector<std::string>& outputs);

// True when two paths name the same file: the same file on disk when both exist (whatever
// links or "./" lead there), else the same place once made absolute.
bool same_file(const std::string& a, const std::string& b);

}  // namespace scorecard
