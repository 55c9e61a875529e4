#include "palette.hpp"

#include <algorithm>

namespace scorecard::xlsx {

CellStyle Palette::base() const {
    CellStyle s;
    s.size_pt = std::max(t_.font_size, minimum_);
    s.font_colour = t_.text.packed();
    s.border_colour = t_.grid.packed();
    return s;
}

CellStyle Palette::title() const {
    CellStyle s = base();
    s.bold = true;
    s.size_pt = std::max(t_.title_font_size, minimum_);
    s.valign = VAlign::Centre;
    return s;
}

CellStyle Palette::header() const {
    CellStyle s = base();
    s.bold = true;
    s.size_pt = std::max(t_.header_font_size, minimum_);
    s.filled = true;
    s.fill = t_.header_fill.packed();
    s.font_colour = t_.header_text.packed();
    s.wrap = true;
    s.border = true;
    s.align = Align::Centre;
    s.valign = VAlign::Centre;
    return s;
}

CellStyle Palette::body(Align align, bool wrap) const {
    CellStyle s = base();
    s.border = true;
    s.wrap = wrap;
    s.align = align;
    s.valign = VAlign::Centre;
    return s;
}

CellStyle Palette::number(Align align, const std::string& number_format) const {
    CellStyle s = body(align, false);
    s.number_format = number_format;
    return s;
}

CellStyle Palette::topic() const {
    CellStyle s = body(Align::Left, true);
    s.bold = true;
    return s;
}

CellStyle Palette::heading() const {
    CellStyle s = body(Align::Left, true);
    s.bold = true;
    s.filled = true;
    s.fill = t_.heading_fill.packed();
    return s;
}

CellStyle Palette::rag(Rag rag, Align align) const {
    CellStyle s = body(align, false);
    s.filled = true;
    s.fill = t_.rag_colour(rag).packed();
    return s;
}

CellStyle Palette::note() const {
    CellStyle s = base();
    s.italic = true;
    return s;
}

CellStyle Palette::label() const {
    CellStyle s = base();
    s.bold = true;
    return s;
}

CellStyle Palette::plain(bool wrap) const {
    CellStyle s = base();
    s.wrap = wrap;
    return s;
}

}  // namespace scorecard::xlsx
