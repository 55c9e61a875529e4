#include "scorecard_sheet.hpp"

#include "stages/export/common/commentary.hpp"
#include "stages/export/common/corrections.hpp"
#include "stages/export/common/chart_geometry.hpp"
#include "stages/model/data_points.hpp"
#include "stages/model/text_utils.hpp"
#include "excel_cell.hpp"
#include "page_setup.hpp"
#include "row_limit_findings.hpp"
#include "sheet_sizer.hpp"
#include "sheet_writer.hpp"
#include "trend_sheet.hpp"

namespace scorecard::xlsx {

namespace {

constexpr double kPixelsPerMillimetre = 96.0 / 25.4;
// A row with a trend chart is at least two lines of 8 pt tall, so its bars can be told apart.
constexpr double kChartRowPt = 21;

SheetCell text(const std::string& value, const CellStyle& style) {
    SheetCell cell;
    cell.content.kind = value.empty() ? CellKind::Empty : CellKind::Text;
    cell.content.text = value;
    cell.style = style;
    cell.styled_blank = value.empty();
    return cell;
}

RagStyle rag_style_of(const OutputTemplate& layout) {
    for (const auto& c : layout.columns)
        if (c.field == ColumnField::Rag || c.field == ColumnField::ComputedRag) return c.rag_style;
    return RagStyle::Word;
}

}  // namespace

ScorecardRows::ScorecardRows(const Scorecard& scorecard, const OutputTemplate& layout, const Palette& palette,
                             std::string title)
    : scorecard_(scorecard), layout_(layout), palette_(palette), title_(std::move(title)),
      rows_(table_rows(scorecard, layout)), corrections_(list_corrections(scorecard, layout)) {
    // Work out where everything goes once, so callers know the ranges before writing.
    std::uint32_t row = kHeaderRow;
    for (const TableRow& table_row : rows_) {
        ++row;
        if (table_row.kind == RowKind::Indicator) indicator_rows_.push_back(row);
    }
    last_table_row_ = last_row_ = row;
    if (layout_.show_rag_key) last_row_ = row + 5;  // a gap, the key's heading, and its three ratings
    if (!corrections_.empty()) {
        corrections_row_ = last_row_ + 2;  // after a gap: the heading, the note, one row each
        last_row_ = corrections_row_ + 1 + static_cast<std::uint32_t>(corrections_.size());
    }
    if (layout_.has_column(ColumnField::TrendChart))
        for (const auto& group : scorecard_.groups)
            for (const auto& indicator : group.indicators) {
                TrendPoints t;
                const auto points = last_data_points(indicator, std::max(2, layout_.trend_chart_points));
                t.points = static_cast<std::uint16_t>(points.size());
                std::vector<double> stored;
                stored.reserve(points.size());
                for (const auto& p : points) {
                    t.negative = t.negative || p.value.stored_number() < 0;
                    stored.push_back(p.value.stored_number());
                }
                t.time_slots = time_slots(time_positions(points));
                const ValueAxis axis = value_axis(stored);
                t.from_zero = axis.from_zero;
                t.axis_min = axis.baseline;
                trend_points_.push_back(t);
            }
}

int ScorecardRows::topic_column() const {
    for (std::size_t c = 0; c < layout_.columns.size(); ++c)
        if (layout_.columns[c].field == ColumnField::Topic) return static_cast<int>(c);
    return -1;
}

std::uint16_t ScorecardRows::column_count() const { return static_cast<std::uint16_t>(layout_.columns.size()); }

ColumnLimits ScorecardRows::limits(std::uint16_t column) const {
    // The template's widths (in mm, for the PDF) are the most a column may take here: text
    // longer than that wraps, as on paper. Shorter content gives a narrower column.
    const ColumnSpec& spec = layout_.columns.at(column);
    ColumnLimits limits;
    limits.max_px = spec.width_mm * kPixelsPerMillimetre;
    limits.min_px = 28;
    if (spec.field == ColumnField::TrendChart) limits.min_px = limits.max_px;  // room for the chart
    return limits;
}

void ScorecardRows::rows(RowUse, const std::function<void(const SheetRow&)>& visit) const {
    const std::uint16_t columns = column_count();
    SheetRow row;
    auto start = [&](std::uint32_t index) {
        row.index = index;
        row.cells.assign(columns, SheetCell{});
    };

    start(kTitleRow);
    row.cells[0] = text(title_, palette_.title());
    row.cells[0].overflows = true;
    visit(row);

    start(kHeaderRow);
    for (std::uint16_t c = 0; c < columns; ++c) row.cells[c] = text(layout_.columns[c].heading, palette_.header());
    visit(row);

    const int topic = groups_as_headings(layout_) ? -1 : topic_column();
    std::uint32_t index = kHeaderRow;
    for (const TableRow& table_row : rows_) {
        start(++index);
        if (table_row.kind == RowKind::Commentary) {
            // The commentary below its indicator: one wrapped cell merged across the columns
            // after the topic (whose merge covers this row too), its line breaks kept.
            const std::uint16_t first = topic == 0 && columns > 1 ? 1 : 0;
            if (topic >= 0) row.cells[static_cast<std::size_t>(topic)].covered = true;
            row.cells[first] = text(normalised_commentary(table_row.indicator->commentary.text),
                                    palette_.body(Align::Left, true));
            row.cells[first].col_span = static_cast<std::uint16_t>(columns - first);
            for (std::uint16_t c = first + 1; c < columns; ++c) row.cells[c].covered = true;
            visit(row);
            continue;
        }
        if (table_row.kind != RowKind::Indicator) {
            // A group's heading, or the note that the table is empty, across the whole width.
            const bool heading = table_row.kind == RowKind::GroupHeading;
            row.cells[0] = text(heading ? table_row.group_ptr->name : kNoIndicatorsText,
                                heading ? palette_.heading() : palette_.body(Align::Left, true));
            row.cells[0].col_span = columns;
            for (std::uint16_t c = 1; c < columns; ++c) row.cells[c].covered = true;
            visit(row);
            continue;
        }
        const Indicator& indicator = *table_row.indicator;
        for (std::uint16_t c = 0; c < columns; ++c) {
            const ColumnSpec& spec = layout_.columns[c];
            SheetCell& cell = row.cells[c];
            if (static_cast<int>(c) == topic) {
                // The topic: one cell merged down all its indicators' rows.
                if (table_row.in_group == 0) {
                    cell = text(table_row.group_ptr->name, palette_.topic());
                    cell.row_span = static_cast<std::uint32_t>(rows_of_group(*table_row.group_ptr, layout_));
                } else {
                    cell.covered = true;
                }
                continue;
            }
            cell.content = excel_cell(spec, indicator);
            switch (cell.content.kind) {
                case CellKind::Number: cell.style = palette_.number(spec.align, cell.content.number_format); break;
                case CellKind::Rag: cell.style = palette_.rag(cell.content.rag, spec.align); break;
                case CellKind::Text:
                    cell.style = palette_.body(spec.align, true);
                    cell.keep_short = true;
                    break;
                case CellKind::Chart: {
                    // A sparkline is drawn over the empty cell later (sparklines.hpp); with
                    // fewer than two points there is nothing to draw, and the cell says so.
                    const std::size_t points = trend_points_.at(table_row.number).points;
                    cell.style = palette_.body(Align::Centre, false);
                    cell.styled_blank = true;
                    if (points >= 2) cell.min_height_pt = kChartRowPt;
                    if (points < 2) {
                        cell.content.kind = CellKind::Text;
                        cell.content.text = too_few_points_text(points);
                        cell.style.italic = true;
                    }
                    break;
                }
                case CellKind::Empty:
                    cell.style = palette_.body(spec.align, false);
                    cell.styled_blank = true;
                    break;
            }
        }
        visit(row);
    }

    if (layout_.show_rag_key) visit_rag_key(visit);
    if (corrections_.empty()) return;
    // The corrections, as the PDF lists them after its table: a marked cell above is explained
    // here, on the sheet that is printed, and again on the Findings sheet.
    auto full_width = [&](std::uint32_t index, const std::string& words, const CellStyle& style) {
        start(index);
        row.cells[0] = text(words, style);
        row.cells[0].col_span = columns;
        for (std::uint16_t c = 1; c < columns; ++c) row.cells[c].covered = true;
        visit(row);
    };
    std::uint32_t at = corrections_row_;
    full_width(at++, kCorrectionsHeading, palette_.label());
    full_width(at++, correction_marker_note(corrections_.size(), "below and on the Findings sheet"),
               palette_.plain(true));
    for (const Correction& c : corrections_)
        full_width(at++, std::string(kCorrectionMarker) + " " + c.indicator->name.text + ": " + correction_text(c),
                   palette_.plain(true));
}

void ScorecardRows::visit_rag_key(const std::function<void(const SheetRow&)>& visit) const {
    const std::uint16_t columns = column_count();
    SheetRow row;
    auto start = [&](std::uint32_t index) {
        row.index = index;
        row.cells.assign(columns, SheetCell{});
    };
    // The key: each rating's fill with its word or letter, and what it means in words, so the
    // key reads the same printed in black and white.
    start(last_table_row_ + 2);
    row.cells[0] = text(layout_.rag_key_heading, palette_.label());
    row.cells[0].overflows = true;
    visit(row);
    const RagStyle style = rag_style_of(layout_);
    // The swatch sits under the table's RAG column, its meaning to its left and right-aligned
    // against it, so the key lines up with the ratings it explains. Without a RAG column (or
    // with it first) the swatch goes first and the meaning follows.
    int rag_column = -1;
    for (std::size_t c = 0; c < layout_.columns.size(); ++c)
        if (layout_.columns[c].field == ColumnField::Rag && rag_column < 0) rag_column = static_cast<int>(c);
    const bool meaning_first = rag_column >= 1;
    const std::uint16_t swatch_at = meaning_first ? static_cast<std::uint16_t>(rag_column) : 0;
    const std::pair<Rag, const std::string*> key[] = {
        {Rag::Green, &layout_.rag_key_green}, {Rag::Amber, &layout_.rag_key_amber}, {Rag::Red, &layout_.rag_key_red}};
    std::uint32_t key_row = last_table_row_ + 3;
    for (const auto& [rag, meaning] : key) {
        start(key_row++);
        SheetCell& swatch = row.cells[swatch_at];
        swatch.content.kind = CellKind::Rag;
        swatch.content.rag = rag;
        swatch.content.text = style == RagStyle::Letter ? rag_letter(rag) : rag_name(rag);
        swatch.style = palette_.rag(rag, Align::Centre);
        const std::uint16_t first = meaning_first ? 0 : 1;
        const std::uint16_t last = meaning_first ? static_cast<std::uint16_t>(swatch_at - 1) : static_cast<std::uint16_t>(columns - 1);
        if (first <= last && last < columns) {
            CellStyle words = palette_.plain(true);
            if (meaning_first) words.align = Align::Right;
            words.valign = VAlign::Centre;
            row.cells[first] = text(std::string(rag_name(rag)) + ": " + *meaning, words);
            row.cells[first].col_span = static_cast<std::uint16_t>(last - first + 1);
            for (std::uint16_t c = first + 1; c <= last; ++c) row.cells[c].covered = true;
        }
        visit(row);
    }
}

const TableRow* ScorecardRows::table_row_at(std::uint32_t row) const {
    if (row <= kHeaderRow || row - kHeaderRow > rows_.size()) return nullptr;
    return &rows_[row - kHeaderRow - 1];
}

namespace {

// Excel's row height limit cut what a row shows: the cells keep the whole text.
Finding row_over_limit_finding(const SheetPlan::RowOverLimit& tall, const ScorecardRows& source,
                               const Scorecard& scorecard) {
    const TableRow* row = source.table_row_at(tall.row);
    const Indicator* indicator = row ? row->indicator : nullptr;
    const bool commentary = indicator && row->kind == RowKind::Commentary;
    std::string what = "the Scorecard sheet's row " + std::to_string(tall.row + 1);
    if (indicator) what += std::string(commentary ? " (the commentary of " : " (") + quoted(indicator->name.text) + ")";
    Finding f = row_limit_finding(scorecard.source_file, what, 1, tall.needed_pt);
    f.message += " (as does the Data sheet)";
    if (indicator) {
        f.indicator = indicator->name.text;
        // The commentary's cell, else the row's name (a tall row of an indicator is most often
        // its name or theme; the message names the row).
        const TextCell& cell = commentary ? indicator->commentary : indicator->name;
        if (cell.where.line > 0)
            f.where = cell.where;
        else
            f.where.line = indicator->line;
    }
    return f;
}

}  // namespace

ScorecardRows add_scorecard_sheet(const WorkbookParts& parts, std::vector<Finding>& findings) {
    ScorecardRows source(parts.scorecard, parts.layout, parts.palette, parts.title());
    lxw_worksheet* sheet = parts.add_sheet(kScorecardSheet);
    const SheetPlan plan = plan_sheet(source, parts.measure);
    parts.write_rows(sheet, kScorecardSheet, source, plan);
    for (const auto& tall : plan.rows_over_limit) findings.push_back(row_over_limit_finding(tall, source, parts.scorecard));

    // Panes frozen below the header row, so headings stay in view while scrolling.
    worksheet_freeze_panes(sheet, ScorecardRows::kHeaderRow + 1, 0);

    PrintLayout print;
    // The title prints in the page header of every page, so the print area starts at the
    // header row rather than printing the title twice on the first page.
    print.first_row = ScorecardRows::kHeaderRow;
    print.last_row = source.last_row();
    print.last_column = static_cast<std::uint16_t>(source.column_count() - 1);
    print.repeat_row = ScorecardRows::kHeaderRow;
    print.font_name = parts.measure.workbook_font_name();
    set_up_printing(sheet, kScorecardSheet, parts.layout, parts.placeholders(), print);
    return source;
}

}  // namespace scorecard::xlsx
