// Advance widths of a TrueType font, read straight from its tables.
//
// libxlsxwriter 1.1.4 has no autofit (worksheet_autofit came in 1.1.5), and Excel does not fit
// merged or wrapped cells itself, so the writer measures text to size columns and rows. The
// template names the font files (Liberation Sans, metric-compatible with Arial), and the
// advance widths in a TTF's 'hmtx' table are exactly what a renderer lays text out with.
// Reading the four small tables needed here ('head', 'hhea', 'hmtx', 'cmap', plus 'name' for
// the family) takes a page of code and keeps the Excel writer free of PoDoFo and FreeType,
// which belong to the PDF writer.
#pragma once

#include "stages/model/utf8.hpp"  // next_code_point

#include <cstdint>
#include <string>
#include <vector>

namespace scorecard::xlsx {

class FontMetrics {
public:
    // Reads the font file. Throws std::runtime_error naming the file when it is not a TrueType
    // font this reader understands.
    static FontMetrics load(const std::string& path);

    // Widths in em (1.0 = the font size): multiply by the size in points to get points.
    double advance_em(char32_t code_point) const;
    // advance_em of U+0000..U+007F, looked up without decoding: most cell text is ASCII, and
    // a 100,000-row workbook measures some 50 million characters.
    double ascii_advance_em(unsigned char c) const { return ascii_em_[c]; }
    double text_width_em(const std::string& utf8) const;
    // Distance between baselines of wrapped lines (ascender - descender + line gap), in em.
    double line_height_em() const { return line_height_em_; }
    // The family name from the 'name' table ("Liberation Sans").
    const std::string& family() const { return family_; }
    const std::string& path() const { return path_; }

private:
    std::string path_;
    std::string family_;
    double units_per_em_ = 1000;
    double line_height_em_ = 1.15;
    std::vector<std::uint16_t> bmp_advance_;  // advance (font units) for U+0000..U+FFFF
    std::uint16_t default_advance_ = 0;       // glyph 0 (.notdef), for unmapped characters
    struct Range {
        char32_t first, last;
        std::uint32_t first_glyph;
    };
    std::vector<Range> astral_;             // cmap format 12 groups above U+FFFF
    std::vector<std::uint16_t> advances_;   // by glyph id
    double ascii_em_[128] = {};
};

}  // namespace scorecard::xlsx
