#include "column_layout.hpp"

namespace scorecard::pdf {

std::vector<ColumnBox> lay_out_columns(const std::vector<ColumnSpec>& columns, double left, double printable_width) {
    double total = 0;
    for (const auto& c : columns)
        if (c.width_mm > 0) total += c.width_mm;
    std::vector<ColumnBox> boxes;
    boxes.reserve(columns.size());
    double x = left;
    for (const auto& c : columns) {
        ColumnBox box;
        box.spec = &c;
        box.left = x;
        box.width = (total > 0 && c.width_mm > 0) ? printable_width * c.width_mm / total : 0;
        x += box.width;
        boxes.push_back(box);
    }
    // Absorb rounding so the last rule lands exactly on the right margin.
    if (!boxes.empty() && total > 0) boxes.back().width = left + printable_width - boxes.back().left;
    return boxes;
}

}  // namespace scorecard::pdf
