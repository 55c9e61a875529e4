#include "table_painter.hpp"

#include "stages/export/common/line_wrap.hpp"
#include "trend_chart.hpp"

namespace scorecard::pdf {

namespace {

// A RAG cell that shows its rating as a letter (G, A, R) rather than the word.
bool is_rag_letter(const LaidOutCell& cell) {
    if (cell.kind != CellKind::Rag || cell.lines.size() != 1) return false;
    const std::string& text = cell.lines.front();
    return text == "G" || text == "A" || text == "R";
}

}  // namespace

void TablePainter::paint_lines(PageCanvas& canvas, const LaidOutCell& cell, const Box& box, const Rgb& colour) const {
    const double lh = line_height(cell.style);
    // Text sits at the top of its cell, so a row's single-line values share the baseline of
    // the first line of its wrapped indicator name and extract as one line of text.
    double line_top = box.top + kCellPadY;
    const double base = baseline_offset(measure_, cell.style);
    for (const std::string& line : cell.lines) {
        double x = box.left + kCellPadX;
        if (cell.align != Align::Left) {
            const double w = measure_.width(visible_part(line), cell.style);
            const double room = box.width - 2 * kCellPadX;
            x += cell.align == Align::Centre ? (room - w) / 2 : room - w;
        }
        canvas.text(x, line_top + base, line, cell.style, colour);
        line_top += lh;
    }
}

void TablePainter::paint_cell_text(PageCanvas& canvas, const LaidOutCell& cell, const Box& box, const Rgb& colour,
                                   int element) const {
    if (cell.lines.empty()) return;  // an empty cell is an element with no content
    if (element >= 0)
        canvas.begin_content(element);
    else
        canvas.begin_pagination(nullptr);
    Marked marked(canvas);
    paint_lines(canvas, cell, box, colour);
}

void TablePainter::fill(PageCanvas& canvas, const Box& box, const Rgb& colour) const {
    canvas.begin_artifact();
    Marked marked(canvas);
    canvas.fill_box(box, colour);
}

void TablePainter::paint_chart(PageCanvas& canvas, const LaidOutCell& cell, const Box& box, int element) const {
    // The chart is a Figure inside its cell, its values in words as the Figure's /Alt, which a
    // screen reader reads in place of the bars and labels.
    const int figure = canvas.tree().add(StructRole::Figure, element);
    canvas.tree().set_alt(figure, chart_accessible_text(cell.chart));
    const ChartGeometry chart = lay_out_chart(cell.chart, chart_area(box), measure_);
    const ChartColours colours = chart_colours(layout_.text, kChartBackground);
    canvas.begin_content(figure);
    Marked marked(canvas);
    // The latest bar solid, the earlier ones outlined (docs/layout.md, "Trend charts"): the
    // difference holds in black and white.
    std::vector<Box> outlined;
    const double inset = kChartStroke / 2;  // the outline drawn inside the bar's box
    for (const BarGeometry& bar : chart.bars) {
        const Box b{bar.x, bar.top, bar.width, bar.bottom - bar.top};
        if (bar.latest)
            canvas.fill_box(b, colours.latest);
        else
            outlined.push_back(Box{b.left + inset, b.top + inset, std::max(b.width - kChartStroke, 0.0),
                                   std::max(b.height - kChartStroke, 0.0)});
    }
    canvas.stroke_boxes(outlined, colours.earlier, kChartStroke);
    std::vector<Segment> axis{{chart.axis_left, chart.baseline_y, chart.axis_right, chart.baseline_y}};
    axis.insert(axis.end(), chart.axis_break.begin(), chart.axis_break.end());
    canvas.stroke_lines(axis, colours.axis, kRuleWidth);
    TextStyle label;
    label.size = kChartLabelSize;
    for (const LabelGeometry& l : chart.labels) canvas.text(l.x, l.baseline, l.text, label, colours.label);
}

void TablePainter::paint_title(PageCanvas& canvas) const {
    if (frame_.title_lines.empty()) return;
    canvas.begin_content(elements_.title);
    Marked marked(canvas);
    double line_top = frame_.top;
    const double base = baseline_offset(measure_, frame_.title_style);
    const bool flush_right = frame_.title_style.direction == TextDirection::RightToLeft;
    for (const std::string& line : frame_.title_lines) {
        const double x = flush_right ? frame_.left + frame_.printable_width() -
                                           measure_.width(visible_part(line), frame_.title_style)
                                     : frame_.left;
        canvas.text(x, line_top + base, line, frame_.title_style, layout_.text);
        line_top += line_height(frame_.title_style);
    }
}

void TablePainter::paint_header(PageCanvas& canvas, double top, bool tagged, std::vector<Box>& rules) const {
    const auto& columns = table_.columns();
    fill(canvas, Box{table_.left(), top, table_.width(), header_.height}, layout_.header_fill);
    const int tr = tagged ? canvas.tree().add(StructRole::TR, elements_.head) : -1;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const Box box{columns[i].left, top, columns[i].width, header_.height};
        const LaidOutCell& cell = header_.cells[i];
        // Headings are centred vertically too: they vary from one line to four.
        const double text_height = static_cast<double>(cell.lines.size()) * line_height(cell.style);
        Box text_box = box;
        text_box.top = top + (header_.height - 2 * kCellPadY - text_height) / 2;
        const int th = tagged ? canvas.tree().add(StructRole::TH, tr, HeaderScope::Column) : -1;
        if (tagged) column_headers_.push_back(th);
        paint_cell_text(canvas, cell, text_box, layout_.header_text, th);
        rules.push_back(box);
    }
}

