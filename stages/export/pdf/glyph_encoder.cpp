#include "glyph_encoder.hpp"

#include <podofo/podofo.h>

#include <cstring>

#include "stages/export/common/printable_text.hpp"

namespace scorecard::pdf {

GlyphEncoder::GlyphEncoder(FontSet& fonts) : fonts_(fonts) {}

GlyphEncoder::Face& GlyphEncoder::face(FontStyle style, std::size_t index) {
    const std::size_t slot = index * 2 + (style == FontStyle::Bold ? 1 : 0);
    if (slot >= faces_.size()) faces_.resize(slot + 1);
    std::unique_ptr<Face>& f = faces_[slot];
    if (!f) {
        f = std::make_unique<Face>();
        f->font = &fonts_.font(index, style);
        f->name = f->font->GetIdentifier().GetName();
        f->subsetting = f->font->IsSubsetting();
    }
    return *f;
}

const GlyphEncoder::Code& GlyphEncoder::code(Face& f, std::uint16_t unit) {
    std::unique_ptr<Code[]>& block = f.codes[unit >> 8];
    if (!block) block.reset(new Code[256]);
    Code& c = block[unit & 0xFF];
    if (c.size >= 0) return c;
    // PdfIdentityEncoding::ConvertToEncoding: the glyph of each UTF-16 unit, by FreeType.
    const long glyph = f.font->GetFontMetrics()->GetGlyphId(unit) & 0xFFFF;
    if (f.subsetting) {
        const PoDoFo::pdf_utf16be big_endian = static_cast<PoDoFo::pdf_utf16be>((unit >> 8) | ((unit & 0xFF) << 8));
        f.font->AddUsedSubsettingGlyphs(PoDoFo::PdfString(&big_endian, 1), 1);
    }
    // Two bytes, big-endian, escaped as a literal string needs: the delimiters and the
    // backslash get a backslash, and CR is written \r, as a reader would turn a bare CR into LF.
    int size = 0;
    for (const long byte : {glyph >> 8, glyph & 0xFF}) {
        if (byte == '(' || byte == ')' || byte == '\\') {
            c.bytes[size++] = '\\';
            c.bytes[size++] = static_cast<char>(byte);
        } else if (byte == '\r') {
            c.bytes[size++] = '\\';
            c.bytes[size++] = 'r';
        } else {
            c.bytes[size++] = static_cast<char>(byte);
        }
    }
    c.size = static_cast<std::int8_t>(size);
    return c;
}

void GlyphEncoder::append_string(PdfOut& out, const std::string& utf8, FontStyle style, std::size_t index) {
    Face& f = face(style, index);
    const auto* s = reinterpret_cast<const unsigned char*>(utf8.data());
    const std::size_t n = utf8.size();
    // Room for the worst case, a tab (one byte) as four spaces of up to four bytes each, and
    // for the four-byte copy of the last code.
    char* const start = out.room(2 + 16 * n + 4);
    char* p = start;
    *p++ = '(';
    auto put = [&](std::uint16_t unit) {
        const Code& c = code(f, unit);
        std::memcpy(p, c.bytes, 4);  // all four: only c.size of them count
        p += c.size;
    };
    std::size_t i = 0;
    while (i < n) {
        // Decoded as the measurer decodes it, so what is drawn is what was measured.
        const char32_t c = next_code_point(s, n, i);
        if (c == '\t') {
            for (int k = 0; k < 4; ++k) put(' ');
        } else if (c < 0x10000) {
            put(static_cast<std::uint16_t>(c));
        } else {
            // Beyond the BMP: a surrogate pair, each unit looked up on its own, as PoDoFo did.
            const char32_t v = c - 0x10000;
            put(static_cast<std::uint16_t>(0xD800 + (v >> 10)));
            put(static_cast<std::uint16_t>(0xDC00 + (v & 0x3FF)));
        }
    }
    *p++ = ')';
    out.commit(static_cast<std::size_t>(p - start));
}

void GlyphEncoder::append_string(std::string& out, const std::string& utf8, FontStyle style, std::size_t index) {
    PdfOut buffer;
    append_string(buffer, utf8, style, index);
    out.append(buffer.data(), buffer.size());
}

}  // namespace scorecard::pdf
