// Where each template column sits across the printable width.
#pragma once

#include <vector>

#include "stages/templates/output_template.hpp"

namespace scorecard::pdf {

struct ColumnBox {
    const ColumnSpec* spec = nullptr;
    double left = 0;   // points from the page's left edge
    double width = 0;  // points
    double right() const { return left + width; }
};

// The template gives widths in millimetres as proportions, not absolutes: a council that adds
// a column should not have to re-add the others to 273 mm. They are scaled together so the
// table fills the printable width exactly. A column of zero or negative width gets none.
std::vector<ColumnBox> lay_out_columns(const std::vector<ColumnSpec>& columns, double left, double printable_width);

}  // namespace scorecard::pdf
