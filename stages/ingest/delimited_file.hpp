// Bytes to cells in one step: decode (UTF-8, UTF-16 with BOM, Windows-1252), pick the
// delimiter, split into rows of cells. The scorecard table, national data, neighbours and
// history imports all read their files this way.
#pragma once

#include <stdexcept>
#include <string>

#include "ingest_limits.hpp"
#include "raw_table.hpp"

namespace scorecard {

struct DelimitedText {
    bool ok = false;       // false: an error finding says why
    std::string encoding;  // as decode_text names it
    std::string text;      // the decoded UTF-8 text
    RawTable table;
};

// Takes the bytes by value so a caller done with them can move them in: a large table is then
// held once, not twice.
DelimitedText read_delimited_bytes(std::string bytes, Findings& findings, const IngestLimits& limits = {});

// A file that cannot be read at all: missing, unreadable, or not a regular file (a folder, a
// named pipe, a device). Not the table's fault: the driver maps it to exit code 2.
class IngestIoError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Reads a whole regular file. Past the size limit: false, with an error finding. Missing,
// unreadable or not a regular file: throws IngestIoError naming the path, before reading.
bool read_file_bytes(const std::string& path, std::string* bytes, Findings& findings, const IngestLimits& limits = {});

}  // namespace scorecard
