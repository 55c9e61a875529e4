// UTF-8 helpers for the PDF writer: the model holds UTF-8, PoDoFo measures UTF-16.
#pragma once

#include <string>
#include <vector>

namespace scorecard::pdf {

// The code points of a UTF-8 string. A byte that does not start a valid sequence becomes
// U+FFFD, so a damaged cell still draws (as a replacement mark) instead of stopping the export.
std::vector<char32_t> decode_utf8(const std::string& text);

// Appends one code point as UTF-8.
void append_utf8(std::string& out, char32_t c);

// Text as it may be drawn: control characters (tab, CR, LF and the rest) become spaces and
// runs of spaces collapse to one, leading and trailing spaces go. A cell is one paragraph;
// a stray tab or newline from the source must not reach the page as a glyph or an operator.
std::string printable_text(const std::string& text);

}  // namespace scorecard::pdf
