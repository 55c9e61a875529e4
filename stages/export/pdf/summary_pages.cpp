#include "summary_pages.hpp"

#include <algorithm>
#include <numeric>

#include "stages/export/common/line_wrap.hpp"
#include "line_spacing.hpp"
#include "page_frame.hpp"
#include "table_layout.hpp"

namespace scorecard::pdf {

namespace {

// Column widths for a table `width` wide at most: each column as wide as its widest text
// where they all fit; otherwise the narrow columns keep their width and the wide ones share
// what is left equally (and wrap).
std::vector<double> column_widths(const std::vector<double>& natural, double width) {
    std::vector<double> widths(natural.size(), 0);
    if (std::accumulate(natural.begin(), natural.end(), 0.0) <= width) return natural;
    std::vector<std::size_t> open(natural.size());
    std::iota(open.begin(), open.end(), 0);
    double room = width;
    bool settled = true;
    while (settled && !open.empty()) {
        settled = false;
        const double share = room / static_cast<double>(open.size());
        for (auto it = open.begin(); it != open.end();) {
            if (natural[*it] <= share) {
                widths[*it] = natural[*it];
                room -= natural[*it];
                it = open.erase(it);
                settled = true;
            } else {
                ++it;
            }
        }
    }
    for (std::size_t c : open) widths[c] = room / static_cast<double>(open.size());
    return widths;
}

}  // namespace

SummaryPages::SummaryPages(const Scorecard& scorecard, const OutputTemplate& layout, const TextMeasurer& measure,
                           double left, double width, double page_room, int section)
    : layout_(layout), measure_(measure), left_(left), width_(width), section_(section) {
    h1_style_ = {FontStyle::Bold, layout.title_font_size};
    h2_style_ = {FontStyle::Bold, layout.font_size + 2};
    text_style_ = {FontStyle::Regular, layout.font_size};
    bold_style_ = {FontStyle::Bold, layout.font_size};
    auto text_block = [&](BlockKind kind, const std::string& text, const TextStyle& style, double gap_before) {
        Block b;
        b.kind = kind;
        b.lines = wrap_text(text, width, measure, style);
        b.height = gap_before + static_cast<double>(b.lines.size()) * line_height(style) + kCellPadY;
        blocks_.push_back(std::move(b));
    };
    text_block(BlockKind::Heading1, kSummaryHeading, h1_style_, 0);
    text_block(BlockKind::Paragraph, summary_lead(scorecard), text_style_, 0);
    for (const SummaryTable& table : summary_tables(scorecard, layout)) {
        text_block(BlockKind::Heading2, table.heading, h2_style_, kBlockGap);
        if (!table.note.empty()) text_block(BlockKind::Paragraph, table.note, text_style_, 0);
        if (!table.rows.empty()) {
            add_table(table, page_room);
        } else if (Block& heading = blocks_.back(); table.note.empty() && heading.lines.size() == 1 &&
                   measure.width(heading.lines.front(), h2_style_) + aside_gap() +
                           measure.width(table.empty_text, text_style_) <=
                       width) {
            heading.aside = table.empty_text;
        } else {
            text_block(BlockKind::Paragraph, table.empty_text, text_style_, 0);
        }
    }
}

void SummaryPages::add_table(const SummaryTable& table, double page_room) {
    TableState state;
    const std::size_t columns = table.headers.size();
    std::vector<double> natural(columns, 0);
    auto widest = [&](const std::string& text, const TextStyle& style) {
        return measure_.width(text, style) + 2 * kCellPadX + 1;
    };
    for (std::size_t c = 0; c < columns; ++c) natural[c] = widest(table.headers[c], bold_style_);
    for (const auto& row : table.rows)
        for (std::size_t c = 0; c < columns && c < row.size(); ++c)
            natural[c] = std::max(natural[c], widest(row[c].text, text_style_));
    state.widths = column_widths(natural, width_);

    const double lh = line_height(text_style_);
    const auto max_lines = static_cast<std::size_t>(std::max(1.0, (page_room / 2 - 2 * kCellPadY) / lh));
    auto make_cell = [&](const std::string& text, const TextStyle& style, std::size_t c) {
        Cell cell;
        const double room = std::max(1.0, state.widths[c] - 2 * kCellPadX);
        cell.lines = wrap_text(text, room, measure_, style);
        if (cell.lines.size() > max_lines) cut_lines(cell.lines, max_lines, room, measure_, style);
        return cell;
    };
    auto height_of = [&](const std::vector<Cell>& cells) {
        std::size_t lines = 1;
        for (const Cell& c : cells) lines = std::max(lines, c.lines.size());
        return static_cast<double>(lines) * lh + 2 * kCellPadY;
    };
    for (std::size_t c = 0; c < columns; ++c) state.header.push_back(make_cell(table.headers[c], bold_style_, c));
    state.header_height = height_of(state.header);
    const int index = static_cast<int>(tables_.size());

    Block header;
    header.kind = BlockKind::HeaderRow;
    header.table = index;
    header.cells = state.header;
    header.height = state.header_height;
    blocks_.push_back(header);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        Block row;
        row.kind = BlockKind::Row;
        row.table = index;
        row.last_row = r + 1 == table.rows.size();
        for (std::size_t c = 0; c < columns; ++c) {
            const CellContent& content = c < table.rows[r].size() ? table.rows[r][c] : CellContent{};
            Cell cell = make_cell(content.text, text_style_, c);
            cell.kind = content.kind;
            cell.rag = content.rag;
            row.cells.push_back(std::move(cell));
        }
        row.height = height_of(row.cells);
        blocks_.push_back(std::move(row));
    }
    tables_.push_back(std::move(state));
}

