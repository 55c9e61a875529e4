#include "cell_style.hpp"

#include "../common/export_context.hpp"

namespace scorecard::xlsx {

lxw_format* FormatCache::get(const CellStyle& style, std::uint16_t column) {
    if (column >= last_.size()) last_.resize(column + 1u, {CellStyle{}, nullptr});
    auto& last = last_[column];
    if (last.second && last.first == style) return last.second;
    last = {style, get(style)};
    return last.second;
}

lxw_format* FormatCache::get(const CellStyle& style) {
    auto found = formats_.find(style);
    if (found != formats_.end()) return found->second;

    lxw_format* f = workbook_add_format(workbook_);
    if (!f) throw ExportError("Excel export: out of memory creating a cell format");
    format_set_font_name(f, font_name_.c_str());
    format_set_font_size(f, style.size_pt);
    if (style.font_colour != 0) format_set_font_color(f, style.font_colour);
    if (style.bold) format_set_bold(f);
    if (style.italic) format_set_italic(f);
    if (style.filled) {
        format_set_pattern(f, LXW_PATTERN_SOLID);
        format_set_bg_color(f, style.fill);
    }
    switch (style.align) {
        case Align::Left: format_set_align(f, LXW_ALIGN_LEFT); break;
        case Align::Centre: format_set_align(f, LXW_ALIGN_CENTER); break;
        case Align::Right: format_set_align(f, LXW_ALIGN_RIGHT); break;
    }
    format_set_align(f, style.valign == VAlign::Centre ? LXW_ALIGN_VERTICAL_CENTER : LXW_ALIGN_VERTICAL_TOP);
    if (style.wrap) format_set_text_wrap(f);
    if (style.border) {
        format_set_border(f, LXW_BORDER_THIN);
        format_set_border_color(f, style.border_colour);
    }
    if (!style.number_format.empty()) format_set_num_format(f, style.number_format.c_str());
    formats_.emplace(style, f);
    return f;
}

}  // namespace scorecard::xlsx
