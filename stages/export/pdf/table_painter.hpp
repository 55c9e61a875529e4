// Paints one page of the table: title (first page), header row, rows, topic spans, grid; and
// tags it: the title is the H1, the table a Table with a THead (the header row, TH with
// /Scope /Column) and a TBody of TRs, one per indicator (plus heading rows in the sectioned
// layout). A trend chart's bars are a layout artifact and its TD carries /Alt saying the
// values. A row's indicator name is a TH with /Scope /Row, as is a topic cell, which spans
// its topic's rows (/RowSpan); the other cells are TDs. What a page break repeats (the header
// row, a topic's name, a group heading "(continued)") is a pagination artifact, so a screen
// reader meets each cell once. An indicator's commentary below its row is a TR of its own with
// one TD spanning the columns it crosses (/ColSpan), headed (/Headers) by the indicator's name;
// commentary that carries on to the next page stays the same TD, its content on both pages.
#pragma once

#include <functional>
#include <vector>

#include "stages/templates/output_template.hpp"
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
    bool first = false;                            // the document's first page: title and tagged header row
};

// The structure elements the table's rows go under, made before the first page is painted.
struct TableElements {
    int title = -1;  // H1
    int table = -1;
    int head = -1;   // THead
    int body = -1;   // TBody
};

class TablePainter {
public:
    TablePainter(const OutputTemplate& layout, const TextMeasurer& measure, const PageFrame& frame,
                 const TableLayout& table, const HeaderLayout& header, const TableElements& elements)
        : layout_(layout), measure_(measure), frame_(frame), table_(table), header_(header), elements_(elements) {}

    // Paints the page and returns where the table ends (top-down), for what follows it.
    double paint(PageCanvas& canvas, const TablePage& page) const;

private:
    void paint_title(PageCanvas& canvas) const;
    void paint_header(PageCanvas& canvas, double top, bool tagged, std::vector<Box>& rules) const;
    void paint_full_width(PageCanvas& canvas, const RowLayout& row, double top, double height, int element,
                          std::vector<Box>& rules) const;
    void paint_indicator(PageCanvas& canvas, const RowLayout& row, double top, double height, int tr,
                         std::vector<Box>& rules) const;
    // The pieces [first, end) of one indicator's commentary on the page, as one cell.
    void paint_commentary(PageCanvas& canvas, const TablePage& page, std::size_t first, std::size_t end, double top,
                          std::vector<Box>& rules) const;
    void paint_lines(PageCanvas& canvas, const LaidOutCell& cell, const Box& box, const Rgb& colour) const;
    // A cell's text as the content of `element`, or as a pagination artifact when element < 0.
    void paint_cell_text(PageCanvas& canvas, const LaidOutCell& cell, const Box& box, const Rgb& colour,
                         int element) const;
    void fill(PageCanvas& canvas, const Box& box, const Rgb& colour) const;
    // The cell's bars, as an artifact; the cell's element gets the values in words as /Alt.
    void paint_chart(PageCanvas& canvas, const LaidOutCell& cell, const Box& box, int element) const;

    const OutputTemplate& layout_;
    const TextMeasurer& measure_;
    const PageFrame& frame_;
    const TableLayout& table_;
    const HeaderLayout& header_;
    const TableElements& elements_;
    // The TH elements each data cell is headed by (/Headers), found as the pages are painted in
    // order: the column headings on the first page, and the heading (2019/20 outcome) or topic
    // of the group being painted.
    mutable std::vector<int> column_headers_;
    mutable int group_header_ = -1;
    // The last indicator name painted (its TH heads the commentary below it), and the TD of the
    // commentary being painted, which a page break does not end.
    mutable int indicator_header_ = -1;
    mutable int commentary_cell_ = -1;
};

// "Page N" centred at the foot of the page (a pagination artifact).
void paint_footer(PageCanvas& canvas, const PageFrame& frame, const TextMeasurer& measure, const Rgb& colour,
                  const std::string& text);

// The padding page of an agenda pack: one sentence centred on the page, tagged as a P.
void paint_blank_page_text(PageCanvas& canvas, const PageFrame& frame, const TextMeasurer& measure,
                           const Rgb& colour, const std::string& text);

}  // namespace scorecard::pdf
