#include "shaped_fonts.hpp"

#include <podofo/podofo.h>

#include <hb-subset.h>
#include <ft2build.h>
#include FT_FREETYPE_H

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "stages/export/common/export_context.hpp"
#include "stages/model/utf8.hpp"

namespace scorecard::pdf {

struct ShapedFonts::Font {
    const ShapingFont* shaping = nullptr;
    std::string path;
    int face_index = 0;
    std::string name;  // the resource name
    PoDoFo::PdfObject* type0 = nullptr;
    PoDoFo::PdfObject* cid = nullptr;
    PoDoFo::PdfObject* descriptor = nullptr;
    struct Glyph {
        long width = 0;    // thousandths of an em, as /W states it
        std::string text;  // UTF-8, for the ToUnicode map; may be empty
    };
    std::map<std::uint32_t, Glyph> glyphs;
};

namespace {

// Four hex digits of a UTF-16 unit or a glyph id.
void append_hex4(std::string& out, unsigned value) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%04X", value & 0xFFFF);
    out += buffer;
}

// UTF-8 as UTF-16BE in hex, a surrogate pair for a character beyond U+FFFF.
std::string utf16_hex(const std::string& utf8) {
    std::string out;
    const auto* s = reinterpret_cast<const unsigned char*>(utf8.data());
    std::size_t i = 0;
    while (i < utf8.size()) {
        const char32_t c = next_code_point(s, utf8.size(), i);
        if (c < 0x10000) {
            append_hex4(out, c);
        } else {
            append_hex4(out, 0xD800 + ((c - 0x10000) >> 10));
            append_hex4(out, 0xDC00 + ((c - 0x10000) & 0x3FF));
        }
    }
    return out;
}

// The six capital letters a subset's font name begins with, from the glyphs it holds, so the
// same text gives the same name on every run.
std::string subset_tag(const std::vector<std::uint32_t>& glyphs) {
    std::uint32_t hash = 2166136261u;
    for (const std::uint32_t g : glyphs) {
        hash = (hash ^ (g & 0xFF)) * 16777619u;
        hash = (hash ^ (g >> 8)) * 16777619u;
    }
    std::string tag;
    for (int i = 0; i < 6; ++i) {
        tag += static_cast<char>('A' + hash % 26);
        hash /= 26;
    }
    return tag;
}

struct FaceFacts {
    std::string postscript_name;
    double bbox[4] = {0, 0, 0, 0};
    double ascent = 0, descent = 0, cap_height = 0;
    double italic_angle = 0;
};

// What the font descriptor states, read with FreeType, in thousandths of an em.
FaceFacts face_facts(const std::string& path, int index) {
    FaceFacts facts;
    FT_Library library = nullptr;
    if (FT_Init_FreeType(&library) != 0) throw ExportError("FreeType will not start");
    FT_Face face = nullptr;
    if (FT_New_Face(library, path.c_str(), index, &face) != 0) {
        FT_Done_FreeType(library);
        throw ExportError("font file will not load: " + path);
    }
    const double scale = 1000.0 / face->units_per_EM;
    const char* ps = FT_Get_Postscript_Name(face);
    facts.postscript_name = ps ? ps : "Font";
    facts.bbox[0] = std::floor(static_cast<double>(face->bbox.xMin) * scale);
    facts.bbox[1] = std::floor(static_cast<double>(face->bbox.yMin) * scale);
    facts.bbox[2] = std::ceil(static_cast<double>(face->bbox.xMax) * scale);
    facts.bbox[3] = std::ceil(static_cast<double>(face->bbox.yMax) * scale);
    facts.ascent = std::round(face->ascender * scale);
    facts.descent = std::round(face->descender * scale);
    facts.cap_height = facts.ascent;
    FT_Done_Face(face);
    FT_Done_FreeType(library);
    return facts;
}

// The font file cut down to `glyphs` (and .notdef), every glyph keeping its id.
std::string subset_font_file(hb_face_t* face, const std::vector<std::uint32_t>& glyphs) {
    hb_subset_input_t* input = hb_subset_input_create_or_fail();
    if (!input) throw ExportError("out of memory subsetting a font");
    hb_set_t* keep = hb_subset_input_glyph_set(input);
    for (const std::uint32_t g : glyphs) hb_set_add(keep, g);
    // The ids stay as drawn (the content streams show them, CIDToGIDMap /Identity); the
    // layout tables are not needed once the text is shaped.
    hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_RETAIN_GIDS);
    hb_set_t* drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const hb_tag_t tag : {HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F')})
        hb_set_add(drop, tag);
    hb_face_t* subset = hb_subset_or_fail(face, input);
    hb_subset_input_destroy(input);
    if (!subset) throw ExportError("HarfBuzz could not subset a font");
    hb_blob_t* blob = hb_face_reference_blob(subset);
    unsigned length = 0;
    const char* data = hb_blob_get_data(blob, &length);
    std::string bytes(data, length);
    hb_blob_destroy(blob);
    hb_face_destroy(subset);
    if (bytes.empty()) throw ExportError("HarfBuzz could not subset a font");
    return bytes;
}

PoDoFo::PdfArray number_array(std::initializer_list<double> values) {
    PoDoFo::PdfArray a;
    for (const double v : values) a.push_back(PoDoFo::PdfVariant(static_cast<PoDoFo::pdf_int64>(v)));
    return a;
}

}  // namespace

