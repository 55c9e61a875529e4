#include "font_metrics.hpp"

#include <fstream>
#include <iterator>
#include <stdexcept>

namespace scorecard::xlsx {

namespace {

// TrueType is big-endian throughout; every read is bounds-checked because a template may name
// any file.
class Reader {
public:
    Reader(const std::vector<unsigned char>& bytes, const std::string& path) : b_(bytes), path_(path) {}
    std::uint16_t u16(std::size_t at) const {
        need(at, 2);
        return static_cast<std::uint16_t>((b_[at] << 8) | b_[at + 1]);
    }
    std::int16_t s16(std::size_t at) const { return static_cast<std::int16_t>(u16(at)); }
    std::uint32_t u32(std::size_t at) const {
        need(at, 4);
        return (static_cast<std::uint32_t>(b_[at]) << 24) | (static_cast<std::uint32_t>(b_[at + 1]) << 16) |
               (static_cast<std::uint32_t>(b_[at + 2]) << 8) | b_[at + 3];
    }
    std::string tag(std::size_t at) const {
        need(at, 4);
        return std::string(reinterpret_cast<const char*>(&b_[at]), 4);
    }
    void need(std::size_t at, std::size_t n) const {
        if (at > b_.size() || n > b_.size() - at) fail("truncated table");
    }
    [[noreturn]] void fail(const std::string& why) const {
        throw std::runtime_error("font " + path_ + ": " + why);
    }

private:
    const std::vector<unsigned char>& b_;
    const std::string& path_;
};

struct TableDirectory {
    std::size_t head = 0, hhea = 0, hmtx = 0, cmap = 0, name = 0;
    std::size_t hmtx_length = 0;
};

TableDirectory read_directory(const Reader& r) {
    const std::uint32_t version = r.u32(0);
    if (version != 0x00010000 && version != 0x74727565 /* 'true' */)
        r.fail("not a TrueType font (collections and CFF fonts are not read)");
    TableDirectory d;
    const std::uint16_t tables = r.u16(4);
    for (std::uint16_t t = 0; t < tables; ++t) {
        const std::size_t rec = 12 + 16u * t;
        const std::string tag = r.tag(rec);
        const std::size_t offset = r.u32(rec + 8);
        const std::size_t length = r.u32(rec + 12);
        r.need(offset, length);
        if (tag == "head") d.head = offset;
        else if (tag == "hhea") d.hhea = offset;
        else if (tag == "hmtx") d.hmtx = offset, d.hmtx_length = length;
        else if (tag == "cmap") d.cmap = offset;
        else if (tag == "name") d.name = offset;
    }
    if (!d.head || !d.hhea || !d.hmtx || !d.cmap) r.fail("missing one of the head, hhea, hmtx or cmap tables");
    return d;
}

// The family name (name id 1), preferring the Windows Unicode record; ASCII is enough here.
std::string read_family(const Reader& r, std::size_t name) {
    if (!name) return {};
    const std::uint16_t count = r.u16(name + 2);
    const std::size_t strings = name + r.u16(name + 4);
    std::string mac;
    for (std::uint16_t i = 0; i < count; ++i) {
        const std::size_t rec = name + 6 + 12u * i;
        const std::uint16_t platform = r.u16(rec), name_id = r.u16(rec + 6);
        const std::uint16_t length = r.u16(rec + 8), offset = r.u16(rec + 10);
        if (name_id != 1) continue;
        std::string text;
        if (platform == 3 || platform == 0) {
            for (std::uint16_t k = 0; k + 1 < length; k += 2) {
                const std::uint16_t unit = r.u16(strings + offset + k);
                text += unit < 0x80 ? static_cast<char>(unit) : '?';
            }
            return text;
        }
        if (platform == 1 && mac.empty()) {
            for (std::uint16_t k = 0; k < length; ++k) mac += static_cast<char>(r.u16(strings + offset + k) >> 8);
        }
    }
    return mac;
}

}  // namespace

FontMetrics FontMetrics::load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("font " + path + ": cannot be read");
    const std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const Reader r(bytes, path);
    const TableDirectory d = read_directory(r);

    FontMetrics m;
    m.path_ = path;
    m.units_per_em_ = r.u16(d.head + 18);
    if (m.units_per_em_ < 16) r.fail("unitsPerEm out of range");
    const double ascender = r.s16(d.hhea + 4), descender = r.s16(d.hhea + 6), gap = r.s16(d.hhea + 8);
    m.line_height_em_ = (ascender - descender + gap) / m.units_per_em_;
    m.family_ = read_family(r, d.name);

