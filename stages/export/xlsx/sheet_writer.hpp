// Writes a RowSource into a libxlsxwriter worksheet, cell by typed cell (or, for a large
// workbook, into the rows written beside it, which take the same calls: streamed_sheet.hpp).
//
// This is the one place cells are written, so the rules hold everywhere: text from the input is
// always written with worksheet_write_string (a name starting with =, +, - or @ stays text and
// is never a formula), a figure is always written with worksheet_write_number (never as text),
// and every libxlsxwriter error becomes an ExportError naming the sheet and cell.
#pragma once

#include <string>

#include <xlsxwriter.h>

#include "cell_style.hpp"
#include "sheet_rows.hpp"
#include "sheet_sizer.hpp"
#include "stages/export/xlsx/fast_path/streamed_sheet.hpp"

namespace scorecard::xlsx {

// Sets the column widths and writes every row with its planned height. The rows go into the
// worksheet, or, for a workbook in constant_memory mode, into `streamed`, which the zip rewrite
// puts into the sheet afterwards (streamed_sheet.hpp).
// `constant_memory`: the workbook is in that mode (a row is final once a later one is written).
void write_sheet(lxw_worksheet* sheet, const std::string& sheet_name, const RowSource& source,
                 const SheetPlan& plan, FormatCache& formats, StreamedSheet* streamed, bool constant_memory);

// Lays an Excel table over rows already written (not possible in constant_memory mode).
void add_table(lxw_worksheet* sheet, const std::string& sheet_name, const TableSpec& table, std::uint16_t columns,
               FormatCache& formats, const CellStyle& header_style);

// Text as Excel can hold it: at most 32,767 characters (longer is cut, with an ellipsis).
std::string excel_text(const std::string& text);
// The same without a copy: `text` itself when it is within the limit, else `cut` made from it.
const std::string& excel_text(const std::string& text, std::string& cut);

// Throws ExportError with libxlsxwriter's message when `error` is not LXW_NO_ERROR.
void check(lxw_error error, const std::string& what);

// "B3" from 0-based row and column.
std::string cell_name(std::uint32_t row, std::uint16_t column);

}  // namespace scorecard::xlsx
