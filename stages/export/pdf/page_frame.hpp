// Where things sit on a page: margins, title block, header row, body, footer.
#pragma once

#include <string>
#include <vector>

#include "stages/templates/output_template.hpp"
#include "line_spacing.hpp"

namespace scorecard::pdf {

struct PageFrame {
    double width = 0, height = 0;  // the page, of the template's size and orientation
    double left = 0, right = 0;    // the printable area's edges, from the page's left
    double top = 0, bottom = 0;    // ... and from its top
    double printable_width() const { return right - left; }

    TextStyle title_style;
    std::vector<std::string> title_lines;  // the title block of the first page
    double title_height = 0;               // including the gap below it

    double header_height = 0;  // the table's header row
    TextStyle footer_style;
    double footer_baseline = 0;

    // Where the header row starts, and how much room the rows have below it.
    double table_top(bool first_page) const { return top + (first_page ? title_height : 0); }
    double body_top(bool first_page) const { return table_top(first_page) + header_height; }
    double body_room(bool first_page) const { return bottom - body_top(first_page); }
};

// The page's size, orientation and margins come from the template (millimetres), the title is wrapped to the printable width,
// and the footer sits in the middle of the bottom margin.
PageFrame make_page_frame(const OutputTemplate& layout, const std::string& title, const TextMeasurer& measure);

// The gap between the title block and the table, and between the table and the RAG key.
constexpr double kBlockGap = 8.0;

}  // namespace scorecard::pdf