    // hmtx: numberOfHMetrics (advance, lsb) pairs; later glyphs repeat the last advance.
    const std::uint16_t metrics = r.u16(d.hhea + 34);
    if (metrics == 0 || 4u * metrics > d.hmtx_length) r.fail("hmtx shorter than hhea says");
    m.advances_.resize(metrics);
    for (std::uint16_t g = 0; g < metrics; ++g) m.advances_[g] = r.u16(d.hmtx + 4u * g);
    m.default_advance_ = m.advances_[0];
    auto advance_of = [&m](std::uint32_t glyph) {
        return glyph < m.advances_.size() ? m.advances_[glyph] : m.advances_.back();
    };

    // cmap: the Windows full-repertoire subtable (format 12) if present, else the BMP one (format 4).
    std::size_t format4 = 0, format12 = 0;
    const std::uint16_t subtables = r.u16(d.cmap + 2);
    for (std::uint16_t i = 0; i < subtables; ++i) {
        const std::size_t rec = d.cmap + 4 + 8u * i;
        const std::uint16_t platform = r.u16(rec), encoding = r.u16(rec + 2);
        const std::size_t at = d.cmap + r.u32(rec + 4);
        const std::uint16_t format = r.u16(at);
        if (format == 12 && ((platform == 3 && encoding == 10) || platform == 0)) format12 = at;
        if (format == 4 && ((platform == 3 && (encoding == 1 || encoding == 0)) || platform == 0)) format4 = at;
    }
    m.bmp_advance_.assign(0x10000, m.default_advance_);
    if (format12) {
        const std::uint32_t groups = r.u32(format12 + 12);
        for (std::uint32_t g = 0; g < groups; ++g) {
            const std::size_t at = format12 + 16 + 12u * g;
            const char32_t first = r.u32(at), last = r.u32(at + 4);
            const std::uint32_t glyph = r.u32(at + 8);
            if (last < first || last > 0x10FFFF) continue;
            for (char32_t c = first; c <= last && c <= 0xFFFF; ++c) m.bmp_advance_[c] = advance_of(glyph + (c - first));
            if (last > 0xFFFF) m.astral_.push_back({first, last, glyph});
        }
    } else if (format4) {
        const std::uint16_t segments = r.u16(format4 + 6) / 2;
        const std::size_t ends = format4 + 14, starts = ends + 2u * segments + 2;
        const std::size_t deltas = starts + 2u * segments, range_offsets = deltas + 2u * segments;
        for (std::uint16_t s = 0; s < segments; ++s) {
            const std::uint16_t end = r.u16(ends + 2u * s), start = r.u16(starts + 2u * s);
            const std::uint16_t delta = r.u16(deltas + 2u * s);
            const std::size_t ro_at = range_offsets + 2u * s;
            const std::uint16_t range_offset = r.u16(ro_at);
            for (std::uint32_t c = start; c <= end && c < 0xFFFF; ++c) {
                std::uint32_t glyph;
                if (range_offset == 0) {
                    glyph = (c + delta) & 0xFFFF;
                } else {
                    // idRangeOffset counts bytes from its own position into glyphIdArray.
                    glyph = r.u16(ro_at + range_offset + 2u * (c - start));
                    if (glyph) glyph = (glyph + delta) & 0xFFFF;
                }
                m.bmp_advance_[c] = advance_of(glyph);
            }
        }
    } else {
        r.fail("no Unicode cmap subtable");
    }
    for (char32_t c = 0; c < 128; ++c) m.ascii_em_[c] = m.advance_em(c);
    return m;
}

double FontMetrics::advance_em(char32_t c) const {
    if (c == '\n' || c == '\r') return 0;
    if (c <= 0xFFFF) return bmp_advance_[c] / units_per_em_;
    for (const auto& range : astral_)
        if (c >= range.first && c <= range.last) {
            const std::uint32_t glyph = range.first_glyph + (c - range.first);
            return (glyph < advances_.size() ? advances_[glyph] : advances_.back()) / units_per_em_;
        }
    return default_advance_ / units_per_em_;
}

double FontMetrics::text_width_em(const std::string& utf8) const {
    double width = 0;
    for (std::size_t i = 0; i < utf8.size();) width += advance_em(next_code_point(utf8, i));
    return width;
}

}  // namespace scorecard::xlsx
