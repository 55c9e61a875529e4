// What the structure tree's incremental update (structure_writer) needs from the last trailer
// of the PDF PoDoFo wrote, read back from the file.
#pragma once

#include <iosfwd>
#include <string>

namespace scorecard::pdf {

struct TrailerFacts {
    long long startxref = 0;  // where its cross-reference table starts (the update's /Prev)
    long long size = 0;       // its /Size: the first free object number
    std::string id;           // the first half of its /ID (hex digits)
};

// The end of a PDF file as read back: its last 4 KiB and where its last trailer starts.
struct PdfTail {
    std::streamoff start = 0;  // the tail's offset in the file
    std::string text;          // the tail's bytes
    std::size_t trailer = 0;   // the offset of its last "trailer" keyword within `text`
};

// Reads the tail of the open PDF `file` (named `path` in messages). Throws ExportError when it
// cannot be read or has no trailer (PoDoFo does not report a failed write, such as a full disk:
// a file cut short shows here).
PdfTail read_pdf_tail(std::istream& file, const std::string& path);

// Reads the last trailer of the PDF at `path` (its last 4 KiB). Throws ExportError when the file
// cannot be read or has no complete trailer (PoDoFo does not report a failed write, such as a
// full disk: a file cut short shows here).
TrailerFacts read_trailer_facts(const std::string& path);

}  // namespace scorecard::pdf
