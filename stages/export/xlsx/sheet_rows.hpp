// A sheet as a sequence of rows, produced on demand from the model.
//
// Each sheet (Scorecard, Data, Findings, About) is a RowSource: it hands its rows, in order,
// one at a time, to whoever asks. The sizer asks twice (column widths, then row heights) and
// the writer once. Rows are built on the fly and never stored, so a sheet costs no memory
// beyond the model, and rows always arrive in order, which constant_memory mode requires.
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "stages/export/common/cell_content.hpp"
#include "cell_style.hpp"

namespace scorecard::xlsx {

struct SheetCell {
    CellContent content;  // what the cell holds: Empty, Text, Number, Rag (Chart: left for the writer)
    CellStyle style;
    std::uint16_t col_span = 1;  // > 1: merged across columns (a full-width heading)
    std::uint32_t row_span = 1;  // > 1: merged down rows (a topic)
    bool covered = false;        // inside another cell's merge: nothing is written here
    bool styled_blank = false;   // Empty but still drawn (borders, fill)
    bool boolean = false;        // a TRUE/FALSE cell: content.number is 0 or 1
    double extra_px = 0;         // room beside the text, e.g. a table header's filter button
    double min_height_pt = 0;    // the row is at least this tall (a trend chart needs room)
    bool keep_short = false;     // short wrapped text (a period, a polarity) stays on one line
    bool overflows = false;      // unwrapped text that may run on over empty cells to its right
                                 // (a title): it does not widen its column
    std::string link;            // a Text cell that is a hyperlink to this place in the workbook
                                 // ("'Data'!A1"); only sheets written by libxlsxwriter carry them
};

struct SheetRow {
    std::uint32_t index = 0;  // 0-based row number on the sheet
    std::vector<SheetCell> cells;  // one per column; Empty where nothing is written
};

// How a column may be sized: between min and max pixels; text wider than the maximum wraps
// when the cell's style wraps.
struct ColumnLimits {
    double min_px = 24;
    double max_px = 400;
};

// An Excel table laid over a range of the sheet (worksheet_add_table).
struct TableSpec {
    std::string name;
    std::uint32_t header_row = 0;
    std::uint32_t last_row = 0;
    std::vector<std::string> headers;  // one per column, unique
};

// What the rows are read for. Measuring needs every cell's text as shown; writing a number
// does not, and a sheet of 100,000 rows can skip formatting millions of figures it only stores.
enum class RowUse { Measure, Write };

class RowSource {
public:
    virtual ~RowSource() = default;
    virtual std::uint16_t column_count() const = 0;
    virtual ColumnLimits limits(std::uint16_t column) const = 0;
    // Calls `visit` once per row, in increasing row order. The row is only valid during the call.
    // With RowUse::Write a Number cell's content.text may be left empty.
    virtual void rows(RowUse use, const std::function<void(const SheetRow&)>& visit) const = 0;
};

}  // namespace scorecard::xlsx
