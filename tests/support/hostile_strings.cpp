#include "hostile_strings.hpp"

#include <cstdio>
#include <set>
#include <stdexcept>

#include "stages/model/utf8.hpp"

namespace scorecard::test {

namespace {

std::string decoded_again(const std::string& text, bool* valid) {
    std::string out;
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    std::size_t i = 0;
    *valid = true;
    while (i < text.size()) {
        const std::size_t at = i;
        const char32_t c = next_code_point(s, text.size(), i);
        // U+FFFD written as its own three bytes is valid; anything else decoded to it was not.
        if (c == 0xFFFD && !(i - at == 3 && text.compare(at, 3, "\xEF\xBF\xBD") == 0)) *valid = false;
        append_utf8(out, c);
    }
    return out;
}

HostileString make(const std::string& name, const std::string& text) {
    HostileString h;
    h.name = name;
    h.text = text;
    h.expected = decoded_again(text, &h.valid_utf8);
    const auto* s = reinterpret_cast<const unsigned char*>(h.expected.data());
    std::size_t i = 0;
    while (i < h.expected.size()) {
        const char32_t c = next_code_point(s, h.expected.size(), i);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) h.has_control = true;
        if (!xml10_char(c)) h.xml_illegal = true;
    }
    std::size_t first = text.find_first_not_of("\t\r");
    h.formula_like = first != std::string::npos && std::string("=+-@").find(text[first]) != std::string::npos;
    return h;
}

std::string repeated(const std::string& piece, std::size_t times) {
    std::string out;
    out.reserve(piece.size() * times);
    for (std::size_t k = 0; k < times; ++k) out += piece;
    return out;
}

std::vector<HostileString> build_list() {
    std::vector<HostileString> l;
    // Noncharacters: U+FFFE and U+FFFF are outside XML 1.0; the others are allowed but not text.
    l.push_back(make("U+FFFE noncharacter", "before \xEF\xBF\xBE after"));
    l.push_back(make("U+FFFF noncharacter", "before \xEF\xBF\xBF after"));
    l.push_back(make("U+FFFE alone", "\xEF\xBF\xBE"));
    l.push_back(make("U+FDD0 noncharacter", "x\xEF\xB7\x90y"));
    l.push_back(make("U+1FFFE noncharacter", "x\xF0\x9F\xBF\xBEy"));
    l.push_back(make("U+10FFFF noncharacter", "x\xF4\x8F\xBF\xBFy"));
    // C0 controls XML 1.0 cannot hold, DEL, and the three it can.
    l.push_back(make("C0 control 0x01", "one\x01two"));
    l.push_back(make("C0 bell and backspace", "bell\x07 back\x08"));
    l.push_back(make("C0 vertical tab and form feed", "vt\x0b" "ff\x0c"));
    l.push_back(make("C0 escape and unit separator", "\x1b[31m red \x1f"));
    l.push_back(make("DEL", "del\x7f" "end"));
    l.push_back(make("C1 controls", "nel\xC2\x85 csi\xC2\x9B"));
    l.push_back(make("tab, LF and CR inside", "a\tb\nc\rd\r\ne"));
    // Bytes that are not UTF-8.
    l.push_back(make("lone high surrogate as bytes", "x\xED\xA0\x80y"));
    l.push_back(make("lone low surrogate as bytes", "x\xED\xBF\xBFy"));
    l.push_back(make("byte 0xFF", "x\xFFy"));
    l.push_back(make("overlong slash", "x\xC0\xAFy"));
    l.push_back(make("cut-short sequence at the end", "end\xE2\x82"));
    // Excel's escape written as text: it must show as itself.
    l.push_back(make("literal _x0041_", "_x0041_"));
    l.push_back(make("literal _x0041_ in words", "code _x0041_ and _x005F_ and _xFFFE_"));
    l.push_back(make("literal _X0041_ upper case", "_X0041_"));
    l.push_back(make("underscore lookalikes", "_x004_ _x00411_ _x_ __x0041__"));
    // Text a spreadsheet would take as a formula.
    l.push_back(make("formula =", "=1+1"));
    l.push_back(make("formula HYPERLINK", "=HYPERLINK(\"http://example.invalid\",\"click\")"));
    l.push_back(make("formula +", "+44 20 7946 0000"));
    l.push_back(make("formula -", "-2+3"));
    l.push_back(make("formula @", "@SUM(A1:A9)"));
    l.push_back(make("formula after a tab", "\t=1+1"));
    l.push_back(make("formula after a CR", "\r=1+1"));
    l.push_back(make("DDE", "=cmd|' /C calc'!A0"));
    // Bidirectional controls.
    l.push_back(make("RLM and LRM", "left\xE2\x80\x8F right\xE2\x80\x8E"));
    l.push_back(make("RLO override", "abc\xE2\x80\xAE" "fed\xE2\x80\xAC"));
    l.push_back(make("isolates", "\xE2\x81\xA6" "a\xE2\x81\xA9 \xE2\x81\xA7" "b\xE2\x81\xA9 \xE2\x81\xA8" "c\xE2\x81\xA9"));
    l.push_back(make("Arabic letter mark", "\xD8\x9C" "x"));
    l.push_back(make("Hebrew and Arabic text", "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD8\xB3\xD9\x84\xD8\xA7\xD9\x85 42%"));
    // Other Unicode that trips writers.
    l.push_back(make("BOM inside", "a\xEF\xBB\xBF" "b"));
    l.push_back(make("line and paragraph separators", "a\xE2\x80\xA8" "b\xE2\x80\xA9" "c"));
    l.push_back(make("zero width joiner emoji", "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB team"));
    l.push_back(make("combining marks", "e\xCC\x81\xCC\x82 Zalgo\xCC\xB7\xCD\x87"));
    l.push_back(make("replacement character itself", "\xEF\xBF\xBD"));
    l.push_back(make("private use", "\xEE\x80\x80"));
    // Markup and syntax of the formats written.
    l.push_back(make("XML specials", "<b>&amp; \"q\" 'a' </t></si>]]>"));
    l.push_back(make("CDATA end", "]]>"));
    l.push_back(make("character reference text", "&#xFFFE; &#1; &lt;"));
    l.push_back(make("PDF syntax", ") Tj ET BT (x) \\ /Name <hex> [array] %comment"));
    l.push_back(make("CSV syntax", "a,\"b\"\nc;d"));
    l.push_back(make("JSON syntax", "\"}, {\"x\": \\u0000"));
    l.push_back(make("HTML script", "<script>alert(1)</script><!-- x -->"));
    // White space only, and nothing.
    l.push_back(make("spaces only", "   "));
    l.push_back(make("leading and trailing space", "  padded  "));
    l.push_back(make("empty", ""));
    // Length: many words, and one unbroken run at Excel's limit of 32,767 characters.
    l.push_back(make("long text of words", repeated("word ", 2000)));
    l.push_back(make("unbroken run of 32767", std::string(32767, 'x')));
    l.push_back(make("long run of 2-byte characters", repeated("\xC3\xA9", 5000)));

    std::set<std::string> names;
    for (const auto& h : l)
        if (!names.insert(h.name).second) throw std::logic_error("hostile string named twice: " + h.name);
    return l;
}

}  // namespace

