#include "page_frame.hpp"

#include "pdf_units.hpp"
#include "stages/export/common/line_wrap.hpp"
#include "stages/export/common/paragraph_direction.hpp"

namespace scorecard::pdf {

PageFrame make_page_frame(const OutputTemplate& layout, const std::string& title, const TextMeasurer& measure) {
    PageFrame f;
    f.width = mm_to_pt(mm_width(layout));
    f.height = mm_to_pt(mm_height(layout));
    f.left = mm_to_pt(layout.margin_left_mm);
    f.right = f.width - mm_to_pt(layout.margin_right_mm);
    f.top = mm_to_pt(layout.margin_top_mm);
    f.bottom = f.height - mm_to_pt(layout.margin_bottom_mm);

    f.title_style = in_direction_of({FontStyle::Bold, layout.title_font_size}, title);
    f.title_lines = wrap_text(title, f.printable_width(), measure, f.title_style);
    f.title_height = f.title_lines.empty() ? 0 : static_cast<double>(f.title_lines.size()) * line_height(f.title_style) + kBlockGap;

    f.footer_style = {FontStyle::Regular, layout.font_size};
    // Centre the footer's glyphs in the bottom margin.
    const double glyphs = measure.ascent(f.footer_style) - measure.descent(f.footer_style);
    f.footer_baseline = f.bottom + (f.height - f.bottom) / 2.0 + glyphs / 2.0;
    return f;
}

}  // namespace scorecard::pdf
