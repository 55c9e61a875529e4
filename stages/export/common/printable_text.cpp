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

}  // namespace scorecard
