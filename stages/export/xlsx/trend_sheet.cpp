#include "trend_sheet.hpp"

#include <algorithm>
#include <numeric>

#include "table_cells.hpp"
#include "table_sheet.hpp"

#include "stages/model/data_points.hpp"
#include "page_setup.hpp"
#include "period_date.hpp"
#include "sheet_sizer.hpp"
#include "sheet_writer.hpp"

namespace scorecard::xlsx {

std::vector<std::uint16_t> time_slots(const std::vector<int>& months) {
    int step = 0;
    for (std::size_t i = 1; i < months.size(); ++i) step = std::gcd(step, months[i] - months[i - 1]);
    if (step == 0 || (months.back() - months.front()) / step + 1 > kMaxTimeSlots) return {};
    std::vector<std::uint16_t> slots;
    slots.reserve(months.size());
    for (int month : months) slots.push_back(static_cast<std::uint16_t>((month - months.front()) / step));
    if (slots.back() + 1 == static_cast<int>(slots.size())) return {};  // no gap: evenly spaced
    return slots;
}

bool draws_trend_charts(const OutputTemplate& layout) { return layout.has_column(ColumnField::TrendChart); }

TrendRows::TrendRows(const Scorecard& scorecard, const Palette& palette, std::string title, int points,
                     const std::vector<ScorecardRows::TrendPoints>& charts)
    : scorecard_(scorecard), palette_(palette), title_(std::move(title)), points_(points), charts_(charts) {
    for (const auto& chart : charts_) slots_ = std::max(slots_, chart.slot_count());
}

std::uint16_t TrendRows::column_count() const { return static_cast<std::uint16_t>(kFirstValueColumn + 3 * points_ + slots_); }

ColumnLimits TrendRows::limits(std::uint16_t column) const {
    ColumnLimits l;
    l.min_px = 40;
    l.max_px = column == 0 ? 320 : column == 1 ? 200 : 120;
    return l;
}

std::vector<std::string> TrendRows::headers() const {
    std::vector<std::string> h{"Indicator", "Indicator ID", "Data points"};
    for (int p = 1; p <= points_; ++p) h.push_back("Point " + std::to_string(p) + " value");
    for (int p = 1; p <= points_; ++p) h.push_back("Point " + std::to_string(p) + " period");
    for (int p = 1; p <= points_; ++p) h.push_back("Point " + std::to_string(p) + " period ends");
    for (int s = 1; s <= slots_; ++s) h.push_back("Chart slot " + std::to_string(s));
    return h;
}

std::uint32_t TrendRows::last_row() const { return kHeaderRow + static_cast<std::uint32_t>(scorecard_.indicator_count()); }

TableSpec TrendRows::table() const {
    TableSpec t;
    t.name = "TrendData";
    t.header_row = kHeaderRow;
    t.last_row = last_row();
    t.headers = headers();
    return t;
}

void TrendRows::rows(RowUse, const std::function<void(const SheetRow&)>& visit) const {
    const std::uint16_t columns = column_count();
    SheetRow row;
    auto start = [&](std::uint32_t index) {
        row.index = index;
        row.cells.assign(columns, SheetCell{});
    };
    start(kTitleRow);
    row.cells[0] = text_cell(title_ + ": trend data", palette_.title());
    row.cells[0].overflows = true;
    visit(row);

    start(kNoteRow);
    std::string note =
        "The data points each trend chart on the Scorecard sheet draws, oldest first: earlier quarters from the "
        "history store, then the table's previous and latest values.";
    if (slots_ > 0) note += " A chart with a period missing reads its chart slots, one per step in time, the gap empty.";
    row.cells[0] = text_cell(note, palette_.note());
    row.cells[0].overflows = true;
    visit(row);

    start(kHeaderRow);
    const auto names = headers();
    for (std::uint16_t c = 0; c < columns; ++c) {
        row.cells[c] = text_cell(names[c], table_header_style(palette_));
        row.cells[c].extra_px = kFilterButtonPx;
    }
    visit(row);

    std::uint32_t index = kHeaderRow;
    std::size_t chart = 0;
    scorecard_.for_each_indicator([&](const Indicator& indicator) {
        start(++index);
        const auto points = last_data_points(indicator, points_);
        row.cells[0] = text_cell(indicator.name.text, palette_.plain(false));
        row.cells[1] = text_cell(indicator.id, palette_.plain(false));
        SheetCell& count = row.cells[2];
        count.content.kind = CellKind::Number;
        count.content.number = static_cast<double>(points.size());
        count.content.text = std::to_string(points.size());
        count.style = palette_.plain(false);
        count.style.number_format = "0";
        for (std::size_t p = 0; p < points.size(); ++p) {
            SheetCell& value = row.cells[kFirstValueColumn + p];
            value.content = value_cell(points[p].value);
            value.style = palette_.plain(false);
            value.style.number_format = value.content.number_format;
            row.cells[kFirstValueColumn + points_ + p] = text_cell(points[p].period.text, palette_.plain(false));
            if (const auto date = period_end_date(points[p].period)) {
                SheetCell& ends = row.cells[kFirstValueColumn + 2 * points_ + p];
                ends.content.kind = CellKind::Number;
                ends.content.number = date->serial;
                ends.content.text = date->iso;
                ends.style = palette_.plain(false);
                ends.style.number_format = kExcelDateFormat;
            }
        }
        static const std::vector<std::uint16_t> kEvenlySpaced;
        const auto& slots = chart < charts_.size() ? charts_[chart].time_slots : kEvenlySpaced;
        ++chart;
        for (std::size_t p = 0; p < slots.size() && p < points.size(); ++p) {
            const auto& value = row.cells[kFirstValueColumn + p];
            row.cells[kFirstValueColumn + 3 * points_ + slots[p]] = value;
        }
        visit(row);
    });
}

std::vector<TrendChart> add_trend_sheet(const WorkbookParts& parts, const ScorecardRows& scorecard_rows) {
    // As many point columns as the longest history fills: more would be blank columns.
    const auto& trend_points = scorecard_rows.trend_points();
    std::size_t widest = 1;
    for (const auto& t : trend_points) widest = std::max<std::size_t>(widest, t.points);
    TrendRows source(parts.scorecard, parts.reading_palette, parts.title(), static_cast<int>(widest), trend_points);
    TableSheetOptions options;
    options.has_rows = parts.scorecard.indicator_count() > 0;
    options.fit_to_width = false;
    write_table_sheet(parts, kTrendSheet, source, options);

    std::vector<std::uint16_t> chart_columns;
    for (std::size_t c = 0; c < parts.layout.columns.size(); ++c)
        if (parts.layout.columns[c].field == ColumnField::TrendChart) chart_columns.push_back(static_cast<std::uint16_t>(c));

    std::vector<TrendChart> charts;
    std::size_t k = 0;
    for (const auto& t : trend_points) {
        const std::uint32_t data_row = TrendRows::kHeaderRow + 1 + static_cast<std::uint32_t>(k);
        const std::uint32_t cell_row = scorecard_rows.indicator_rows().at(k++);
        if (t.points < 2) continue;
        // Points with a gap between them are read from their time slots.
        const auto first = static_cast<std::uint16_t>(t.time_slots.empty() ? TrendRows::kFirstValueColumn
                                                                            : TrendRows::kFirstValueColumn + 3 * widest);
        const std::uint16_t cells = t.time_slots.empty() ? t.points : t.slot_count();
        for (std::uint16_t column : chart_columns)
            charts.push_back({cell_row, column, data_row, first, cells, t.negative, t.from_zero, t.axis_min});
    }
    return charts;
}

}  // namespace scorecard::xlsx
