#include "glyph_encoder.hpp"

#include <podofo/podofo.h>

#include "utf8_text.hpp"

namespace scorecard::pdf {

GlyphEncoder::GlyphEncoder(const FontSet& fonts) : fonts_(fonts) {
    for (FontStyle style : {FontStyle::Regular, FontStyle::Bold}) {
        Face& f = face(style);
        f.font = &fonts.font(style);
        f.name = f.font->GetIdentifier().GetName();
        f.subsetting = f.font->IsSubsetting();
        f.glyph.assign(0x10000, -1);
        f.used.assign(0x10000, false);
    }
}

void GlyphEncoder::append_unit(std::string& out, Face& f, std::uint16_t unit) {
    std::int32_t glyph = f.glyph[unit];
    if (glyph < 0) {
        // PdfIdentityEncoding::ConvertToEncoding: the glyph of each UTF-16 unit, by FreeType.
        glyph = static_cast<std::int32_t>(f.font->GetFontMetrics()->GetGlyphId(unit) & 0xFFFF);
        f.glyph[unit] = glyph;
    }
    if (f.subsetting && !f.used[unit]) {
        f.used[unit] = true;
        const PoDoFo::pdf_utf16be big_endian = static_cast<PoDoFo::pdf_utf16be>((unit >> 8) | ((unit & 0xFF) << 8));
        f.font->AddUsedSubsettingGlyphs(PoDoFo::PdfString(&big_endian, 1), 1);
    }
    // Two bytes, big-endian, escaped as a literal string needs: the delimiters and the
    // backslash get a backslash, and CR is written \r, as a reader would turn a bare CR into LF.
    for (const int byte : {glyph >> 8, glyph & 0xFF}) {
        if (byte == '(' || byte == ')' || byte == '\\') {
            out += '\\';
            out += static_cast<char>(byte);
        } else if (byte == '\r') {
            out += "\\r";
        } else {
            out += static_cast<char>(byte);
        }
    }
}

void GlyphEncoder::append_string(std::string& out, const std::string& utf8, FontStyle style) {
    Face& f = face(style);
    out += '(';
    const auto* s = reinterpret_cast<const unsigned char*>(utf8.data());
    const std::size_t n = utf8.size();
    std::size_t i = 0;
    while (i < n) {
        // Decoded as the measurer decodes it, so what is drawn is what was measured.
        const char32_t c = next_code_point(s, n, i);
        if (c == '\t') {
            for (int k = 0; k < 4; ++k) append_unit(out, f, ' ');
        } else if (c < 0x10000) {
            append_unit(out, f, static_cast<std::uint16_t>(c));
        } else {
            // Beyond the BMP: a surrogate pair, each unit looked up on its own, as PoDoFo did.
            const char32_t v = c - 0x10000;
            append_unit(out, f, static_cast<std::uint16_t>(0xD800 + (v >> 10)));
            append_unit(out, f, static_cast<std::uint16_t>(0xDC00 + (v & 0x3FF)));
        }
    }
    out += ')';
}

}  // namespace scorecard::pdf