double SummaryPages::keep_height(std::size_t index) const {
    double h = 0;
    for (std::size_t i = index; i < blocks_.size(); ++i) {
        h += blocks_[i].height;
        const BlockKind k = blocks_[i].kind;
        if (k == BlockKind::Row || !blocks_[i].aside.empty()) break;
        if (k == BlockKind::Paragraph && i > index) break;
        if (k == BlockKind::Paragraph && i == index && (i + 1 >= blocks_.size() || blocks_[i + 1].kind != BlockKind::HeaderRow))
            break;
    }
    return h;
}

void SummaryPages::paint_row(PageCanvas& canvas, const Block& block, TableState& state, double top, bool repeat) {
    StructureTree& tree = canvas.tree();
    const bool header = block.kind == BlockKind::HeaderRow;
    int row_element = -1;
    if (!repeat) {
        if (state.table < 0) state.table = tree.add(StructRole::Table, section_);
        if (header) {
            state.head = tree.add(StructRole::THead, state.table);
            row_element = tree.add(StructRole::TR, state.head);
        } else {
            if (state.body < 0) state.body = tree.add(StructRole::TBody, state.table);
            row_element = tree.add(StructRole::TR, state.body);
        }
    }
    // Fills and the grid first (artifacts), then each cell's text in reading order.
    {
        canvas.begin_artifact();
        Marked marked(canvas);
        double x = left_;
        std::vector<Box> boxes;
        for (std::size_t c = 0; c < block.cells.size(); ++c) {
            const Box box{x, top, state.widths[c], block.height};
            if (header) canvas.fill_box(box, layout_.header_fill);
            else if (block.cells[c].kind == CellKind::Rag) canvas.fill_box(box, layout_.rag_colour(block.cells[c].rag));
            boxes.push_back(box);
            x += state.widths[c];
        }
        canvas.stroke_boxes(boxes, layout_.grid, kRuleWidth);
    }
    const TextStyle& style = header ? bold_style_ : text_style_;
    const double lh = line_height(style), base = baseline_offset(measure_, style);
    double x = left_;
    for (std::size_t c = 0; c < block.cells.size(); ++c) {
        const Cell& cell = block.cells[c];
        const bool number = cell.kind == CellKind::Number;
        if (!repeat) {
            int element;
            if (header) {
                element = tree.add(StructRole::TH, row_element, HeaderScope::Column);
                state.column_headers.push_back(element);
            } else if (c == 0) {
                element = tree.add(StructRole::TH, row_element, HeaderScope::Row);
            } else {
                element = tree.add(StructRole::TD, row_element);
                tree.set_headers(element, c < state.column_headers.size() ? state.column_headers[c] : -1, -1);
            }
            if (cell.lines.empty()) {
                x += state.widths[c];
                continue;
            }
            canvas.begin_content(element);
        } else {
            if (cell.lines.empty()) {
                x += state.widths[c];
                continue;
            }
            canvas.begin_pagination(nullptr);
        }
        Marked marked(canvas);
        double line_top = top + kCellPadY;
        for (const std::string& line : cell.lines) {
            double lx = x + kCellPadX;
            if (number) lx = x + state.widths[c] - kCellPadX - measure_.width(visible_part(line), style);
            canvas.text(lx, line_top + base, line, style, header ? layout_.header_text : layout_.text);
            line_top += lh;
        }
        x += state.widths[c];
    }
}

