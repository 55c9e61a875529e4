// What the structure tree's incremental update (structure_writer) needs from the last trailer
// of the PDF PoDoFo wrote, read back from the file.
#pragma once

#include <string>

namespace scorecard::pdf {

struct TrailerFacts {
    long long startxref = 0;  // where its cross-reference table starts (the update's /Prev)
    long long size = 0;       // its /Size: the first free object number
    std::string id;           // the first half of its /ID (hex digits)
};

// Reads the last trailer of the PDF at `path` (its last 4 KiB). Throws ExportError when the file
// cannot be read or has no complete trailer (PoDoFo does not report a failed write, such as a
// full disk: a file cut short shows here).
TrailerFacts read_trailer_facts(const std::string& path);

}  // namespace scorecard::pdf
