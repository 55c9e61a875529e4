// The Excel reading of a scorecard cell: cell_content (shared with the PDF writer) with one
// refinement only a spreadsheet can make.
//
// "15.2% (28)" is a figure with its count. cell_content gives it as text, which is right for the
// PDF but would leave finance a cell they cannot compute with. Excel can store 0.152 and show
// the count through the number format (0.0% "(28)"), so the cell reads exactly as the paper
// and is still a number. The text both writers show is unchanged.
#pragma once

#include "stages/export/common/cell_content.hpp"

namespace scorecard::xlsx {

CellContent excel_cell(const ColumnSpec& column, const Indicator& indicator);

// A number format that shows the figure as `value` does, followed by literal text.
std::string format_with_suffix(const std::string& number_format, const std::string& suffix);

}  // namespace scorecard::xlsx
