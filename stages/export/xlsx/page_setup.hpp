// Printing: every sheet prints on the template's paper size and orientation with the template's margins, the document title
// in the page header and the template's footer ("Page &P of &N"). The committee sheet is also
// fitted to one page wide with its header row repeated on each page.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <xlsxwriter.h>

#include "stages/templates/output_template.hpp"

namespace scorecard::xlsx {

struct PrintLayout {
    std::uint32_t first_row = 0;     // the print area
    std::uint32_t last_row = 0;
    std::uint16_t last_column = 0;
    std::optional<std::uint32_t> repeat_row;  // the header row printed at the top of every page
    bool fit_to_width = true;        // one page wide, as many pages tall as needed
    std::string font_name = "Arial";  // for the title in the page header
};

// Paper size and orientation from the template; `values` give the title in the page header and
// fill the footer's placeholders.
void set_up_printing(lxw_worksheet* sheet, const std::string& sheet_name, const OutputTemplate& layout,
                     const PlaceholderValues& values, const PrintLayout& print);

// The template's Excel footer with {page} and {pages} as Excel's &P and &N, and the other
// placeholders filled as text.
std::string excel_footer_text(const std::string& footer, PlaceholderValues values);

// Text as an Excel header or footer shows it: '&' starts a code there, so a literal one is '&&'.
std::string header_footer_text(const std::string& text);

}  // namespace scorecard::xlsx
