// Builds the raw table of one workbook sheet from its cells as a reader streams them (.xlsx
// and .ods alike), so the layout readers downstream get the same rows of text cells the
// delimited-text reader gives them, each located by sheet and cell.
//
// What a real workbook carries besides its table is dealt with here:
//   - hidden rows and columns are skipped (and counted, for a note);
//   - rows with no text (blank rows between topics, thousands of formatted empty rows after
//     the data) are not kept;
//   - a row's cells run to its last filled cell, or to its last formatted one within the
//     width of the sheet's text (so a formatted table keeps its empty last column, and a
//     formatted sheet's empty columns to the right are not cells);
//   - a cell merged down several rows gives its text to each row it covers that holds other
//     text (a topic merged down its indicators' rows); merged across, it stays in its first
//     cell (an outcome heading across the sheet);
//   - an error value or a formula with no saved result is kept as a problem with its cell,
//     for the reader to report once it knows where the table is.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "stages/ingest/ingest_limits.hpp"
#include "stages/ingest/raw_table.hpp"
#include "number_format.hpp"

namespace scorecard {

// A cell whose value cannot be read as text.
struct CellProblem {
    SourceLocation where;
    std::string code;     // "error-cell", "formula-without-value"
    std::string message;  // says what the cell holds
};

struct MergedRange {
    int first_row = 0, first_column = 0, last_row = 0, last_column = 0;
};

class SheetGrid {
public:
    // `sheet` is the registered sheet name's number (register_sheet_name).
    SheetGrid(int sheet, const IngestLimits& limits);

    // Before the first row: a hidden column (1-based; A = 1).
    void hide_column(int column);

    // Rows come in ascending order; cells within a row in ascending columns. Throws
    // WorkbookError for a row or cell out of order or past a limit.
    void start_row(int row, bool hidden);
    // `text` as the cell shows it; "" for a formatted empty cell.
    void add_cell(int column, std::string text);
    // A cell whose text is shared string `index`, not read yet (it is being read on another
    // thread): it is placed now and given its text by resolve(), through `format` when the
    // cell's number format shows text (formats_text) and nullptr otherwise.
    void add_shared_cell(int column, std::uint32_t index, const NumberFormat* format);
    void end_row();
    bool has_pending() const { return !pending_.empty(); }
    // Gives the cells placed by add_shared_cell their text. Throws WorkbookError for an index
    // past the table, or a text past a limit.
    void resolve(const std::vector<std::string>& shared_strings);

    void add_merge(const MergedRange& range);

    // The hidden columns given so far (to give a grid reading a later part of the sheet).
    std::vector<int> hidden_columns() const;
    // Takes on the rows, merges, problems and notes of a grid that read the rest of this sheet
    // (its rows all below this one's). False, changing nothing, when its rows are not below.
    bool append(SheetGrid&& later);
    void add_problem(CellProblem problem);

    // The rows kept so far (to look for a header while reading).
    const RawTable& table() const { return table_; }
    std::size_t rows_kept() const { return table_.rows.size(); }

    // Ends the sheet: pads rows to their formatted width and fills merged cells down.
    RawTable finish();

    int sheet() const { return sheet_; }
    const IngestLimits& limits() const { return limits_; }
    const std::vector<CellProblem>& problems() const { return problems_; }
    const std::vector<int>& hidden_rows_with_text() const { return hidden_rows_; }
    std::size_t hidden_rows_total() const { return hidden_rows_total_; }
    const std::vector<int>& hidden_columns_with_text() const { return hidden_columns_with_text_; }
    const std::vector<MergedRange>& filled_merges() const { return filled_merges_; }

private:
    struct PendingCell {
        std::size_t row;    // in table_.rows
        std::uint32_t position;
        std::uint32_t index;
        SourceLocation where;
        const NumberFormat* format;
    };
    void place(int column, std::string text, bool text_here, const PendingCell* pending);
    void check_text(const std::string& text, const SourceLocation& where) const;
    int position_of(int column) const;  // 1-based place among visible columns; 0 if hidden
    int column_at(int position) const;  // the sheet column of a visible place
    void require_columns_known();

    int sheet_;
    IngestLimits limits_;
    RawTable table_;
    std::vector<bool> hidden_column_;     // by column; grows as hide_column is called
    std::vector<int> positions_;          // column -> visible place, once rows start
    std::vector<int> columns_;            // visible place -> column
    bool columns_known_ = false;

    // The row being read.
    RawRow row_;
    bool in_row_ = false;
    bool row_hidden_ = false;
    bool row_has_text_ = false;
    int last_column_ = 0;
    int row_formatted_width_ = 0;  // visible places up to the last formatted cell
    int row_capacity_ = 16;        // cells to make room for in a row (the widest row so far)

    std::vector<int> formatted_width_;  // per kept row
    std::vector<PendingCell> pending_;
    std::vector<MergedRange> merges_;
    std::vector<MergedRange> filled_merges_;
    std::vector<CellProblem> problems_;
    std::vector<int> hidden_rows_;      // hidden rows holding text (the first few)
    std::size_t hidden_rows_total_ = 0;  // hidden rows holding text
    std::vector<int> hidden_columns_with_text_;
    int previous_row_ = 0;
};

}  // namespace scorecard
