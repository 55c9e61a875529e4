#include "cell_measure.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "stages/model/utf8.hpp"

#include "stages/export/common/export_context.hpp"

namespace scorecard::xlsx {

namespace {

// Excel draws with hinted glyphs rounded to whole pixels and LibreOffice kerns differently, so
// a measured width is widened a little: a cell a few pixels too wide is invisible, a number one
// pixel too narrow shows as ####.
constexpr double kRendererMargin = 1.06;

}  // namespace

CellMeasure::CellMeasure(FontFace regular, FontFace bold) : regular_(std::move(regular)), bold_(std::move(bold)) {}

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
    const FontFace& m = metrics(font);
    const double scale = px(1, font);
    const double space = m.advance_em(' ') * scale;
    int lines = 1;
    double used = 0;          // width of the current line so far
    bool line_empty = true;
    // Greedy fill, word by word: a word goes on the line if it fits after a space, else it
    // starts the next line; a word wider than the whole line breaks between characters.
    auto place_word = [&](std::size_t begin, std::size_t end) {
        double em = 0;  // summed in em and scaled once, exactly as extent() does
        for (std::size_t i = begin; i < end;) {
            const unsigned char byte = static_cast<unsigned char>(text[i]);
            if (byte < 0x80) {
                em += m.advance_em(byte);
                ++i;
            } else {
                em += m.advance_em(next_code_point(text, i));
            }
        }
        const double w = em * scale;
        if (!line_empty && used + space + w <= width_px) {
            used += space + w;
            return;
        }
        if (!line_empty) {
            ++lines;
            used = 0;
        }
        line_empty = false;
        if (w <= width_px) {
            used = w;
            return;
        }
        for (std::size_t i = begin; i < end;) {
            const double c = m.advance_em(next_code_point(text, i)) * scale;
            if (used > 0 && used + c > width_px) {
                ++lines;
                used = 0;
            }
            used += c;
        }
    };
    std::size_t word_start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const bool end = i == text.size();
        if (end || text[i] == ' ' || text[i] == '\n') {
            if (i > word_start) place_word(word_start, i);
            if (!end && text[i] == '\n') {
                ++lines;
                used = 0;
                line_empty = true;
            }
            word_start = i + 1;
        }
    }
    return lines;
}

double CellMeasure::line_height_pt(FontChoice font) const { return metrics(font).line_height_em() * font.size_pt; }

std::string CellMeasure::workbook_font_name() const {
    const std::string& family = regular_.family();
    if (family == "Liberation Sans" || family.empty()) return "Arial";
    return family;
}

}  // namespace scorecard::xlsx
