// Measuring the table: which lines each cell breaks into, and how tall each row must be.
//
// Pure arithmetic over a TextMeasurer: no PDF is touched here, so the heights the paginator
// works from can be tested with a made-up measurer.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "stages/templates/output_template.hpp"
#include "stages/export/common/cell_content.hpp"
#include "column_layout.hpp"
#include "stages/export/common/table_rows.hpp"
#include "line_spacing.hpp"
#include "text_cuts.hpp"
#include "trend_chart.hpp"

namespace scorecard::pdf {

// Space between a cell's rules and its text.
constexpr double kCellPadX = 2.5;
constexpr double kCellPadY = 2.0;
// Rules are thin (0.4 pt) so that wrapped text, not the grid, is what the eye follows.
constexpr double kRuleWidth = 0.4;
// The smallest a heading is set to make its longest word fit its column.
constexpr double kMinHeaderSize = 6.0;

struct LaidOutCell {
    CellKind kind = CellKind::Empty;
    Rag rag = Rag::None;
    Align align = Align::Left;
    TextStyle style;
    std::vector<std::string> lines;
    // Chart cells: the points to draw. With fewer than two, `lines` says so in words instead.
    std::vector<HistoryPoint> chart;
    bool draws_chart() const { return kind == CellKind::Chart && chart.size() >= 2; }
};

struct RowLayout {
    TableRow row;
    std::vector<LaidOutCell> cells;  // Indicator rows: one per column (the Topic column's stays empty)
    LaidOutCell full_width;          // GroupHeading and Note rows: one cell across the table
    double height = 0;               // natural height, before any topic padding
    std::vector<TextCut> cuts;       // text cut because the row would not fit on a page
    std::size_t text_cells = 0;      // cells holding text (each may be one of the cuts)
    // Commentary rows are laid out as pieces of one line each, so a long commentary can carry
    // on over a page break without a line being split: `piece` counts them from 0, and the
    // first and last carry the cell's padding.
    std::size_t piece = 0;
    bool last_piece = true;
    bool cut() const { return !cuts.empty(); }
};

struct HeaderLayout {
    std::vector<LaidOutCell> cells;  // one per column
    double height = 0;
};

class TableLayout {
public:
    // `max_row_height`: the tallest a row may be (a page's body); taller rows are cut to fit.
    TableLayout(const OutputTemplate& layout, const TextMeasurer& measure, std::vector<ColumnBox> columns,
                double max_row_height);

    // The page's body is only known once the header row has been measured.
    void set_max_row_height(double height) { max_row_height_ = height; }

    const std::vector<ColumnBox>& columns() const { return columns_; }
    double left() const { return columns_.empty() ? 0 : columns_.front().left; }
    double width() const { return columns_.empty() ? 0 : columns_.back().right() - columns_.front().left; }

    HeaderLayout header() const;
    RowLayout lay_out(const TableRow& row) const;
    // A Commentary row: one piece per line, each `full_width.lines` a single line wrapped to
    // the commentary's width (commentary_box), the first and last with the cell's padding.
    std::vector<RowLayout> lay_out_commentary(const TableRow& row) const;
    // Where commentary is drawn: across the table, after the Topic column where it spans its
    // rows (so the topic's cell stays whole beside its indicators and their commentary).
    double commentary_left() const;
    std::size_t commentary_columns() const;
    // A group's heading repeated at the top of a page its indicators run on to (sectioned).
    RowLayout continued_heading(const TableRow& row) const;

    // Flat layouts: the Topic column is one cell spanning its group's rows on each page.
    bool topic_spans() const { return topic_column_ >= 0; }
    int topic_column() const { return topic_column_; }
    // The topic cell of a group: its lines and the height they need (cached per group).
    const LaidOutCell& topic_cell(const Group& group, int group_index) const;
    // What was cut of a group's topic cell, if anything.
    std::vector<TextCut> topic_cuts(const Group& group) const;
    double topic_height(const Group& group, int group_index) const;

    TextStyle body_style() const { return body_; }
    TextStyle header_style() const { return header_; }

private:
    // `limit`: most lines the cell may keep; the rest is cut, and counted in `cuts` (under
    // `column`, the column's index) when it is given.
    LaidOutCell cell(const ColumnBox& column, const CellContent& content, const TextStyle& style, std::size_t limit,
                     std::vector<TextCut>* cuts, int column_index) const;
    RowLayout full_width_row(const TableRow& row, const std::string& text, const TextStyle& style) const;
    double longest_word(const std::string& text, const TextStyle& style) const;
    double height_of(const std::vector<std::string>& lines, const TextStyle& style) const;
    std::size_t max_lines(const TextStyle& style) const;

    const OutputTemplate& layout_;
    const TextMeasurer& measure_;
    std::vector<ColumnBox> columns_;
    double max_row_height_;
    TextStyle body_, header_, heading_;
    int topic_column_ = -1;
    mutable std::unordered_map<int, LaidOutCell> topic_cache_;
};

}  // namespace scorecard::pdf
