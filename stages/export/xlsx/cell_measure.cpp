#include "cell_measure.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "stages/export/common/line_wrap.hpp"
#include "stages/model/utf8.hpp"

#include "stages/export/common/export_context.hpp"

namespace scorecard::xlsx {

namespace {

// Excel draws with hinted glyphs rounded to whole pixels and LibreOffice kerns differently, so
// a measured width is widened a little: a cell a few pixels too wide is invisible, a number one
// pixel too narrow shows as ####.
constexpr double kRendererMargin = 1.06;

}  // namespace

CellMeasure::CellMeasure(FontFace regular, FontFace bold)
    : text_(std::move(regular), std::move(bold), GlyphUnits::CodePoints) {}

CellMeasure CellMeasure::for_template(const OutputTemplate& layout) {
    try {
        return CellMeasure(FontFace::load(layout.font_regular), FontFace::load(layout.font_bold));
    } catch (const std::runtime_error& e) {
        throw ExportError(std::string("Excel export: ") + e.what());
    }
}

double CellMeasure::px(double em, FontChoice font) const {
    return em * font.size_pt * kPixelsPerPoint * kRendererMargin;
}

TextExtent CellMeasure::extent(const std::string& text, FontChoice font) const {
    // One pass over the text, no copies: a sheet of 100,000 rows measures millions of cells.
    const FontFace& m = metrics(font);
    double line = 0, word = 0, widest_line = 0, widest_word = 0;
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80 && byte != '\n' && byte != ' ') {
            const double a = m.advance_em(byte);  // the common case, without decoding
            line += a;
            word += a;
            ++i;
            continue;
        }
        const char32_t c = next_code_point(text, i);
        if (c == '\n') {
            widest_line = std::max(widest_line, line);
            widest_word = std::max(widest_word, word);
            line = word = 0;
            continue;
        }
        const double a = m.advance_em(c);
        line += a;
        if (c == ' ') {
            widest_word = std::max(widest_word, word);
            word = 0;
        } else {
            word += a;
        }
    }
    return {px(std::max(widest_line, line), font), px(std::max(widest_word, word), font)};
}

double CellMeasure::line_width_px(const std::string& text, FontChoice font) const { return extent(text, font).line_px; }

double CellMeasure::longest_word_px(const std::string& text, FontChoice font) const { return extent(text, font).word_px; }

int CellMeasure::wrapped_lines(const std::string& text, FontChoice font, double width_px) const {
    if (text.empty()) return 1;
    // The common line wrapper, with the size given in pixels so the widths come out in pixels.
    const TextStyle style{font.bold ? FontStyle::Bold : FontStyle::Regular, px(1, font)};
    // A line feed is a line break of its own (Alt+Enter in Excel); an empty line still counts.
    int lines = 0;
    std::size_t from = 0;
    while (true) {
        const std::size_t end = text.find('\n', from);
        const std::string paragraph = text.substr(from, end == std::string::npos ? std::string::npos : end - from);
        lines += static_cast<int>(std::max<std::size_t>(1, count_wrapped_lines(paragraph, width_px, text_, style)));
        if (end == std::string::npos) return lines;
        from = end + 1;
    }
}

double CellMeasure::line_height_pt(FontChoice font) const { return metrics(font).line_height_em() * font.size_pt; }

std::string CellMeasure::workbook_font_name() const {
    const std::string& family = text_.face(FontStyle::Regular).family();
    if (family == "Liberation Sans" || family.empty()) return "Arial";
    return family;
}

}  // namespace scorecard::xlsx
