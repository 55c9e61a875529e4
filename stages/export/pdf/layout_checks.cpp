#include "layout_checks.hpp"

#include <cctype>
#include <cstring>
#include <cstdio>

#include "column_layout.hpp"
#include "page_frame.hpp"
#include "pdf_units.hpp"
#include "table_layout.hpp"
#include "stages/export/common/cell_content.hpp"
#include "stages/export/common/font_measurer.hpp"

namespace scorecard::pdf {

namespace {

// A word of a cell that is a figure: it holds a digit and nothing a sentence would
// ("22.60%", "3,775", "<20.8%", "(28)", "-0.64"), so breaking it misreads the number.
bool is_figure(const std::string& word) {
    bool digit = false;
    for (unsigned char c : word) {
        if (std::isdigit(c)) digit = true;
        else if (!std::strchr(".,%+-<>=()£$/:", c)) return false;
    }
    return digit;
}

std::string millimetres(double points) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f mm", points / kPointsPerMm);
    return buffer;
}

std::string font_points(double size) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g pt", size);
    return buffer;
}

}  // namespace

std::string left_hand_start_problem(const OutputTemplate& layout, long long first_page) {
    if (layout.item_start != ItemStart::RightHand || first_page % 2 != 0) return "";
    return "the first page is numbered " + std::to_string(first_page) +
           ", an even (left-hand) page, and the template asks for items to start on a right-hand page "
           "(page.item_start); give an odd --first-page, or build the agenda pack with `scorecard pack`";
}

void check_layout(const Scorecard& scorecard, const OutputTemplate& layout, const ExportContext& context,
                  Findings& findings) {
    const std::string start = left_hand_start_problem(layout, context.first_page);
    if (!start.empty()) findings.warning("left-hand-start", SourceLocation{}, start).file = layout.file;

    const FontMeasurer measure = FontMeasurer::for_template(layout, GlyphUnits::CodePoints);
    const PageFrame frame = make_page_frame(layout, "", measure);
    const std::vector<ColumnBox> columns = lay_out_columns(layout.columns, frame.left, frame.printable_width());
    const TextStyle body{FontStyle::Regular, layout.font_size};
    for (const ColumnBox& column : columns) {
        const ColumnSpec& spec = *column.spec;
        if (spec.field == ColumnField::TrendChart || spec.field == ColumnField::Topic) continue;
        const double room = column.width - 2 * kCellPadX;
        double widest = 0;
        std::string figure;
        const Indicator* where = nullptr;
        for (const Group& group : scorecard.groups)
            for (const Indicator& indicator : group.indicators) {
                const std::string text = cell_content(spec, indicator).text;
                std::size_t from = 0;
                while (from < text.size()) {
                    std::size_t to = text.find(' ', from);
                    if (to == std::string::npos) to = text.size();
                    const std::string word = text.substr(from, to - from);
                    if (is_figure(word)) {
                        const double w = measure.width(word, body);
                        if (w > widest) {
                            widest = w;
                            figure = word;
                            where = &indicator;
                        }
                    }
                    from = to + 1;
                }
            }
        if (widest <= room || !where) continue;
        Finding& f = findings.warning(
            "figure-breaks", SourceLocation{where->line, 0, 0},
            "column \"" + spec.heading + "\" (" + spec.key + ") leaves " + millimetres(room) + " for text at " +
                font_points(layout.font_size) + ": \"" + figure + "\" needs " + millimetres(widest) +
                " and breaks over two lines; widen the column (columns[].width_mm) or set a smaller fonts.size");
        f.indicator = where->name.text;
    }
}

}  // namespace scorecard::pdf