const std::vector<HostileString>& hostile_strings() {
    static const std::vector<HostileString> list = build_list();
    return list;
}

bool xml10_char(char32_t c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

std::string xml10_problem(const std::string& document) {
    const auto* s = reinterpret_cast<const unsigned char*>(document.data());
    const std::size_t n = document.size();
    std::size_t i = 0;
    char buffer[96];
    while (i < n) {
        const std::size_t at = i;
        if (s[i] == '&' && i + 2 < n && s[i + 1] == '#') {
            // A character reference must name an XML character too.
            std::size_t j = i + 2;
            const bool hex = j < n && (s[j] == 'x' || s[j] == 'X');
            if (hex) ++j;
            unsigned long value = 0;
            std::size_t digits = 0;
            while (j < n && s[j] != ';' && digits < 10) {
                const char d = static_cast<char>(s[j]);
                int v = -1;
                if (d >= '0' && d <= '9') v = d - '0';
                else if (hex && d >= 'a' && d <= 'f') v = d - 'a' + 10;
                else if (hex && d >= 'A' && d <= 'F') v = d - 'A' + 10;
                if (v < 0) break;
                value = value * (hex ? 16 : 10) + static_cast<unsigned long>(v);
                ++j;
                ++digits;
            }
            if (j < n && s[j] == ';' && digits > 0 && !xml10_char(static_cast<char32_t>(value))) {
                std::snprintf(buffer, sizeof buffer, "character reference to U+%04lX at byte %zu", value, at);
                return buffer;
            }
        }
        const char32_t c = next_code_point(s, n, i);
        const bool real_fffd = c == 0xFFFD && i - at == 3 && s[at] == 0xEF && s[at + 1] == 0xBF && s[at + 2] == 0xBD;
        if (c == 0xFFFD && !real_fffd) {
            std::snprintf(buffer, sizeof buffer, "byte 0x%02X at byte %zu is not UTF-8", s[at], at);
            return buffer;
        }
        if (!xml10_char(c)) {
            std::snprintf(buffer, sizeof buffer, "U+%04X at byte %zu is not an XML 1.0 character",
                          static_cast<unsigned>(c), at);
            return buffer;
        }
    }
    return "";
}

std::string excel_unescape(const std::string& text) {
    std::string out;
    std::size_t i = 0;
    auto hex = [](char d) {
        if (d >= '0' && d <= '9') return d - '0';
        if (d >= 'a' && d <= 'f') return d - 'a' + 10;
        if (d >= 'A' && d <= 'F') return d - 'A' + 10;
        return -1;
    };
    while (i < text.size()) {
        if (i + 7 <= text.size() && text[i] == '_' && text[i + 1] == 'x' && text[i + 6] == '_') {
            int value = 0;
            bool ok = true;
            for (std::size_t k = 2; k < 6; ++k) {
                const int v = hex(text[i + k]);
                if (v < 0) ok = false;
                value = value * 16 + v;
            }
            if (ok) {
                append_utf8(out, static_cast<char32_t>(value));
                i += 7;
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos && text.find(';') == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string hex_of(const std::string& bytes) {
    static const char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (unsigned char c : bytes) {
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
    }
    return out;
}

}  // namespace scorecard::test
