#include "font_face.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H

#include <memory>
#include <stdexcept>

namespace scorecard {

namespace {

struct LibraryCloser {
    void operator()(FT_Library library) const { FT_Done_FreeType(library); }
};
struct FaceCloser {
    void operator()(FT_Face face) const { FT_Done_Face(face); }
};

}  // namespace

FontFace FontFace::load(const std::string& path, int index) {
    auto fail = [&path](const std::string& why) { throw std::runtime_error("font " + path + ": " + why); };
    // A library of its own: FreeType's objects are not to be shared between threads, and the
    // two writers load their fonts side by side.
    FT_Library raw_library = nullptr;
    if (FT_Init_FreeType(&raw_library) != 0) fail("FreeType will not start");
    const std::unique_ptr<FT_LibraryRec_, LibraryCloser> library(raw_library);
    FT_Face raw_face = nullptr;
    if (FT_New_Face(library.get(), path.c_str(), index, &raw_face) != 0) fail("cannot be read as a font");
    const std::unique_ptr<FT_FaceRec_, FaceCloser> face(raw_face);
    if (!FT_IS_SCALABLE(face.get()) || face->units_per_EM < 16) fail("not a scalable font");
    if (FT_Select_Charmap(face.get(), FT_ENCODING_UNICODE) != 0) fail("no Unicode character map");

    FontFace f;
    f.path_ = path;
    f.family_ = face->family_name ? face->family_name : "";
    f.units_per_em_ = face->units_per_EM;
    f.ascent_em_ = static_cast<double>(face->ascender) / face->units_per_EM;
    f.descent_em_ = -static_cast<double>(face->descender) / face->units_per_EM;
    f.line_height_em_ = static_cast<double>(face->height) / face->units_per_EM;

    // Advances in font units, unscaled and unhinted: the widths the font itself gives.
    auto advance_of = [&](FT_UInt glyph) -> std::uint16_t {
        FT_Fixed advance = 0;
        if (FT_Get_Advance(face.get(), glyph, FT_LOAD_NO_SCALE, &advance) != 0) return 0;
        return static_cast<std::uint16_t>(advance);
    };
    f.notdef_advance_ = advance_of(0);
    f.bmp_advance_.assign(0x10000, f.notdef_advance_);
    f.bmp_mapped_.assign(0x10000 / 64, 0);
    FT_UInt glyph = 0;
    for (FT_ULong c = FT_Get_First_Char(face.get(), &glyph); glyph != 0; c = FT_Get_Next_Char(face.get(), c, &glyph)) {
        if (c <= 0xFFFF) {
            f.bmp_advance_[c] = advance_of(glyph);
            f.bmp_mapped_[c >> 6] |= std::uint64_t{1} << (c & 63);
        }
        else if (c <= 0x10FFFF)
            f.astral_advance_[static_cast<char32_t>(c)] = advance_of(glyph);
    }
    f.bmp_advance_['\n'] = f.bmp_advance_['\r'] = 0;
    for (char32_t c = 0; c < 0x80; ++c) f.ascii_em_[c] = f.bmp_advance_[c] / f.units_per_em_;
    return f;
}

double FontFace::astral_advance_em(char32_t c) const {
    const auto found = astral_advance_.find(c);
    return (found != astral_advance_.end() ? found->second : notdef_advance_) / units_per_em_;
}

}  // namespace scorecard
