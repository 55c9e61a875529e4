#include "excel_cell.hpp"

namespace scorecard::xlsx {

std::string format_with_suffix(const std::string& number_format, const std::string& suffix) {
    // Inside quotes every character is literal (a % there does not scale the number); a quote
    // itself cannot be quoted, so it is dropped.
    std::string quoted;
    for (char c : suffix)
        if (c != '"') quoted += c;
    return number_format + "\" " + quoted + "\"";
}

CellContent excel_cell(const ColumnSpec& column, const Indicator& indicator) {
    CellContent c = cell_content(column, indicator);
    if (column.field == ColumnField::CurrentPerformance && c.kind == CellKind::Text && indicator.latest.is_number()) {
        const std::string bracket = display_text(indicator.latest_bracketed);
        if (!bracket.empty()) {
            const CellContent figure = value_cell(indicator.latest);
            c.kind = CellKind::Number;
            c.number = figure.number;
            c.number_format = format_with_suffix(figure.number_format, "(" + bracket + ")");
            // c.text stays as cell_content made it ("15.2% (28)"): what the cell shows.
        }
    }
    return c;
}

}  // namespace scorecard::xlsx
