// UTF-8 helpers for the PDF writer: the model holds UTF-8, PoDoFo measures UTF-16.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace scorecard::pdf {

// The code point starting at s[i] (i < n), advancing i past it. A byte that does not start a
// valid sequence (overlong, a surrogate, past U+10FFFF, cut short) is U+FFFD and i moves one
// byte, so a damaged cell still draws (as a replacement mark) instead of stopping the export.
// Inline and allocation-free: measuring and drawing call it for every character of the table.
inline char32_t next_code_point(const unsigned char* s, std::size_t n, std::size_t& i) {
    const unsigned char b = s[i];
    if (b < 0x80) {
        ++i;
        return b;
    }
    int extra = 0;
    char32_t c = 0;
    if ((b & 0xE0) == 0xC0) {
        extra = 1;
        c = b & 0x1F;
    } else if ((b & 0xF0) == 0xE0) {
        extra = 2;
        c = b & 0x0F;
    } else if ((b & 0xF8) == 0xF0) {
        extra = 3;
        c = b & 0x07;
    } else {
        ++i;
        return 0xFFFD;
    }
    for (int k = 1; k <= extra; ++k) {
        if (i + k >= n || (s[i + k] & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        c = (c << 6) | (s[i + k] & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not characters.
    if ((extra == 1 && c < 0x80) || (extra == 2 && c < 0x800) || (extra == 3 && c < 0x10000) ||
        (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) {
        ++i;
        return 0xFFFD;
    }
    i += static_cast<std::size_t>(extra) + 1;
    return c;
}

// The code points of a UTF-8 string, decoded as next_code_point does.
std::vector<char32_t> decode_utf8(const std::string& text);

// Appends one code point as UTF-8.
void append_utf8(std::string& out, char32_t c);

// Text as it may be drawn: control characters (tab, CR, LF and the rest) become spaces and
// runs of spaces collapse to one, leading and trailing spaces go. A cell is one paragraph;
// a stray tab or newline from the source must not reach the page as a glyph or an operator.
std::string printable_text(const std::string& text);

}  // namespace scorecard::pdf
