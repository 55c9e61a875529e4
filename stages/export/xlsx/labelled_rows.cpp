#include "labelled_rows.hpp"

#include "table_cells.hpp"

namespace scorecard::xlsx {

LabelledLine& LabelledRows::add(LabelledLine::Kind kind, const std::string& label, const std::string& value) {
    LabelledLine line;
    line.kind = kind;
    line.label = label;
    line.value = value;
    lines_.push_back(std::move(line));
    return lines_.back();
}

void LabelledRows::count(const std::string& label, std::size_t n) {
    add(LabelledLine::Pair, label, std::to_string(n)).number = true;
}

void LabelledRows::key(Rag rag, const std::string& label, const std::string& meaning) {
    add(LabelledLine::Key, label, meaning).rag = rag;
}

void LabelledRows::link(const std::string& label, const std::string& place, const std::string& value) {
    add(LabelledLine::Link, label, value).place = place;
}

ColumnLimits LabelledRows::limits(std::uint16_t column) const {
    ColumnLimits l;
    l.min_px = column == 0 ? 90 : 200;
    l.max_px = column == 0 ? 170 : 620;
    return l;
}

void LabelledRows::rows(RowUse, const std::function<void(const SheetRow&)>& visit) const {
    SheetRow row;
    row.index = 0;
    row.cells.assign(2, SheetCell{});
    row.cells[0] = text_cell(title_, palette_.title());
    row.cells[0].overflows = true;
    visit(row);
    std::uint32_t index = 0;
    for (const LabelledLine& line : lines_) {
        ++index;
        if (line.kind == LabelledLine::Gap) continue;
        row.index = index;
        row.cells.assign(2, SheetCell{});
        switch (line.kind) {
            case LabelledLine::Section: {
                CellStyle s = palette_.label();
                s.size_pt = palette_.label().size_pt + 2;
                row.cells[0] = text_cell(line.label, s);
                row.cells[0].overflows = true;
                break;
            }
            case LabelledLine::Pair:
                row.cells[0] = text_cell(line.label, palette_.label());
                row.cells[1] = text_cell(line.value, palette_.plain(true));
                if (line.number) {
                    row.cells[1].content.kind = CellKind::Number;
                    row.cells[1].content.number = std::stod(line.value);
                    row.cells[1].style.number_format = "0";
                    row.cells[1].style.align = Align::Left;
                }
                break;
            case LabelledLine::Key:
                row.cells[0] = text_cell(line.label, palette_.rag(line.rag, Align::Centre));
                row.cells[0].content.kind = CellKind::Rag;
                row.cells[0].content.rag = line.rag;
                row.cells[1] = text_cell(line.value, palette_.plain(true));
                break;
            case LabelledLine::Link: {
                // Excel's hyperlink look: blue and underlined, so it reads as a link without colour too.
                CellStyle s = palette_.plain(false);
                s.underline = true;
                s.font_colour = 0x0563C1;
                row.cells[0] = text_cell(line.label, s);
                row.cells[0].link = line.place;
                row.cells[1] = text_cell(line.value, palette_.plain(true));
                break;
            }
            case LabelledLine::Gap: break;
        }
        visit(row);
    }
}

std::string sheet_place(const std::string& sheet_name) {
    std::string quoted = "'";
    for (char c : sheet_name) {
        if (c == '\'') quoted += '\'';
        quoted += c;
    }
    return quoted + "'!A1";
}

}  // namespace scorecard::xlsx