std::size_t SummaryPages::fit_on_page(std::size_t from, double top, double bottom) const {
    double y = top;
    std::size_t i = from;
    while (i < blocks_.size()) {
        const Block& block = blocks_[i];
        const bool first_on_page = i == from;
        // A table that carries on from the page before repeats its header row first.
        const double repeat =
            first_on_page && block.kind == BlockKind::Row ? tables_[static_cast<std::size_t>(block.table)].header_height : 0;
        const double need = repeat + (first_on_page ? block.height : keep_height(i));
        if (!first_on_page && y + need > bottom) break;
        y += repeat + block.height;
        if (block.kind == BlockKind::Row && block.last_row) y += kCellPadY;
        ++i;
    }
    return i;
}

int SummaryPages::pages_needed(double top, double bottom) const {
    int pages = 0;
    for (std::size_t i = 0; i < blocks_.size(); i = fit_on_page(i, top, bottom)) ++pages;
    return pages;
}

void SummaryPages::paint(PageCanvas& canvas, double top, double bottom) {
    StructureTree& tree = canvas.tree();
    const std::size_t end = fit_on_page(next_, top, bottom);
    double y = top;
    bool first_on_page = true;
    for (; next_ < end; ++next_) {
        const Block& block = blocks_[next_];
        if (first_on_page && block.kind == BlockKind::Row) {
            TableState& state = tables_[static_cast<std::size_t>(block.table)];
            Block header;
            header.kind = BlockKind::HeaderRow;
            header.cells = state.header;
            header.height = state.header_height;
            paint_row(canvas, header, state, y, true);
            y += state.header_height;
        }
        switch (block.kind) {
            case BlockKind::Heading1:
            case BlockKind::Heading2:
            case BlockKind::Paragraph: {
                const TextStyle& style = block.kind == BlockKind::Heading1   ? h1_style_
                                         : block.kind == BlockKind::Heading2 ? h2_style_
                                                                             : text_style_;
                const StructRole role = block.kind == BlockKind::Heading1   ? StructRole::H1
                                        : block.kind == BlockKind::Heading2 ? StructRole::H2
                                                                            : StructRole::P;
                const double line_top = y + (block.kind == BlockKind::Heading2 && !first_on_page ? kBlockGap : 0);
                const double base = baseline_offset(measure_, style);
                {
                    canvas.begin_content(tree.add(role, section_));
                    Marked marked(canvas);
                    double line = line_top;
                    for (const std::string& text : block.lines) {
                        canvas.text(left_, line + base, text, style, layout_.text);
                        line += line_height(style);
                    }
                }
                if (!block.aside.empty()) {
                    // The sentence on the heading's baseline, after it: a paragraph of its own.
                    const double after = left_ + measure_.width(block.lines.front(), style) + aside_gap();
                    canvas.begin_content(tree.add(StructRole::P, section_));
                    Marked sentence(canvas);
                    canvas.text(after, line_top + base, block.aside, text_style_, layout_.text);
                }
                break;
            }
            case BlockKind::HeaderRow:
            case BlockKind::Row:
                paint_row(canvas, block, tables_[static_cast<std::size_t>(block.table)], y, false);
                break;
        }
        y += block.height;
        if (block.kind == BlockKind::Row && block.last_row) y += kCellPadY;
        first_on_page = false;
    }
}

}  // namespace scorecard::pdf
