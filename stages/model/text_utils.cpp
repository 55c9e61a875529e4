#include "text_utils.hpp"

#include "utf8.hpp"

#include <cctype>
#include <cstdio>

namespace scorecard {

namespace {

bool is_space_at(const std::string& s, std::size_t i, std::size_t* width) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') {
        *width = 1;
        return true;
    }
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
        *width = 2;  // no-break space
        return true;
    }
    return false;
}

}  // namespace

std::string trim(const std::string& s) {
    std::size_t begin = 0, width = 0;
    while (begin < s.size() && is_space_at(s, begin, &width)) begin += width;
    std::size_t end = s.size();
    while (end > begin) {
        if (std::isspace(static_cast<unsigned char>(s[end - 1]))) {
            --end;
        } else if (end - begin >= 2 && static_cast<unsigned char>(s[end - 2]) == 0xC2 &&
                   static_cast<unsigned char>(s[end - 1]) == 0xA0) {
            end -= 2;
        } else {
            break;
        }
    }
    return s.substr(begin, end - begin);
}

std::string to_lower_ascii(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string collapse_spaces(const std::string& s) {
    std::string out;
    bool pending_space = false;
    std::size_t width = 0;
    for (std::size_t i = 0; i < s.size();) {
        if (is_space_at(s, i, &width)) {
            pending_space = !out.empty();
            i += width;
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out += s[i++];
    }
    return out;
}

std::vector<std::string> split_words(const std::string& s) {
    std::vector<std::string> words;
    std::string collapsed = collapse_spaces(s);
    std::size_t start = 0;
    while (start < collapsed.size()) {
        std::size_t end = collapsed.find(' ', start);
        if (end == std::string::npos) end = collapsed.size();
        words.push_back(collapsed.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

bool starts_with(const std::string& s, const std::string& prefix) {
    return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::u32string utf8_to_u32(const std::string& s) {
    std::u32string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) out += next_code_point(s, i);
    return out;
}

std::string u32_to_utf8(const std::u32string& s) {
    std::string out;
    out.reserve(s.size());
    for (char32_t cp : s) append_utf8(out, cp);
    return out;
}

std::size_t utf8_length(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

namespace {

// Cyrillic and Greek letters that PDF extraction and copy-paste put in place of Latin ones.
char32_t latin_lookalike(char32_t cp) {
    switch (cp) {
        case U'\u0430': case U'\u0410': return U'a';
        case U'\u0432': case U'\u0412': return U'b';
        case U'\u0441': case U'\u0421': return U'c';
        case U'\u0435': case U'\u0415': return U'e';
        case U'\u043D': case U'\u041D': return U'h';
        case U'\u0456': case U'\u0406': return U'i';
        case U'\u0458': case U'\u0408': return U'j';
        case U'\u043A': case U'\u041A': return U'k';
        case U'\u043C': case U'\u041C': return U'm';
        case U'\u043E': case U'\u041E': return U'o';
        case U'\u0440': case U'\u0420': return U'p';
        case U'\u0455': case U'\u0405': return U's';
        case U'\u0442': case U'\u0422': return U't';
        case U'\u0445': case U'\u0425': return U'x';
        case U'\u0443': case U'\u0423': return U'y';
        case U'\u03BF': case U'\u039F': return U'o';
        case U'\u03B1': case U'\u0391': return U'a';
        case U'\u03B5': case U'\u0395': return U'e';
        case U'\u03C1': case U'\u03A1': return U'p';
        case U'\u03C4': case U'\u03A4': return U't';
        default: return 0;
    }
}

}  // namespace

std::string fold_for_matching(const std::string& s, bool* had_lookalikes) {
    std::u32string cps = utf8_to_u32(s);
    bool replaced = false;
    for (auto& cp : cps) {
        if (char32_t latin = latin_lookalike(cp)) {
            cp = latin;
            replaced = true;
        } else if (cp < 0x80) {
            cp = static_cast<char32_t>(std::tolower(static_cast<int>(cp)));
        } else if (cp == U'\u2013' || cp == U'\u2014') {
            cp = U'-';
        } else if (cp == U'\u00A0') {
            cp = U' ';
        }
    }
    if (had_lookalikes) *had_lookalikes = replaced;
    return collapse_spaces(u32_to_utf8(cps));
}

std::string slugify(const std::string& s) {
    bool dummy = false;
    std::string folded = fold_for_matching(s, &dummy);
    std::string out;
    bool pending_dash = false;
    for (char c : folded) {
        unsigned char u = static_cast<unsigned char>(c);
        if (std::isalnum(u) && u < 0x80) {
            if (pending_dash && !out.empty()) out += '-';
            pending_dash = false;
            out += c;
        } else {
            pending_dash = true;
        }
    }
    return out;
}

std::string quoted(const std::string& s, std::size_t max_chars) {
    std::u32string cps = utf8_to_u32(s);
    if (cps.size() > max_chars) {
        cps.resize(max_chars);
        return "'" + u32_to_utf8(cps) + "\xE2\x80\xA6'";
    }
    return "'" + s + "'";
}

bool is_noncharacter(char32_t c) { return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE; }

std::string unprintable_in(const std::string& s, std::size_t* offset) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
    std::size_t i = 0;
    char phrase[48];
    while (i < s.size()) {
        const std::size_t at = i;
        const char32_t c = next_code_point(bytes, s.size(), i);
        if (c == 0xFFFD && i - at == 1) {
            std::snprintf(phrase, sizeof phrase, "byte 0x%02X that is not UTF-8", bytes[at]);
        } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
            std::snprintf(phrase, sizeof phrase, "control character 0x%02X", static_cast<unsigned>(c));
        } else if (is_noncharacter(c)) {
            std::snprintf(phrase, sizeof phrase, "noncharacter U+%04X", static_cast<unsigned>(c));
        } else {
            continue;
        }
        if (offset) *offset = at;
        return phrase;
    }
    return "";
}

}  // namespace scorecard
