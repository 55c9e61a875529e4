#include "ooxml_text.hpp"

#include "stages/model/utf8.hpp"

namespace scorecard {

namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

std::string decode_ooxml_escapes(const std::string& text) {
    if (text.find("_x") == std::string::npos) return text;
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '_' && i + 6 < text.size() && text[i + 1] == 'x' && text[i + 6] == '_') {
            unsigned code = 0;
            bool hex = true;
            for (std::size_t k = 2; k < 6; ++k) {
                const int v = hex_value(text[i + k]);
                if (v < 0) hex = false;
                code = code * 16 + static_cast<unsigned>(v < 0 ? 0 : v);
            }
            if (hex && !(code >= 0xD800 && code <= 0xDFFF)) {
                append_utf8(out, code);
                i += 6;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

}  // namespace scorecard
