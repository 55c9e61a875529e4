// Cells the reading sheets (Data, Findings, Trend data, About) build alike: plain text, and
// the header row of an Excel table.
#pragma once

#include <string>

#include "palette.hpp"
#include "sheet_rows.hpp"

namespace scorecard::xlsx {

// The filter button an Excel table draws in each header cell: the header needs room for it.
constexpr double kFilterButtonPx = 18;

// A cell of text in a style; empty text gives an Empty cell that still carries the style.
SheetCell text_cell(const std::string& text, CellStyle style);

// The style of a table's header cells: the label style, vertically centred.
CellStyle table_header_style(const Palette& palette);

}  // namespace scorecard::xlsx
