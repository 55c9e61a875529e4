// Measures cell text the way a spreadsheet lays it out, so the writer can set column widths
// and row heights itself (libxlsxwriter 1.1.4 has no autofit, and no spreadsheet fits merged
// cells). The widths are the template fonts' own (common/font_face.hpp, the faces the PDF is
// measured with); everything here is in screen pixels at 96 dpi, the unit Excel sizes columns in.
#pragma once

#include <string>

#include "stages/templates/output_template.hpp"
#include "stages/export/common/font_measurer.hpp"

namespace scorecard::xlsx {

struct FontChoice {
    bool bold = false;
    double size_pt = 8;
};

constexpr double kPixelsPerPoint = 96.0 / 72.0;

struct TextExtent {
    double line_px = 0;  // the widest line (text may hold '\n')
    double word_px = 0;  // the widest run without a space
};

class CellMeasure {
public:
    CellMeasure(FontFace regular, FontFace bold);
    // The template's font files. Throws ExportError naming the file when one cannot be read.
    static CellMeasure for_template(const OutputTemplate& layout);

    // Both widths of `extent` below, in one pass.
    TextExtent extent(const std::string& text, FontChoice font) const;
    // Width of the widest line (text may hold '\n'), in pixels, with a margin for renderers that
    // round each glyph to whole pixels (Excel on Windows) or kern differently (LibreOffice).
    double line_width_px(const std::string& text, FontChoice font) const;
    // Width of the longest run without a space: a wrapped cell can be no narrower.
    double longest_word_px(const std::string& text, FontChoice font) const;
    // Lines the text takes when wrapped at spaces into `width_px` (a word wider than the line
    // breaks between characters, as Excel does). Breaking only at spaces, never at hyphens,
    // can only give as many or more lines than a renderer does, so rows are never too short.
    int wrapped_lines(const std::string& text, FontChoice font, double width_px) const;
    // Baseline-to-baseline distance in points.
    double line_height_pt(FontChoice font) const;

    // The font name written into the workbook. Liberation Sans is metric-compatible with Arial
    // (same advance widths by design), and every office suite has Arial or maps it to Liberation
    // Sans, so the workbook names Arial and the widths measured here hold in Excel too.
    std::string workbook_font_name() const;

private:
    const FontFace& metrics(FontChoice font) const { return text_.face(font.bold ? FontStyle::Bold : FontStyle::Regular); }
    double px(double em, FontChoice font) const;

    FontMeasurer text_;
};

}  // namespace scorecard::xlsx
