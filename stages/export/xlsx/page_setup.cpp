#include "page_setup.hpp"

#include "stages/model/utf8.hpp"
#include "sheet_writer.hpp"

namespace scorecard::xlsx {

namespace {

// Excel's paper size codes (ECMA-376 Part 1, 18.3.1.63, paperSize).
std::uint8_t paper_code(PaperSize paper) {
    switch (paper) {
        case PaperSize::Letter: return 1;
        case PaperSize::A3: return 8;
        case PaperSize::A4: return 9;
    }
    return 9;
}

std::string replace_all(std::string text, const std::string& token, const std::string& by) {
    for (std::size_t at = text.find(token); at != std::string::npos; at = text.find(token, at + by.size()))
        text.replace(at, token.size(), by);
    return text;
}
constexpr double kMillimetresPerInch = 25.4;
constexpr double kHeaderFooterMarginInches = 0.25;

// Cuts text to `limit` bytes without splitting a UTF-8 sequence or leaving a lone '&'.
std::string cut_to(const std::string& text, std::size_t limit) {
    if (text.size() <= limit) return text;
    std::size_t end = 0;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t next = i;
        next_code_point(text, next);
        if (next > limit) break;
        end = i = next;
    }
    std::string cut = text.substr(0, end);
    // An odd run of trailing '&' would start a code: drop one.
    std::size_t amps = 0;
    for (auto it = cut.rbegin(); it != cut.rend() && *it == '&'; ++it) ++amps;
    if (amps % 2) cut.pop_back();
    return cut;
}

bool has_section_code(const std::string& text) {
    return text.find("&L") != std::string::npos || text.find("&C") != std::string::npos ||
           text.find("&R") != std::string::npos;
}

}  // namespace

std::string header_footer_text(const std::string& text) {
    std::string out;
    for (char c : text) {
        out += c;
        if (c == '&') out += '&';
    }
    return out;
}

std::string excel_footer_text(const std::string& footer, PlaceholderValues values) {
    // Excel numbers the printed pages itself: {page} and {pages} become its codes; the other
    // placeholders are text, in which a '&' must not start a code.
    const std::string coded = replace_all(replace_all(footer, "{page}", "&P"), "{pages}", "&N");
    values.title = header_footer_text(values.title);
    values.period = header_footer_text(values.period);
    values.council = header_footer_text(values.council);
    return fill_placeholders(coded, values);
}

void set_up_printing(lxw_worksheet* sheet, const std::string& sheet_name, const OutputTemplate& layout,
                     const PlaceholderValues& values, const PrintLayout& print) {
    const std::string& title = values.title;
    if (layout.orientation == Orientation::Portrait) worksheet_set_portrait(sheet);
    else worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, paper_code(layout.paper));
    worksheet_set_margins(sheet, layout.margin_left_mm / kMillimetresPerInch, layout.margin_right_mm / kMillimetresPerInch,
                          layout.margin_top_mm / kMillimetresPerInch, layout.margin_bottom_mm / kMillimetresPerInch);
    if (print.fit_to_width) worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_center_horizontally(sheet);

    lxw_header_footer_options margins{};
    margins.margin = kHeaderFooterMarginInches;
    // Excel refuses headers and footers over 255 characters; the fixed codes take 20 of them.
    const std::string header = "&C&\"" + print.font_name + ",Bold\"&11" + cut_to(header_footer_text(title), LXW_HEADER_FOOTER_MAX - 20);
    check(worksheet_set_header_opt(sheet, header.c_str(), &margins), "setting the page header of " + sheet_name);
    if (!layout.excel_footer.empty()) {
        // The footer is template text with Excel's codes (&P, &N) in it, used as written. Text with
        // no section code is centred by Excel; the code is made explicit so every reader agrees.
        std::string footer = excel_footer_text(layout.excel_footer, values);
        if (!has_section_code(footer)) footer = "&C" + footer;
        footer = cut_to(footer, LXW_HEADER_FOOTER_MAX);
        check(worksheet_set_footer_opt(sheet, footer.c_str(), &margins), "setting the page footer of " + sheet_name);
    }
    if (print.repeat_row)
        check(worksheet_repeat_rows(sheet, *print.repeat_row, *print.repeat_row),
              "repeating the header row of " + sheet_name);
    check(worksheet_print_area(sheet, print.first_row, 0, print.last_row, print.last_column),
          "setting the print area of " + sheet_name);
}

}  // namespace scorecard::xlsx
