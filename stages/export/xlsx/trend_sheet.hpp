// The Trend data sheet: the data points the Scorecard sheet's trend charts draw, one row per
// indicator, oldest first: the history store's earlier points, then the table's previous and
// latest values (data_points() in the model decides which, for the PDF too), each with its
// period and the date that period ends. A sparkline needs its data in cells; keeping them on a
// sheet of their own leaves the Scorecard sheet as the committee sees it and gives partners
// the values behind every chart.
//
// Excel spaces a sparkline's bars evenly, one per cell. Where a period is missing between two
// points, the row repeats its values in "Chart slot" columns on a time line of equal steps,
// the missing period an empty cell, and the sparkline reads those: the gap shows, as in the
// PDF. (A sparkline date axis would do it too, but LibreOffice 7.4 crashes on opening one:
// its importer reads the group's date range as a sparkline's before any sparkline exists.)
#pragma once

#include "stages/export/common/chart_words.hpp"

#include <vector>

#include "scorecard_sheet.hpp"
#include "sheet_rows.hpp"
#include "workbook_parts.hpp"

namespace scorecard::xlsx {

inline const char* const kTrendSheet = "Trend data";

// One sparkline: the Scorecard cell it is drawn in and the Trend data cells it reads.
struct TrendChart {
    std::uint32_t cell_row = 0;
    std::uint16_t cell_column = 0;
    std::uint32_t data_row = 0;
    std::uint16_t first_data_column = 0;
    std::uint16_t points = 0;   // at least two
    bool has_negative = false;  // bars then hang from a zero axis
    bool from_zero = true;      // else the axis starts at axis_min (the charts' baseline rule)
    double axis_min = 0;
};

class TrendRows : public RowSource {
public:
    // `charts`: ScorecardRows::trend_points(), in model order (their time slots).
    TrendRows(const Scorecard& scorecard, const Palette& palette, std::string title, int points,
              const std::vector<ScorecardRows::TrendPoints>& charts);

    std::uint16_t column_count() const override;
    ColumnLimits limits(std::uint16_t column) const override;
    void rows(RowUse use, const std::function<void(const SheetRow&)>& visit) const override;

    static constexpr std::uint32_t kTitleRow = 0, kNoteRow = 1, kHeaderRow = 2;
    static constexpr std::uint16_t kFirstValueColumn = 3;  // after indicator, ID and count
    std::uint32_t last_row() const;
    TableSpec table() const;
    std::vector<std::string> headers() const;

private:
    const Scorecard& scorecard_;
    const Palette& palette_;
    std::string title_;
    int points_;
    const std::vector<ScorecardRows::TrendPoints>& charts_;
    std::uint16_t slots_ = 0;  // the "Chart slot" columns: the most slots a chart needs
};

// The most "Chart slot" columns a sparkline may need; a series that would need more is drawn evenly.
constexpr std::uint16_t kMaxTimeSlots = 16;

// Each point's slot on a time line of equal steps (the gaps' greatest common divisor), given
// the months common/chart_geometry's time_positions() places the points at: 0, 2, 3 for Q1,
// Q3, Q4. Empty when the points are evenly spaced (or not placed by time), or would need more
// than kMaxTimeSlots slots.
std::vector<std::uint16_t> time_slots(const std::vector<int>& months);

// Whether the template draws trend charts (a trend_chart column), and so needs this sheet.
bool draws_trend_charts(const OutputTemplate& layout);

// Adds the sheet and returns the sparklines to draw on the Scorecard sheet (those indicators
// with two or more points).
std::vector<TrendChart> add_trend_sheet(const WorkbookParts& parts, const ScorecardRows& scorecard_rows);

}  // namespace scorecard::xlsx
