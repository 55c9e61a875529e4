#include "table_layout.hpp"

#include <algorithm>
#include <cmath>

#include "stages/export/common/commentary.hpp"
#include "stages/export/common/line_wrap.hpp"
#include "stages/export/common/paragraph_direction.hpp"

namespace scorecard::pdf {

TableLayout::TableLayout(const OutputTemplate& layout, const TextMeasurer& measure, std::vector<ColumnBox> columns,
                         double max_row_height)
    : layout_(layout), measure_(measure), columns_(std::move(columns)), max_row_height_(max_row_height) {
    body_ = {FontStyle::Regular, layout.font_size};
    header_ = {FontStyle::Bold, layout.header_font_size};
    heading_ = {FontStyle::Bold, layout.font_size};
    for (std::size_t i = 0; i < columns_.size(); ++i)
        if (columns_[i].spec->field == ColumnField::Topic) {
            topic_column_ = static_cast<int>(i);
            break;
        }
}

std::size_t TableLayout::max_lines(const TextStyle& style) const {
    const double room = max_row_height_ - 2 * kCellPadY;
    return static_cast<std::size_t>(std::max(1.0, std::floor(room / line_height(style))));
}

double TableLayout::height_of(const std::vector<std::string>& lines, const TextStyle& style) const {
    // An empty cell is as tall as one line, so blank rows still read as rows.
    const std::size_t n = std::max<std::size_t>(1, lines.size());
    return 2 * kCellPadY + static_cast<double>(n) * line_height(style);
}

LaidOutCell TableLayout::cell(const ColumnBox& column, const CellContent& content, const TextStyle& style,
                              std::size_t limit, std::vector<TextCut>* cuts, int column_index) const {
    LaidOutCell c;
    c.kind = content.kind;
    c.rag = content.rag;
    // The cell's text is one paragraph: its direction, found once, orders every line, and
    // right-to-left text starts at the right of a left-aligned column.
    c.style = in_direction_of(style, content.text);
    c.align = aligned_for(column.spec->align, c.style.direction);
    if (content.kind == CellKind::Chart || content.text.empty()) return c;
    const double room = std::max(1.0, column.width - 2 * kCellPadX);
    // Commentary keeps the source's line breaks in a column as below the row.
    c.lines = column.spec->field == ColumnField::Commentary ? wrap_commentary(content.text, room, measure_, c.style)
                                                             : wrap_text(content.text, room, measure_, c.style);
    if (cut_lines(c.lines, limit, room, measure_, c.style) && cuts)
        cuts->push_back(count_cut(content.text, c.lines, column_index));
    return c;
}

double TableLayout::longest_word(const std::string& text, const TextStyle& style) const {
    double longest = 0;
    std::size_t from = 0;
    while (from <= text.size()) {
        std::size_t to = text.find(' ', from);
        if (to == std::string::npos) to = text.size();
        longest = std::max(longest, measure_.width(text.substr(from, to - from), style));
        from = to + 1;
    }
    return longest;
}

HeaderLayout TableLayout::header() const {
    HeaderLayout h;
    double height = 2 * kCellPadY + line_height(header_);
    for (const ColumnBox& column : columns_) {
        CellContent content;
        content.kind = CellKind::Text;
        content.text = column.spec->heading;
        // Headings are the template's own short texts: never cut, and never broken inside a
        // word ("Frequenc/y"): a heading whose longest word is wider than its column is set
        // smaller, down to a floor, instead.
        TextStyle style = header_;
        const double room = std::max(1.0, column.width - 2 * kCellPadX);
        const double longest = longest_word(column.spec->heading, style);
        if (longest > room) style.size = std::max(kMinHeaderSize, std::floor(style.size * room / longest * 4) / 4);
        LaidOutCell c = cell(column, content, style, static_cast<std::size_t>(-1), nullptr, -1);
        // Headings read best centred over their column whatever the column's own alignment.
        c.align = Align::Centre;
        height = std::max(height, height_of(c.lines, style));
        h.cells.push_back(std::move(c));
    }
    h.height = height;
    return h;
}

const LaidOutCell& TableLayout::topic_cell(const Group& group, int group_index) const {
    auto found = topic_cache_.find(group_index);
    if (found != topic_cache_.end()) return found->second;
    CellContent content;
    content.kind = CellKind::Text;
    content.text = group.name;
    LaidOutCell c = cell(columns_[topic_column_], content, body_, max_lines(body_), nullptr, -1);
    // Only a handful of groups are live at once (the one on the page being laid out); keep the
    // cache from growing with a table of thousands of topics.
    if (topic_cache_.size() > 64) topic_cache_.clear();
    return topic_cache_.emplace(group_index, std::move(c)).first->second;
}

std::vector<TextCut> TableLayout::topic_cuts(const Group& group) const {
    std::vector<TextCut> cuts;
    CellContent content;
    content.kind = CellKind::Text;
    content.text = group.name;
    cell(columns_[topic_column_], content, body_, max_lines(body_), &cuts, topic_column_);
    return cuts;
}

double TableLayout::topic_height(const Group& group, int group_index) const {
    return height_of(topic_cell(group, group_index).lines, body_);
}

RowLayout TableLayout::full_width_row(const TableRow& row, const std::string& text, const TextStyle& style) const {
    RowLayout r;
    r.row = row;
    const double room = std::max(1.0, width() - 2 * kCellPadX);
    r.full_width.kind = CellKind::Text;
    r.full_width.style = in_direction_of(style, text);
    r.full_width.align = aligned_for(Align::Left, r.full_width.style.direction);
    r.full_width.lines = wrap_text(text, room, measure_, r.full_width.style);
    if (cut_lines(r.full_width.lines, max_lines(style), room, measure_, r.full_width.style))
        r.cuts.push_back(count_cut(text, r.full_width.lines, -1));
    r.height = height_of(r.full_width.lines, style);
    return r;
}

double TableLayout::commentary_left() const {
    if (topic_column_ == 0 && columns_.size() > 1) return columns_[1].left;
    return left();
}

std::size_t TableLayout::commentary_columns() const {
    return columns_.size() - (topic_column_ == 0 && columns_.size() > 1 ? 1 : 0);
}

std::vector<RowLayout> TableLayout::lay_out_commentary(const TableRow& row) const {
    const double width = left() + this->width() - commentary_left();
    const double room = std::max(1.0, width - 2 * kCellPadX);
    // Each source line is a paragraph: its own direction, wrapped on its own; a line that ends
    // at a source break keeps a space, as at a wrap, so extraction reads the break as a space.
    struct Line {
        std::string text;
        TextStyle style;
        Align align;
    };
    std::vector<Line> lines;
    const std::vector<std::string> paragraphs = commentary_lines(row.indicator->commentary.text);
    for (std::size_t k = 0; k < paragraphs.size(); ++k) {
        const TextStyle style = in_direction_of(body_, paragraphs[k]);
        const Align align = aligned_for(Align::Left, style.direction);
        if (paragraphs[k].empty()) {
            lines.push_back({std::string(), style, align});
            continue;
        }
        for (std::string& part : wrap_text(paragraphs[k], room, measure_, style))
            lines.push_back({std::move(part), style, align});
        if (k + 1 < paragraphs.size()) lines.back().text += ' ';
    }
    std::vector<RowLayout> pieces;
    pieces.reserve(lines.size());
    for (std::size_t k = 0; k < lines.size(); ++k) {
        RowLayout piece;
        piece.row = row;
        piece.piece = k;
        piece.last_piece = k + 1 == lines.size();
        piece.full_width.kind = CellKind::Text;
        piece.full_width.align = lines[k].align;
        piece.full_width.style = lines[k].style;
        if (!lines[k].text.empty()) piece.text_cells = 1;
        piece.full_width.lines.push_back(std::move(lines[k].text));
        piece.height = line_height(body_) + (k == 0 ? kCellPadY : 0) + (piece.last_piece ? kCellPadY : 0);
        pieces.push_back(std::move(piece));
    }
    return pieces;
}

RowLayout TableLayout::continued_heading(const TableRow& row) const {
    return full_width_row(row, row.group_ptr->name + " (continued)", heading_);
}

RowLayout TableLayout::lay_out(const TableRow& row) const {
    if (row.kind == RowKind::GroupHeading) return full_width_row(row, row.group_ptr->name, heading_);
    if (row.kind == RowKind::Note) return full_width_row(row, kNoIndicatorsText, body_);
    RowLayout r;
    r.row = row;
    double height = 2 * kCellPadY + line_height(body_);
    r.cells.reserve(columns_.size());
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        if (static_cast<int>(i) == topic_column_) {
            r.cells.emplace_back();  // drawn once per page as a span, not per row
            continue;
        }
        LaidOutCell c = cell(columns_[i], cell_content(*columns_[i].spec, *row.indicator), body_, max_lines(body_),
                             &r.cuts, static_cast<int>(i));
        if (c.kind == CellKind::Chart) {
            c.chart = trend_points(*row.indicator, layout_.trend_chart_points);
            if (c.draws_chart()) {
                height = std::max(height, chart_min_height(c.chart, columns_[i].width, measure_));
            } else {
                CellContent words;
                words.kind = CellKind::Text;
                words.text = too_few_points_text(c.chart.size());
                c.lines = cell(columns_[i], words, body_, max_lines(body_), &r.cuts, static_cast<int>(i)).lines;
            }
        }
        height = std::max(height, height_of(c.lines, body_));
        if (!c.lines.empty()) ++r.text_cells;
        r.cells.push_back(std::move(c));
    }
    r.height = height;
    return r;
}

}  // namespace scorecard::pdf
