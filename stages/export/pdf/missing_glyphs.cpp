#include "missing_glyphs.hpp"

#include <cstdio>

#include "stages/model/utf8.hpp"

namespace scorecard::pdf {

namespace {

std::string utf8_of(char32_t c) {
    std::string out;
    append_utf8(out, c);
    return out;
}

std::string code_of(char32_t c) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
    return buffer;
}

}  // namespace

void collect_undrawable(const std::string& text, const FontMeasurer& measure, std::u32string& missing) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char byte = s[i];
        if (byte < 0x80 && measure.face(FontStyle::Regular).maps(byte)) {
            ++i;  // the common case, without decoding
            continue;
        }
        const char32_t c = next_code_point(s, n, i);
        if (!measure.can_draw(c) && missing.find(c) == std::u32string::npos) missing += c;
    }
}

Finding missing_glyphs_finding(const std::u32string& missing, const FontMeasurer& measure, const std::string& what,
                               const std::string& file, SourceLocation where, const std::string& indicator) {
    Finding f;
    f.severity = Severity::Warning;
    f.code = "pdf-missing-glyphs";
    f.file = file;
    f.where = where;
    f.indicator = indicator;
    std::string list;
    for (std::size_t k = 0; k < missing.size(); ++k) {
        if (k) list += ", ";
        list += "\"" + utf8_of(missing[k]) + "\" (" + code_of(missing[k]) + ")";
    }
    const bool one = missing.size() == 1;
    const std::string count = one ? "a character" : std::to_string(missing.size()) + " characters";
    const char32_t stand_in = measure.replacement().c;
    f.message = "the PDF cannot draw " + count + " of " + what + ": " + list + "; " + (one ? "it is" : "each is") +
                " printed as \"" + utf8_of(stand_in) + "\" (" + code_of(stand_in) +
                ") instead, and the PDF's text (copied, searched or read aloud) keeps " + (one ? "it" : "them") +
                ". No font of the template's chain (fonts.families) has " + (one ? "it" : "them") +
                ". The workbook holds the text as it is.";
    return f;
}

}  // namespace scorecard::pdf
