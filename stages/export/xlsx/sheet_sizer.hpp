// Column widths and row heights measured from the content (libxlsxwriter 1.1.4 has no autofit;
// cell_measure.hpp measures with the template fonts' own advance widths).
//
// Two passes over a RowSource: the first finds each column's natural width (its widest line)
// and its narrowest possible width (its longest word, or a whole number, which must never wrap
// or show as ####) and settles the width within the column's limits; the second wraps every
// cell's text into its settled width and sets each row tall enough for its tallest cell. A cell
// merged down several rows (a topic) shares out whatever extra height it needs among them.
#pragma once

#include <vector>

#include "sheet_rows.hpp"
#include "cell_measure.hpp"

namespace scorecard::xlsx {

struct SheetPlan {
    std::vector<double> column_px;  // one per column
    std::vector<double> row_pt;     // by row index; 0 leaves the row at the default height
    // Rows whose text needs more than kMaxRowPt: set to that height, they show (and print)
    // only the first part of it, so the writer says so.
    struct RowOverLimit {
        std::uint32_t row = 0;
        double needed_pt = 0;
    };
    std::vector<RowOverLimit> rows_over_limit;
};

// Space a cell needs around its text: Excel's inner margins and the gridline, in pixels
// horizontally and points vertically.
constexpr double kCellPaddingPx = 8;
constexpr double kCellPaddingPt = 3.5;
// Excel's hard limit on a row's height.
constexpr double kMaxRowPt = 409;

SheetPlan plan_sheet(const RowSource& source, const CellMeasure& measure);

// The height in points of a cell holding `text` in a column (or merged columns) `width_px` wide.
double cell_height_pt(const CellMeasure& measure, const std::string& text, FontChoice font, bool wrap,
                      double width_px);

}  // namespace scorecard::xlsx
