// The Data sheet: the sheet partners filter, sort and pivot.
//
// One Excel table with one header row of unique names and one row per indicator: no merged
// cells, no blank rows, every value a typed cell. Stated fields (what the table published) and
// computed ones (the cross-checks) sit side by side. Figures are numbers in a column of
// numbers; where the table wrote "N/A" instead, a text column beside it says so, so no number
// is ever stored as text. Periods are text; a Unit column says what each figure measures.
#pragma once

#include "sheet_rows.hpp"
#include "workbook_parts.hpp"

namespace scorecard::xlsx {

class DataRows : public RowSource {
public:
    DataRows(const Scorecard& scorecard, const Palette& palette, std::string title);

    std::uint16_t column_count() const override;
    ColumnLimits limits(std::uint16_t column) const override;
    void rows(RowUse use, const std::function<void(const SheetRow&)>& visit) const override;

    static constexpr std::uint32_t kTitleRow = 0;
    static constexpr std::uint32_t kNoteRow = 1;
    static constexpr std::uint32_t kHeaderRow = 2;
    std::uint32_t last_row() const;
    TableSpec table() const;
    std::vector<std::string> headers() const;  // of the columns this scorecard fills

private:
    const Scorecard& scorecard_;
    const Palette& palette_;
    std::string title_;
    std::vector<std::uint16_t> columns_;  // the columns shown, as indexes into all of them
};

// Every header the table can have, in column order (unique). A column no indicator has a value
// for is left out of a given workbook.
std::vector<std::string> data_headers();

void add_data_sheet(const WorkbookParts& parts);

}  // namespace scorecard::xlsx
