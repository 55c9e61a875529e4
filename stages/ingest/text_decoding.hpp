// Turns the bytes of an input file into UTF-8 text, whatever Excel or a colleague saved it as:
// UTF-8 with or without a byte-order mark, UTF-16 with one (Excel's "Unicode text"), or
// Windows-1252 (Excel's CSV on Windows). Anything else is refused with its location.
#pragma once

#include <string>

#include "stages/model/finding.hpp"

namespace scorecard {

struct DecodedText {
    bool ok = false;
    std::string text;      // UTF-8, byte-order mark removed
    std::string encoding;  // "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "Windows-1252"
};

// Errors and a note saying how the file was read go into `findings`.
DecodedText decode_text(std::string bytes, Findings& findings);

// Line and column (1-based, in characters) of a byte offset in UTF-8 text.
SourceLocation location_of_offset(const std::string& utf8, std::size_t offset);

}  // namespace scorecard