ShapedFonts::ShapedFonts(PoDoFo::PdfDocument& document, const FontMeasurer& measure)
    : document_(document), measure_(measure) {}

ShapedFonts::~ShapedFonts() = default;

std::size_t ShapedFonts::slot(std::size_t index, FontStyle style) {
    const ChainFont& spec = measure_.chain_font(index);
    const bool bold = style == FontStyle::Bold && spec.has_bold;
    const std::size_t s = index * 2 + (bold ? 1 : 0);
    if (s >= fonts_.size()) fonts_.resize(s + 1);
    std::unique_ptr<Font>& f = fonts_[s];
    if (f) return s;
    f = std::make_unique<Font>();
    f->shaping = &measure_.shaping_font(index, style);
    const FontFile& file = bold ? spec.bold : spec.regular;
    f->path = file.path;
    f->face_index = file.index;
    f->name = "Sh" + std::to_string(index) + (bold ? "B" : "");

    PoDoFo::PdfVecObjects& objects = *document_.GetObjects();
    f->type0 = objects.CreateObject("Font");
    f->cid = objects.CreateObject("Font");
    f->descriptor = objects.CreateObject("FontDescriptor");
    PoDoFo::PdfDictionary& type0 = f->type0->GetDictionary();
    type0.AddKey(PoDoFo::PdfName::KeySubtype, PoDoFo::PdfName("Type0"));
    type0.AddKey("Encoding", PoDoFo::PdfName("Identity-H"));
    PoDoFo::PdfArray descendants;
    descendants.push_back(f->cid->Reference());
    type0.AddKey("DescendantFonts", descendants);
    PoDoFo::PdfDictionary& cid = f->cid->GetDictionary();
    cid.AddKey(PoDoFo::PdfName::KeySubtype, PoDoFo::PdfName("CIDFontType2"));
    PoDoFo::PdfDictionary system;
    system.AddKey("Registry", PoDoFo::PdfString("Adobe"));
    system.AddKey("Ordering", PoDoFo::PdfString("Identity"));
    system.AddKey("Supplement", PoDoFo::PdfVariant(static_cast<PoDoFo::pdf_int64>(0)));
    cid.AddKey("CIDSystemInfo", system);
    cid.AddKey("FontDescriptor", f->descriptor->Reference());
    cid.AddKey("CIDToGIDMap", PoDoFo::PdfName("Identity"));
    return s;
}

const std::string& ShapedFonts::resource_name(std::size_t slot) const { return fonts_.at(slot)->name; }

PoDoFo::PdfObject& ShapedFonts::dictionary(std::size_t slot) const { return *fonts_.at(slot)->type0; }

long ShapedFonts::glyph_used(std::size_t slot, std::uint32_t glyph, const std::string& utf8) {
    Font& f = *fonts_.at(slot);
    auto found = f.glyphs.find(glyph);
    if (found == f.glyphs.end()) {
        Font::Glyph g;
        const hb_position_t advance = hb_font_get_glyph_h_advance(f.shaping->font(), glyph);
        g.width = std::lround(advance * 1000.0 / f.shaping->units_per_em());
        found = f.glyphs.emplace(glyph, std::move(g)).first;
    }
    if (found->second.text.empty() && !utf8.empty()) found->second.text = utf8;
    return found->second.width;
}