void TablePainter::paint_full_width(PageCanvas& canvas, const RowLayout& row, double top, double height, int element,
                                    std::vector<Box>& rules) const {
    const Box box{table_.left(), top, table_.width(), height};
    if (row.row.kind == RowKind::GroupHeading) fill(canvas, box, layout_.heading_fill);
    paint_cell_text(canvas, row.full_width, box, layout_.text, element);
    rules.push_back(box);
}

void TablePainter::paint_indicator(PageCanvas& canvas, const RowLayout& row, double top, double height, int tr,
                                   std::vector<Box>& rules) const {
    const auto& columns = table_.columns();
    StructureTree& tree = canvas.tree();
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (static_cast<int>(i) == table_.topic_column()) continue;
        const Box box{columns[i].left, top, columns[i].width, height};
        const LaidOutCell& cell = row.cells[i];
        // The indicator's name is the row's header: a screen reader announces it with each value.
        const bool name = columns[i].spec->field == ColumnField::Indicator;
        const int element = name ? tree.add(StructRole::TH, tr, HeaderScope::Row) : tree.add(StructRole::TD, tr);
        if (name) indicator_header_ = element;
        tree.set_headers(element, i < column_headers_.size() ? column_headers_[i] : -1, group_header_);
        if (cell.kind == CellKind::Rag) fill(canvas, box, layout_.rag_colour(cell.rag));
        if (cell.draws_chart()) {
            paint_chart(canvas, cell, box, element);
        } else if (is_rag_letter(cell)) {
            // A lone G, A or R is an abbreviation: a Span carries the word a screen reader says.
            const int span = tree.add(StructRole::Span, element);
            tree.set_expansion(span, rag_name(cell.rag));
            paint_cell_text(canvas, cell, box, layout_.text, span);
        } else {
            paint_cell_text(canvas, cell, box, layout_.text, element);
        }
        rules.push_back(box);
    }
}

void TablePainter::paint_commentary(PageCanvas& canvas, const TablePage& page, std::size_t first, std::size_t end,
                                    double top, std::vector<Box>& rules) const {
    const PageLayout& layout = *page.layout;
    const RowLayout& opening = page.row(layout.rows[first].index);
    StructureTree& tree = canvas.tree();
    if (opening.piece == 0) {
        const int tr = tree.add(StructRole::TR, elements_.body);
        commentary_cell_ = tree.add(StructRole::TD, tr, HeaderScope::None, 1,
                                    static_cast<int>(table_.commentary_columns()));
        tree.set_headers(commentary_cell_, indicator_header_, group_header_);
    }
    double height = 0;
    for (std::size_t k = first; k < end; ++k) height += layout.rows[k].height;
    const double left = table_.commentary_left();
    const Box box{left, top, table_.left() + table_.width() - left, height};
    // One marked-content sequence for the cell's lines on this page, each line set in its own
    // paragraph's direction. The cell's top padding (which paint_lines adds) is on its first
    // line here: the commentary's first piece has it, and a later piece only ever opens a page,
    // where the paginator made it taller by as much (RowBox::pad_if_first).
    canvas.begin_content(commentary_cell_);
    {
        Marked marked(canvas);
        double line_top = top;
        for (std::size_t k = first; k < end; ++k) {
            const LaidOutCell& line = page.row(layout.rows[k].index).full_width;
            paint_lines(canvas, line, Box{left, line_top, box.width, layout.rows[k].height}, layout_.text);
            line_top += line_height(line.style);
        }
    }
    rules.push_back(box);
}

