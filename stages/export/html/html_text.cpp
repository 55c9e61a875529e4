#include "html_text.hpp"

#include "stages/model/utf8.hpp"

namespace scorecard::html {

namespace {

constexpr char32_t kReplacement = 0xFFFD;
constexpr char32_t kControlPictures = 0x2400;  // U+2400 SYMBOL FOR NULL .. U+241F, U+2421 for DEL

bool noncharacter(char32_t c) { return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE; }

}  // namespace

void append_escaped(std::string& out, std::string_view text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char b = s[i];
        // The common case: printable ASCII needing no reference is copied as it is.
        if (b >= 0x20 && b < 0x7F && b != '&' && b != '<' && b != '>' && b != '"' && b != '\'') {
            out.push_back(static_cast<char>(b));
            ++i;
            continue;
        }
        const char32_t c = next_code_point(s, n, i);
        switch (c) {
            case '&': out += "&amp;"; continue;
            case '<': out += "&lt;"; continue;
            case '>': out += "&gt;"; continue;
            case '"': out += "&quot;"; continue;
            case '\'': out += "&#39;"; continue;
            case '\t':
            case '\n': out.push_back(static_cast<char>(c)); continue;
            case '\r':
                if (i < n && s[i] == '\n') continue;  // CR LF: the LF makes the one break
                out.push_back('\n');
                continue;
            default: break;
        }
        if (c < 0x20)
            append_utf8(out, kControlPictures + c);
        else if (c == 0x7F)
            append_utf8(out, kControlPictures + 0x21);
        else if ((c >= 0x80 && c < 0xA0) || noncharacter(c))
            append_utf8(out, kReplacement);
        else
            append_utf8(out, c);
    }
}

void append_escaped_lines(std::string& out, std::string_view text) {
    std::size_t from = 0;
    while (from <= text.size()) {
        std::size_t end = text.find_first_of("\r\n", from);
        if (end == std::string_view::npos) end = text.size();
        append_escaped(out, text.substr(from, end - from));
        if (end == text.size()) break;
        out += "<br>";
        from = end + (text.substr(end, 2) == "\r\n" ? 2 : 1);
    }
}

std::string escaped(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    append_escaped(out, text);
    return out;
}

}  // namespace scorecard::html