void ShapedFonts::finish() {
    for (const std::unique_ptr<Font>& f : fonts_)
        if (f) write(*f);
}

void ShapedFonts::write(Font& f) {
    PoDoFo::PdfVecObjects& objects = *document_.GetObjects();
    std::vector<std::uint32_t> glyphs;
    for (const auto& [g, unused] : f.glyphs) glyphs.push_back(g);

    const FaceFacts facts = face_facts(f.path, f.face_index);
    const PoDoFo::PdfName base_font(subset_tag(glyphs) + "+" + facts.postscript_name);
    f.type0->GetDictionary().AddKey("BaseFont", base_font);
    f.cid->GetDictionary().AddKey("BaseFont", base_font);

    // /W: runs of consecutive ids, each with its widths.
    PoDoFo::PdfArray widths;
    for (auto it = f.glyphs.begin(); it != f.glyphs.end();) {
        const std::uint32_t first = it->first;
        PoDoFo::PdfArray run;
        std::uint32_t next = first;
        while (it != f.glyphs.end() && it->first == next) {
            run.push_back(PoDoFo::PdfVariant(static_cast<PoDoFo::pdf_int64>(it->second.width)));
            ++it;
            ++next;
        }
        widths.push_back(PoDoFo::PdfVariant(static_cast<PoDoFo::pdf_int64>(first)));
        widths.push_back(run);
    }
    f.cid->GetDictionary().AddKey("W", widths);

    PoDoFo::PdfDictionary& d = f.descriptor->GetDictionary();
    d.AddKey("FontName", base_font);
    d.AddKey(PoDoFo::PdfName::KeyFlags, PoDoFo::PdfVariant(static_cast<PoDoFo::pdf_int64>(4)));  // symbolic
    d.AddKey("FontBBox", number_array({facts.bbox[0], facts.bbox[1], facts.bbox[2], facts.bbox[3]}));
    d.AddKey("ItalicAngle", PoDoFo::PdfVariant(static_cast<PoDoFo::pdf_int64>(facts.italic_angle)));
    d.AddKey("Ascent", PoDoFo::PdfVariant(static_cast<PoDoFo::pdf_int64>(facts.ascent)));
    d.AddKey("Descent", PoDoFo::PdfVariant(static_cast<PoDoFo::pdf_int64>(facts.descent)));
    d.AddKey("CapHeight", PoDoFo::PdfVariant(static_cast<PoDoFo::pdf_int64>(facts.cap_height)));
    d.AddKey("StemV", PoDoFo::PdfVariant(static_cast<PoDoFo::pdf_int64>(80)));

    // The font file: its length before its stream, which a streamed document writes at once.
    const std::string file = subset_font_file(f.shaping->face(), glyphs);
    PoDoFo::PdfObject* font_file = objects.CreateObject();
    font_file->GetDictionary().AddKey("Length1", PoDoFo::PdfVariant(static_cast<PoDoFo::pdf_int64>(file.size())));
    font_file->GetStream()->Set(file.data(), static_cast<PoDoFo::pdf_long>(file.size()));
    d.AddKey("FontFile2", font_file->Reference());

    // ToUnicode: each glyph to the characters it was drawn for (100 entries a block).
    std::string cmap =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    std::vector<std::string> entries;
    for (const auto& [g, glyph] : f.glyphs) {
        if (glyph.text.empty()) continue;
        std::string e = "<";
        append_hex4(e, g);
        e += "> <" + utf16_hex(glyph.text) + ">\n";
        entries.push_back(std::move(e));
    }
    for (std::size_t i = 0; i < entries.size(); i += 100) {
        const std::size_t n = std::min<std::size_t>(100, entries.size() - i);
        cmap += std::to_string(n) + " beginbfchar\n";
        for (std::size_t k = i; k < i + n; ++k) cmap += entries[k];
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    PoDoFo::PdfObject* to_unicode = objects.CreateObject();
    to_unicode->GetStream()->Set(cmap.data(), static_cast<PoDoFo::pdf_long>(cmap.size()));
    f.type0->GetDictionary().AddKey("ToUnicode", to_unicode->Reference());
}

}  // namespace scorecard::pdf