double TablePainter::paint(PageCanvas& canvas, const TablePage& page) const {
    const PageLayout& layout = *page.layout;
    StructureTree& tree = canvas.tree();
    std::vector<Box> rules;
    if (page.first) paint_title(canvas);
    const double table_top = frame_.table_top(page.first);
    paint_header(canvas, table_top, page.first, rules);
    const double body_top = table_top + header_.height;

    if (page.continued_heading)
        paint_full_width(canvas, *page.continued_heading, body_top, layout.continued_height, -1, rules);

    const int columns = static_cast<int>(table_.columns().size());
    std::size_t next_span = 0;
    for (std::size_t k = 0; k < layout.rows.size(); ++k) {
        const PlacedRow& placed = layout.rows[k];
        const RowLayout& row = page.row(placed.index);
        const double top = body_top + placed.top;
        // A commentary's pieces on this page: one cell. Its row carries on a topic, never starts one.
        std::size_t run_end = k + 1;
        if (row.row.kind == RowKind::Commentary)
            while (run_end < layout.rows.size()) {
                const RowLayout& next = page.row(layout.rows[run_end].index);
                if (next.row.kind != RowKind::Commentary || next.row.indicator != row.row.indicator || next.piece == 0)
                    break;
                ++run_end;
            }
        const int tr = row.row.kind == RowKind::Commentary ? -1 : tree.add(StructRole::TR, elements_.body);
        // The topic cell is painted with the first of its rows on the page, before the row's
        // other cells, so the text reads topic first. Its element belongs to the topic's first
        // row and spans all of the topic's rows; on a later page its name is only a reminder.
        if (next_span < layout.spans.size() && layout.spans[next_span].first == k) {
            const TopicSpan& span = layout.spans[next_span++];
            const ColumnBox& column = table_.columns()[table_.topic_column()];
            const Box box{column.left, body_top + span.top, column.width, span.height};
            const int th = span.continued || tr < 0
                               ? -1
                               : tree.add(StructRole::TH, tr, HeaderScope::Row,
                                          static_cast<int>(rows_of_group(*row.row.group_ptr, layout_)));
            if (th >= 0) group_header_ = th;
            paint_cell_text(canvas, table_.topic_cell(*row.row.group_ptr, span.group), box, layout_.text, th);
            rules.push_back(box);
        }
        switch (row.row.kind) {
            case RowKind::Indicator: paint_indicator(canvas, row, top, placed.height, tr, rules); break;
            case RowKind::GroupHeading:
                group_header_ = tree.add(StructRole::TH, tr, HeaderScope::Row, 1, columns);
                paint_full_width(canvas, row, top, placed.height, group_header_, rules);
                break;
            case RowKind::Note:
                paint_full_width(canvas, row, top, placed.height,
                                 tree.add(StructRole::TD, tr, HeaderScope::None, 1, columns), rules);
                break;
            case RowKind::Commentary:
                paint_commentary(canvas, page, k, run_end, top, rules);
                k = run_end - 1;
                break;
        }
    }
    canvas.begin_artifact();
    {
        Marked marked(canvas);
        canvas.stroke_boxes(rules, layout_.grid, kRuleWidth);
    }
    return body_top + layout.used;
}

void paint_footer(PageCanvas& canvas, const PageFrame& frame, const TextMeasurer& measure, const Rgb& colour,
                  const std::string& text) {
    canvas.begin_pagination("Footer");
    Marked marked(canvas);
    const double w = measure.width(text, frame.footer_style);
    canvas.text((frame.width - w) / 2, frame.footer_baseline, text, frame.footer_style, colour);
}

void paint_blank_page_text(PageCanvas& canvas, const PageFrame& frame, const TextMeasurer& measure,
                           const Rgb& colour, const std::string& text) {
    // Larger than the table's text: it is the only thing on the page.
    const TextStyle style{FontStyle::Regular, frame.footer_style.size * 1.5};
    const double w = measure.width(text, style);
    const double centre = (frame.top + frame.bottom) / 2;
    const double glyphs = measure.ascent(style) - measure.descent(style);
    StructureTree& tree = canvas.tree();
    canvas.begin_content(tree.add(StructRole::P, tree.document()));
    Marked marked(canvas);
    canvas.text((frame.width - w) / 2, centre + glyphs / 2, text, style, colour);
}

}  // namespace scorecard::pdf
