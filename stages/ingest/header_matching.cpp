#include "header_matching.hpp"

#include <utility>
#include <vector>

#include "stages/model/text_utils.hpp"

namespace scorecard {

namespace {

struct Alias {
    FlatColumn column;
    const char* folded;  // lower case, single spaces
};

// Headers as councils write them. Matching is on folded text, so case and spacing don't matter.
const Alias kAliases[] = {
    {FlatColumn::Topic, "topic"},
    {FlatColumn::Topic, "outcome"},
    {FlatColumn::Theme, "theme"},
    {FlatColumn::Theme, "service area"},
    {FlatColumn::Indicator, "indicator"},
    {FlatColumn::Indicator, "indicator name"},
    {FlatColumn::Indicator, "measure"},
    {FlatColumn::Polarity, "polarity"},
    {FlatColumn::Frequency, "reporting frequency"},
    {FlatColumn::Frequency, "frequency"},
    {FlatColumn::PreviousPeriod, "previous period"},
    {FlatColumn::PreviousValue, "previous value"},
    {FlatColumn::LatestPeriod, "latest period"},
    {FlatColumn::LatestValue, "latest value"},
    {FlatColumn::Trend, "trend"},
    {FlatColumn::Target, "target"},
    {FlatColumn::Rag, "status rag"},
    {FlatColumn::Rag, "status (rag)"},
    {FlatColumn::Rag, "rag status"},
    {FlatColumn::Rag, "rag"},
    {FlatColumn::Rag, "status"},
    {FlatColumn::Quartile, "national benchmark (quartile 1 = top)"},
    {FlatColumn::Quartile, "national benchmark (quartile 1 top)"},
    {FlatColumn::Quartile, "national benchmark"},
    {FlatColumn::Quartile, "national quartile"},
    {FlatColumn::Quartile, "quartile"},
    {FlatColumn::NeighbourAverage, "most recent statistical neighbour average"},
    {FlatColumn::NeighbourAverage, "statistical neighbour average"},
    {FlatColumn::NeighbourAverage, "statistical neighbours average"},
    {FlatColumn::NeighbourAverage, "sn average"},
    {FlatColumn::Id, "id"},
    {FlatColumn::Id, "indicator id"},
    {FlatColumn::Id, "ref"},
    {FlatColumn::Commentary, "commentary"},
    {FlatColumn::Commentary, "comments"},
    {FlatColumn::Commentary, "comment"},
    {FlatColumn::Numerator, "numerator"},
    {FlatColumn::Denominator, "denominator"},
    // The headers of scorecard's own Data sheet, so its workbook reads back.
    {FlatColumn::Topic, "topic or outcome"},
    {FlatColumn::Polarity, "polarity as written"},
    {FlatColumn::Trend, "stated trend"},
    {FlatColumn::Target, "target as written"},
    {FlatColumn::Rag, "stated rag as written"},
    {FlatColumn::PreviousValueText, "previous value if not a figure"},
    {FlatColumn::LatestValueText, "latest value if not a figure"},
    {FlatColumn::QuartileText, "national quartile if not a figure"},
    {FlatColumn::NeighbourAverageText, "statistical neighbour average if not a figure"},
};

const char* kHeadings[] = {
    "Topic", "Theme", "Indicator", "Polarity", "Reporting Frequency", "Previous Period", "Previous Value",
    "Latest Period", "Latest Value", "Trend", "Target", "Status RAG", "National benchmark (quartile 1 = top)",
    "Most recent Statistical Neighbour average", "Id", "Commentary", "Numerator", "Denominator",
    "Previous value if not a figure", "Latest value if not a figure", "National quartile if not a figure",
    "Statistical neighbour average if not a figure"};

bool is_sectioned_header(const RawRow& row) {
    bool latest_update = false, current_performance = false;
    for (const auto& cell : row.cells) {
        bool lookalikes = false;
        std::string folded = fold_for_matching(cell.text, &lookalikes);
        if (folded.find("latest update") != std::string::npos) latest_update = true;
        if (folded.find("current performance") != std::string::npos) current_performance = true;
    }
    return latest_update && current_performance;
}

}  // namespace

const char* flat_column_heading(FlatColumn column) {
    auto i = static_cast<std::size_t>(column);
    return i < kFlatColumnCount ? kHeadings[i] : "";
}

FlatColumn match_flat_heading(const std::string& cell, bool* had_lookalikes) {
    std::string folded = fold_for_matching(cell, had_lookalikes);
    // Trailing colons and stray asterisks (footnote marks) do not change what a header names.
    while (!folded.empty() && (folded.back() == ':' || folded.back() == '*')) folded.pop_back();
    folded = trim(folded);
    for (const auto& alias : kAliases)
        if (folded == alias.folded) return alias.column;
    return FlatColumn::Count;
}

LayoutDetection detect_layout(const RawTable& table, std::size_t search_rows) {
    LayoutDetection result;
    std::size_t seen = 0;
    for (std::size_t r = 0; r < table.rows.size() && seen < search_rows; ++r) {
        const RawRow& row = table.rows[r];
        if (row.is_blank()) continue;
        ++seen;
        if (is_sectioned_header(row)) {
            result.layout = SourceLayout::Sectioned;
            result.header_row = r;
            return result;
        }
        // A flat header names at least five of the canonical columns; a title or data row
        // names none or one by chance.
        std::size_t matched = 0;
        for (const auto& cell : row.cells) {
            bool lookalikes = false;
            if (match_flat_heading(cell.text, &lookalikes) != FlatColumn::Count) ++matched;
        }
        if (matched >= 5) {
            result.layout = SourceLayout::Flat;
            result.header_row = r;
            return result;
        }
    }
    return result;
}

}  // namespace scorecard
