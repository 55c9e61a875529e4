#include "printable_text.hpp"

namespace scorecard {

std::vector<char32_t> decode_utf8(const std::string& text) {
    std::vector<char32_t> out;
    out.reserve(text.size());
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) out.push_back(next_code_point(s, n, i));
    return out;
}

std::string printable_text(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        const char32_t c = next_code_point(s, n, i);
        const bool space = c < 0x20 || c == 0x7F || c == ' ' || (c >= 0x80 && c < 0xA0);
        if (space) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        if (c < 0x80)
            out += static_cast<char>(c);
        else
            append_utf8(out, c);
    }
    return out;
}

std::string xml_legal(const std::string& text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    std::string out;
    out.reserve(n);
    while (i < n) {
        const std::size_t at = i;
        const char32_t c = next_code_point(s, n, i);
        const bool illegal = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF ||
                             (c == 0xFFFD && i - at == 1);
        if (illegal)
            out += "\xEF\xBF\xBD";
        else
            out.append(text, at, i - at);
    }
    return out;
}

}  // namespace scorecard
