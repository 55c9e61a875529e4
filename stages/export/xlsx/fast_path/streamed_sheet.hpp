// The rows of a sheet in a large workbook, written by scorecard rather than by libxlsxwriter.
//
// In constant_memory mode libxlsxwriter fprintf's each row to a temporary file, copies that
// into the sheet's part and deflates it at zlib's default level; for 100,000 indicators that
// is some 270 MB of XML and, with the zip rewrite inflating the Data sheet and deflating it
// once more to add its table, most of the Excel stage. So in that mode the rows bypass it.
// This class takes the calls the sheet writer makes (set_row, write_string, write_number,
// write_boolean, write_blank, merge_range) with libxlsxwriter's constant_memory rules (a row
// is written out when a later row is written to, and is final then: writes to it are
// refused), and writes the XML libxlsxwriter 1.1.4 writes for them, byte for byte, straight
// into deflate (deflated_xml.hpp). libxlsxwriter still writes the rest of the sheet (its
// columns, panes, print setup) around an empty <sheetData/>, and the zip rewrite puts these
// rows in its place, still compressed (zip_rewrite.hpp).
//
// Cell styles stay libxlsxwriter's: each cell's style index is asked of it
// (lxw_format_get_xf_index) when its row is written out, in the order libxlsxwriter asks, so
// styles.xml is what it was too. libxlsxwriter holds each sheet's last row until the workbook
// is closed; so does this class (finish()), for the same order.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "libxlsxwriter_version.hpp"

#include "deflated_xml.hpp"

namespace scorecard::xlsx {

class StreamedSheet {
public:
    // `level`: the zlib level the rows are deflated at.
    explicit StreamedSheet(int level);

    // As libxlsxwriter's worksheet_set_row (no format), worksheet_write_string and so on,
    // returning the same errors for the same mistakes.
    lxw_error set_row(lxw_row_t row, double height);
    lxw_error write_string(lxw_row_t row, lxw_col_t col, const std::string& text, lxw_format* format);
    lxw_error write_number(lxw_row_t row, lxw_col_t col, double number, lxw_format* format);
    lxw_error write_boolean(lxw_row_t row, lxw_col_t col, bool value, lxw_format* format);
    lxw_error write_blank(lxw_row_t row, lxw_col_t col, lxw_format* format);
    lxw_error merge_range(lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row, lxw_col_t last_col,
                          const std::string& text, lxw_format* format);

    // Every row has been written: the rows written out so far are deflated and put aside, and
    // the compressor freed, while the last row waits for finish().
    void pause();
    // Writes the last row, closes <sheetData> and adds the merged ranges. Call for each sheet,
    // in order, just before the workbook is closed (the formats must still be there).
    void finish();

    // libxlsxwriter's <dimension ref>: the range every written cell and sized row lies in.
    std::string dimension() const;
    // The sheet's <sheetData> element and the <mergeCells> after it; complete after finish().
    const DeflatedXml& xml() const { return xml_; }

private:
    enum class Kind : std::uint8_t { None, String, Number, Boolean, Blank };
    struct Cell {
        Kind kind = Kind::None;
        lxw_format* format = nullptr;
        double number = 0;
        std::string text;
    };

    // libxlsxwriter's checks before a cell or row is stored: in range, and not in a row
    // already written out; `dimensions` then counts it in the sheet's dimension.
    lxw_error check(lxw_row_t row, lxw_col_t col, bool dimensions);
    // The cell to write at (row, col), moving on to `row` first (writing out the current one).
    Cell& cell_at(lxw_row_t row, lxw_col_t col);
    void move_to(lxw_row_t row);
    void write_row();
    void append_cell_start(DeflatedXml& out, lxw_col_t col, lxw_format* format);
    const std::string& column_letters(lxw_col_t col);

    DeflatedXml xml_;
    bool any_row_written_ = false;
    // The row being written (libxlsxwriter's optimize_row), and what it holds.
    lxw_row_t row_ = 0;
    bool row_changed_ = false;   // set_row was called for it
    bool data_changed_ = false;  // a cell was written to it
    double height_ = LXW_DEF_ROW_HEIGHT;
    bool hidden_ = false;
    std::vector<Cell> cells_;  // by column
    lxw_col_t first_col_ = LXW_COL_MAX, last_col_ = 0;  // the cells in use this row
    // The sheet's dimension, as libxlsxwriter keeps it.
    lxw_row_t rowmin_ = LXW_ROW_MAX, rowmax_ = 0;
    lxw_col_t colmin_ = LXW_COL_MAX, colmax_ = 0;
    std::vector<std::string> merged_;  // "A4:A20", in the order merged
    std::vector<std::string> letters_;  // column letters, by column
    std::string row_number_;            // "12345", for the row being written out
    bool finished_ = false;
};

// A number as libxlsxwriter writes it in a cell (printf's %.16G).
void append_cell_number(DeflatedXml& out, double number);

}  // namespace scorecard::xlsx
