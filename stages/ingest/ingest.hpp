// The ingest stage: a raw table file in, the document model out.
//
// Reads the bytes (delimited text, decoded to UTF-8 and split into cells, or a workbook's
// sheet), finds the header and the layout, and fills the model with the cells as the table has them. It repairs nothing: a
// figure that does not parse is kept as Invalid, the cells extraction broke are kept as
// extracted, and what it saw that validate will repair is recorded in the model (each
// indicator's RowAsRead, the lines outside the table). Its findings are about reading: the
// file cannot be read (errors), and how it was read (the encoding, the layout, a header spelt
// with look-alike letters or garbled by extraction, a column it ignores, a topic wrapped over
// rows).
#pragma once

#include <stdexcept>
#include <string>

#include "stages/model/finding.hpp"
#include "stages/model/scorecard.hpp"
#include "delimited_file.hpp"
#include "ingest_limits.hpp"

namespace scorecard {

struct IngestOptions {
    IngestLimits limits;
    std::string sheet;  // a workbook's sheet to read (--sheet); "": the first visible one with a header
};

struct IngestResult {
    bool ok = false;  // false: the file could not be read as a table (findings say why)
    Scorecard scorecard;
};

// Reads a table from its bytes: a workbook (.xlsx, .ods) or delimited text, told apart by
// content. `display_name` is the name findings carry (the path as the user gave it).
IngestResult ingest_bytes(std::string bytes, const std::string& display_name, Findings& findings,
                          const IngestOptions& options = {});
IngestResult ingest_text(std::string bytes, const std::string& display_name, Findings& findings,
                         const IngestLimits& limits = {});

// Reads the file; a file that cannot be opened, or is not a regular file, is an I/O error
// (thrown as IngestIoError).
IngestResult ingest_file(const std::string& path, Findings& findings, const IngestOptions& options);
IngestResult ingest_file(const std::string& path, Findings& findings, const IngestLimits& limits = {});

}  // namespace scorecard
