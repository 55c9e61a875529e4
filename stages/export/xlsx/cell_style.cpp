#include "cell_style.hpp"

#include <algorithm>

#include "stages/export/common/export_context.hpp"

namespace scorecard::xlsx {

lxw_format* FormatCache::get(const CellStyle& style, std::uint16_t column) {
    if (column >= recent_.size()) recent_.resize(column + 1u);
    auto& recent = recent_[column];
    for (std::size_t k = 0; k < recent.size(); ++k) {
        if (!(recent[k].first == style)) continue;
        lxw_format* format = recent[k].second;
        if (k > 0) std::rotate(recent.begin(), recent.begin() + static_cast<std::ptrdiff_t>(k),
                               recent.begin() + static_cast<std::ptrdiff_t>(k) + 1);  // to the front
        return format;
    }
    if (recent.size() < kRecent) recent.emplace_back();
    std::rotate(recent.begin(), recent.end() - 1, recent.end());  // the oldest, now first, is replaced
    recent.front() = {style, get(style)};
    return recent.front().second;
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
    if (style.underline) format_set_underline(f, LXW_UNDERLINE_SINGLE);
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
