#include "page_fit.hpp"

#include <algorithm>
#include <cmath>

#include "stages/export/common/font_measurer.hpp"
#include "stages/export/common/line_wrap.hpp"
#include "stages/export/common/paragraph_direction.hpp"
#include "stages/model/text_utils.hpp"
#include "page_rules.hpp"
#include "pdf_units.hpp"
#include "rag_key.hpp"
#include "text_cuts.hpp"

namespace scorecard::pdf {

namespace {

[[noreturn]] void refuse(const OutputTemplate& layout, const std::string& key, const std::string& message) {
    throw TemplateError(layout.file + ": " + key + ": " + message);
}

std::string mm(double points) { return format_points(std::round(points / kPointsPerMm * 10) / 10) + " mm"; }
std::string pt(double points) { return format_points(points) + " pt"; }

double title_height(const std::vector<std::string>& lines, const TextStyle& style) {
    return lines.empty() ? 0 : static_cast<double>(lines.size()) * line_height(style) + kBlockGap;
}

}  // namespace

void fit_page(const OutputTemplate& layout, const TextMeasurer& measure, const std::vector<ColumnBox>& columns,
              const HeaderLayout& header, const PlaceholderValues& values, PageFrame& frame) {
    const std::string& title = values.title;
    const TextStyle body{FontStyle::Regular, layout.font_size};
    const double page_room = frame.bottom - frame.top;  // between the top and bottom margins
    if (page_room <= 0 || frame.printable_width() <= 0)
        refuse(layout, "page.margins_mm", "the margins leave no room on the page");

    // Every column must hold at least one character per line of body text.
    const double one_character = measure.width("M", body);
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const double room = columns[i].width - 2 * kCellPadX;
        if (room < one_character)
            refuse(layout, "columns[" + std::to_string(i) + "].width_mm",
                   "the column \"" + columns[i].spec->heading + "\" comes out " + mm(columns[i].width) +
                       " wide (the columns share the " + mm(frame.printable_width()) +
                       " between the margins), too narrow for one character of " + pt(body.size) +
                       " text: widen it, or make fonts.size or page.margins_mm smaller");
    }

    // The footer sits in the bottom margin, on one line.
    if (!layout.pdf_footer.empty()) {
        const double footer_room = frame.height - frame.bottom;
        if (footer_room < line_height(frame.footer_style))
            refuse(layout, "page.margins_mm.bottom",
                   "the bottom margin (" + mm(footer_room) + ") cannot hold the footer's line of " +
                       pt(frame.footer_style.size) + " text: make it at least " +
                       mm(line_height(frame.footer_style)) + ", or make fonts.size smaller");
        PlaceholderValues widest_values = values;
        widest_values.first_page = std::max<long long>(values.first_page, 99999);
        widest_values.pages = widest_values.first_page;
        const std::string widest = footer_text(layout.pdf_footer, widest_values, 0);
        if (measure.width(widest, frame.footer_style) > frame.printable_width())
            refuse(layout, "page.footer", "the footer is wider than the page between the margins; shorten it");
    }
    if (layout.blank_page_rule != BlankPageRule::Off) {
        const TextStyle blank{FontStyle::Regular, frame.footer_style.size * 1.5};
        PlaceholderValues widest_values = values;
        widest_values.page = widest_values.pages = std::max<long long>(values.first_page, 99999);
        if (measure.width(fill_placeholders(layout.blank_page_text, widest_values), blank) > frame.printable_width())
            refuse(layout, "page.blank_page.text",
                   "the blank page's text is wider than the page between the margins; shorten it");
    }

    // The header row is repeated on every page: it may take at most half of it.
    frame.header_height = header.height;
    if (header.height > page_room / 2) {
        std::size_t tallest = 0;
        for (std::size_t i = 0; i < header.cells.size(); ++i)
            if (header.cells[i].lines.size() > header.cells[tallest].lines.size()) tallest = i;
        refuse(layout, "columns[" + std::to_string(tallest) + "].heading",
               "the header row is " + mm(header.height) + " tall, more than half of the " + mm(page_room) +
                   " between the margins: shorten the headings, widen their columns, or make "
                   "fonts.header_size smaller");
    }

    // Below it (and below a group's heading repeated on a new page), a row must hold a few
    // lines of body text, or nearly every cell would be cut.
    const double row_lines_room = page_room - header.height - 2 * kCellPadY -
                                  (layout.table_layout == TemplateLayout::Sectioned ? 2 * kCellPadY + line_height(body) : 0);
    const double lines = std::floor(row_lines_room / line_height(body));
    if (lines < kMinBodyLines)
        refuse(layout, "fonts.size",
               "a page holds " + format_points(std::max(0.0, lines)) + " line(s) of " + pt(body.size) +
                   " text below the header row, and a row needs room for at least " + std::to_string(kMinBodyLines) +
                   " or its text is cut: make fonts.size or page.margins_mm (top, bottom) smaller");

    // The RAG key is drawn whole, below the table or on a page of its own.
    if (layout.show_rag_key) {
        const double width = columns.empty() ? frame.printable_width() : columns.back().right() - columns.front().left;
        if (lay_out_rag_key(layout, measure, width).height > page_room)
            refuse(layout, "rag_key", "the RAG key is taller than the page between the margins; shorten its texts");
    }

    // The title: wrapped to the page's width, and set smaller, down to the body size, until
    // the first page still holds the header row and a row of kMinBodyLines lines.
    const double title_room =
        page_room - header.height - 2 * kCellPadY - kMinBodyLines * line_height(body);
    TextStyle style = in_direction_of({FontStyle::Bold, layout.title_font_size}, title);
    std::vector<std::string> lines_of_title = wrap_text(title, frame.printable_width(), measure, style);
    const double smallest = std::min(layout.title_font_size, layout.font_size);
    while (title_height(lines_of_title, style) > title_room && style.size > smallest) {
        style.size = std::max(smallest, style.size - 0.5);
        lines_of_title = wrap_text(title, frame.printable_width(), measure, style);
    }
    if (title_height(lines_of_title, style) > title_room)
        refuse(layout, "title",
               "the title (" + with_thousands(utf8_length(title)) + " characters) takes " +
                   with_thousands(lines_of_title.size()) + " lines even at " + pt(style.size) +
                   ", and the first page has room for " +
                   format_points(std::max(0.0, std::floor((title_room - kBlockGap) / line_height(style)))) +
                   " above the table: shorten the title (or title_format)");
    frame.title_style = style;
    frame.title_lines = std::move(lines_of_title);
    frame.title_height = title_height(frame.title_lines, style);
}

void check_page_fit(const OutputTemplate& layout, const PlaceholderValues& values) {
    FontMeasurer measure = FontMeasurer::for_template(layout, GlyphUnits::Utf16Units);
    PageFrame frame = make_page_frame(layout, std::string(), measure);
    TableLayout table(layout, measure, lay_out_columns(layout.columns, frame.left, frame.printable_width()), 0);
    fit_page(layout, measure, table.columns(), table.header(), values, frame);
}

}  // namespace scorecard::pdf
