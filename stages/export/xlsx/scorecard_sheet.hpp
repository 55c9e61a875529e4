// The Scorecard sheet: the committee layout of the template, as the PDF shows it.
//
// Row 1 holds the title, row 2 the header row, then the table's rows in the order the PDF has
// them (common/table_rows.hpp). In the flat layout each topic is one cell merged down its
// indicators' rows; in the sectioned layout each group is a full-width heading row above its
// indicators; an empty table has a row saying so. The RAG key follows the table when the
// template shows one, then the corrections to the source table, when there are any (a cell the
// rules filled or corrected carries the marker; common/corrections.hpp). Figures are numbers with the number format that shows them as the source
// did; RAG cells are filled with their colour and carry their word or letter.
#pragma once

#include "stages/export/common/corrections.hpp"
#include "stages/export/common/table_rows.hpp"
#include "sheet_rows.hpp"
#include "workbook_parts.hpp"

namespace scorecard::xlsx {

class ScorecardRows : public RowSource {
public:
    ScorecardRows(const Scorecard& scorecard, const OutputTemplate& layout, const Palette& palette, std::string title);

    std::uint16_t column_count() const override;
    ColumnLimits limits(std::uint16_t column) const override;
    void rows(RowUse use, const std::function<void(const SheetRow&)>& visit) const override;

    static constexpr std::uint32_t kTitleRow = 0;
    static constexpr std::uint32_t kHeaderRow = 1;
    std::uint32_t last_table_row() const { return last_table_row_; }  // the last indicator's row
    std::uint32_t last_row() const { return last_row_; }  // with the RAG key and corrections, if any
    // The table row on sheet row `row`, or nothing (the title, the header, the key...).
    const TableRow* table_row_at(std::uint32_t row) const;
    // Row of each indicator in model order (the trend charts are placed by it).
    const std::vector<std::uint32_t>& indicator_rows() const { return indicator_rows_; }

    // What each indicator's trend chart draws, in model order, when the template has charts:
    // how many points (at most the template's number) and whether one is below zero. Found
    // once: last_data_points() writes out every point's period, and asked for on each of the
    // sheet's three readings and again for the Trend data sheet it was a fifth of the work of
    // a large workbook with charts.
    struct TrendPoints {
        std::uint16_t points = 0;
        bool negative = false;
        // Where the value axis starts (common/chart_geometry's rule), as Excel stores the
        // figures (a fraction for a percentage); from_zero unless the values sit close together.
        bool from_zero = true;
        double axis_min = 0;
        // Where the gaps between the periods differ (a quarter missing), the slot of each point
        // on a time line of equal steps (the gaps' greatest common divisor): 0, 2, 3 for Q1,
        // Q3, Q4. The sparkline reads the slots, a missing period an empty cell, so the gap
        // shows as in the PDF. Empty for evenly spaced points (or ones off the time line),
        // and when more than kMaxTimeSlots slots would be needed (then drawn evenly): trend_sheet's
        // time_slots().
        std::vector<std::uint16_t> time_slots;
        std::uint16_t slot_count() const { return time_slots.empty() ? 0 : static_cast<std::uint16_t>(time_slots.back() + 1); }
    };
    const std::vector<TrendPoints>& trend_points() const { return trend_points_; }

private:
    int topic_column() const;  // -1 when the template has none
    void visit_rag_key(const std::function<void(const SheetRow&)>& visit) const;

    const Scorecard& scorecard_;
    const OutputTemplate& layout_;
    const Palette& palette_;
    std::string title_;
    std::vector<TableRow> rows_;  // the table's rows, as the PDF has them
    std::vector<Correction> corrections_;
    std::uint32_t corrections_row_ = 0;  // the corrections' heading, when there are any
    std::uint32_t last_table_row_ = kHeaderRow, last_row_ = kHeaderRow;
    std::vector<std::uint32_t> indicator_rows_;
    std::vector<TrendPoints> trend_points_;
};

// Adds the sheet to the workbook: cells, sizes, frozen header, printing. A row whose text needs
// more than Excel's tallest row shows only its first part: a warning for each such row is
// added to `findings`.
ScorecardRows add_scorecard_sheet(const WorkbookParts& parts, std::vector<Finding>& findings);

}  // namespace scorecard::xlsx
