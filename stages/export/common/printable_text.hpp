// Text as the writers set it in a cell: decoded, and made printable.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "stages/model/utf8.hpp"

namespace scorecard {

// The code points of a UTF-8 string, decoded as next_code_point (stages/model/utf8.hpp) does.
std::vector<char32_t> decode_utf8(const std::string& text);

// Text as it may be drawn: control characters (tab, CR, LF and the rest) become spaces and
// runs of spaces collapse to one, leading and trailing spaces go. A cell is one paragraph;
// a stray tab or newline from the source must not reach the page as a glyph or an operator.
std::string printable_text(const std::string& text);

// Text as an XML 1.0 document can hold it, for the places that have no escape of their own
// (document properties, XMP, table column names): a byte that is not UTF-8, a control
// character other than tab, LF and CR, and U+FFFE or U+FFFF each become U+FFFD, the
// replacement mark, so the damage shows rather than vanishes. The pipeline refuses such text
// where it enters (input, template, options); this keeps every writer's output legal anyway.
std::string xml_legal(const std::string& text);

}  // namespace scorecard
