// Paints one page of the table: title (first page), header row, rows, topic spans, grid.
#pragma once

#include <functional>
#include <vector>

#include "../../../pipeline/templates/output_template.hpp"
#include "page_canvas.hpp"
#include "page_frame.hpp"
#include "pagination.hpp"
#include "table_layout.hpp"

namespace scorecard::pdf {

struct TablePage {
    const PageLayout* layout = nullptr;
    // The laid-out row for an input row index; only rows on this page are asked for.
    std::function<const RowLayout&(std::size_t)> row;
    const RowLayout* continued_heading = nullptr;  // the repeated group heading, when there is one
    bool first = false;                            // the document's first page: carries the title
};

class TablePainter {
public:
    TablePainter(const OutputTemplate& layout, const TextMeasurer& measure, const PageFrame& frame,
                 const TableLayout& table, const HeaderLayout& header)
        : layout_(layout), measure_(measure), frame_(frame), table_(table), header_(header) {}

    // Paints the page and returns where the table ends (top-down), for what follows it.
    double paint(PageCanvas& canvas, const TablePage& page) const;

private:
    void paint_title(PageCanvas& canvas) const;
    void paint_header(PageCanvas& canvas, double top, std::vector<Box>& rules) const;
    void paint_full_width(PageCanvas& canvas, const RowLayout& row, double top, double height, bool heading,
                          std::vector<Box>& rules) const;
    void paint_indicator(PageCanvas& canvas, const RowLayout& row, double top, double height,
                         std::vector<Box>& rules) const;
    void paint_lines(PageCanvas& canvas, const LaidOutCell& cell, const Box& box, const Rgb& colour) const;

    const OutputTemplate& layout_;
    const TextMeasurer& measure_;
    const PageFrame& frame_;
    const TableLayout& table_;
    const HeaderLayout& header_;
};

// "Page N" centred at the foot of the page.
void paint_footer(PageCanvas& canvas, const PageFrame& frame, const TextMeasurer& measure, const Rgb& colour,
                  const std::string& text);

// The padding page of an agenda pack: one sentence centred on the page.
void paint_blank_page_text(PageCanvas& canvas, const PageFrame& frame, const TextMeasurer& measure,
                           const Rgb& colour, const std::string& text);

}  // namespace scorecard::pdf
