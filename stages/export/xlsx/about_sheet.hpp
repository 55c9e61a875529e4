// The About sheet: what each sheet holds, where this edition came from (source file,
// reporting period, template, version, when it was made), the RAG key in colour and in words,
// and the abbreviations spelt out.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "sheet_rows.hpp"
#include "workbook_parts.hpp"

namespace scorecard::xlsx {

// A sheet the workbook holds, with what it holds in words, for the About sheet's list.
using SheetDescription = std::pair<std::string, std::string>;

class AboutRows : public RowSource {
public:
    AboutRows(const WorkbookParts& parts, const std::vector<SheetDescription>& sheets);

    std::uint16_t column_count() const override { return 2; }
    ColumnLimits limits(std::uint16_t column) const override;
    void rows(RowUse use, const std::function<void(const SheetRow&)>& visit) const override;
    std::uint32_t last_row() const;

private:
    struct Line {
        enum Kind { Gap, Section, Pair, Key } kind;
        std::string label, value;
        Rag rag = Rag::None;
        bool number = false;  // value is a count, written as a number
    };
    std::vector<Line> lines_;
    const Palette& palette_;
    std::string title_;
};

void add_about_sheet(const WorkbookParts& parts, const std::vector<SheetDescription>& sheets);

}  // namespace scorecard::xlsx
