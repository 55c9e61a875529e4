#include "table_cells.hpp"

namespace scorecard::xlsx {

SheetCell text_cell(const std::string& text, CellStyle style) {
    SheetCell cell;
    cell.style = std::move(style);
    if (!text.empty()) {
        cell.content.kind = CellKind::Text;
        cell.content.text = text;
    }
    return cell;
}

CellStyle table_header_style(const Palette& palette) {
    CellStyle s = palette.label();
    s.valign = VAlign::Centre;
    return s;
}

}  // namespace scorecard::xlsx
