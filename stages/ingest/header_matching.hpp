// Finds the header row and works out which layout the table is in, matching header cells
// after folding case, spacing and look-alike letters ("Торіс" in Cyrillic reads as "Topic").
#pragma once

#include <array>
#include <string>

#include "raw_table.hpp"
#include "stages/model/scorecard.hpp"

namespace scorecard {

// The columns of the 2022/23 flat layout (the canonical one), then its optional extras.
enum class FlatColumn {
    Topic, Theme, Indicator, Polarity, Frequency, PreviousPeriod, PreviousValue, LatestPeriod, LatestValue,
    Trend, Target, Rag, Quartile, NeighbourAverage,
    // optional
    Id, Commentary, Numerator, Denominator,
    // what stood where a figure column has no figure ("N/A"), as scorecard's own Data sheet
    // keeps it in a column beside the figures
    PreviousValueText, LatestValueText, QuartileText, NeighbourAverageText,
    Count
};
constexpr std::size_t kFlatColumnCount = static_cast<std::size_t>(FlatColumn::Count);
constexpr std::size_t kRequiredFlatColumns = static_cast<std::size_t>(FlatColumn::NeighbourAverage) + 1;

// The header each column is published with (used in messages).
const char* flat_column_heading(FlatColumn column);

// Which flat column a header cell names, or FlatColumn::Count when none.
FlatColumn match_flat_heading(const std::string& cell, bool* had_lookalikes);

struct LayoutDetection {
    SourceLayout layout = SourceLayout::Unknown;
    std::size_t header_row = 0;  // index into RawTable::rows
};

// Looks down the first rows for a header of either layout.
LayoutDetection detect_layout(const RawTable& table, std::size_t search_rows);

}  // namespace scorecard
