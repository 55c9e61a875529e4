// The Findings sheet: every validation and compute finding, so a reader of the workbook sees
// which values were repaired and where the computed cross-checks disagree with the table.
// One row per finding, in an Excel table: severity, check, cell (for a workbook input: "Q4!C7")
// or line and column (for a text input), indicator, message, value before, value after, rule.
#pragma once

#include "sheet_rows.hpp"
#include "workbook_parts.hpp"

namespace scorecard::xlsx {

class FindingsRows : public RowSource {
public:
    FindingsRows(const Findings& findings, const Palette& palette, std::string title);

    std::uint16_t column_count() const override;
    ColumnLimits limits(std::uint16_t column) const override;
    void rows(RowUse use, const std::function<void(const SheetRow&)>& visit) const override;

    static constexpr std::uint32_t kTitleRow = 0;
    static constexpr std::uint32_t kNoteRow = 1;
    static constexpr std::uint32_t kHeaderRow = 2;
    std::uint32_t last_row() const { return kHeaderRow + static_cast<std::uint32_t>(findings_.all().size()); }
    TableSpec table() const;
    std::vector<std::string> headers() const;  // of the columns these findings fill

private:
    const Findings& findings_;
    const Palette& palette_;
    std::string title_;
    std::vector<std::uint16_t> columns_;  // the columns shown, as indexes into all of them
    bool in_workbook_ = false;            // a finding points into an input workbook's sheet
};

// Every header the table can have, in order; a column no finding fills is left out.
std::vector<std::string> findings_headers();

void add_findings_sheet(const WorkbookParts& parts);

}  // namespace scorecard::xlsx
