#include "text_measure.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <vector>

#include "../common/export_context.hpp"

namespace scorecard::xlsx {

namespace {

// Excel draws with hinted glyphs rounded to whole pixels and LibreOffice kerns differently, so
// a measured width is widened a little: a cell a few pixels too wide is invisible, a number one
// pixel too narrow shows as ####.
constexpr double kRendererMargin = 1.06;

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) return parts;
        start = end + 1;
    }
}

}  // namespace

TextMeasure::TextMeasure(FontMetrics regular, FontMetrics bold) : regular_(std::move(regular)), bold_(std::move(bold)) {}

TextMeasure TextMeasure::for_template(const OutputTemplate& layout) {
    try {
        return TextMeasure(FontMetrics::load(layout.font_regular), FontMetrics::load(layout.font_bold));
    } catch (const std::runtime_error& e) {
        throw ExportError(std::string("Excel export: ") + e.what());
    }
}

double TextMeasure::px(double em, FontChoice font) const {
    return em * font.size_pt * kPixelsPerPoint * kRendererMargin;
}

double TextMeasure::line_width_px(const std::string& text, FontChoice font) const {
    double widest = 0;
    for (const auto& line : split(text, '\n')) widest = std::max(widest, px(metrics(font).text_width_em(line), font));
    return widest;
}

double TextMeasure::longest_word_px(const std::string& text, FontChoice font) const {
    double widest = 0;
    for (const auto& line : split(text, '\n'))
        for (const auto& word : split(line, ' ')) widest = std::max(widest, px(metrics(font).text_width_em(word), font));
    return widest;
}

int TextMeasure::wrapped_lines(const std::string& text, FontChoice font, double width_px) const {
    if (text.empty()) return 1;
    const FontMetrics& m = metrics(font);
    const double space = px(m.advance_em(' '), font);
    int lines = 0;
    for (const auto& paragraph : split(text, '\n')) {
        ++lines;
        double used = 0;
        bool line_empty = true;
        for (const auto& word : split(paragraph, ' ')) {
            const double w = px(m.text_width_em(word), font);
            if (!line_empty && used + space + w <= width_px) {
                used += space + w;
                continue;
            }
            if (!line_empty) {
                ++lines;
                used = 0;
            }
            if (w <= width_px) {
                used = w;
            } else {
                // A word wider than the cell breaks between characters.
                for (std::size_t i = 0; i < word.size();) {
                    const double c = px(m.advance_em(next_code_point(word, i)), font);
                    if (used > 0 && used + c > width_px) {
                        ++lines;
                        used = 0;
                    }
                    used += c;
                }
            }
            line_empty = false;
        }
    }
    return lines;
}

double TextMeasure::line_height_pt(FontChoice font) const { return metrics(font).line_height_em() * font.size_pt; }

std::string TextMeasure::workbook_font_name() const {
    const std::string& family = regular_.family();
    if (family == "Liberation Sans" || family.empty()) return "Arial";
    return family;
}

}  // namespace scorecard::xlsx
