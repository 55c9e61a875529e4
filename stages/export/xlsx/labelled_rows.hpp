// A sheet of labelled lines, two columns wide, read top to bottom: a title, then sections of
// "label | value" pairs. The Cover and About sheets are made of these.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "palette.hpp"
#include "sheet_rows.hpp"

namespace scorecard::xlsx {

struct LabelledLine {
    enum Kind { Gap, Section, Pair, Key, Link } kind = Gap;
    std::string label, value;
    Rag rag = Rag::None;   // Key: the rating whose colour fills the label
    bool number = false;   // Pair: the value is a count, written as a number
    std::string place;     // Link: where the label links to ("'Data'!A1")
};

class LabelledRows : public RowSource {
public:
    LabelledRows(const Palette& palette, std::string title) : palette_(palette), title_(std::move(title)) {}

    void gap() { add(LabelledLine::Gap, "", ""); }
    void section(const std::string& name) { add(LabelledLine::Section, name, ""); }
    void pair(const std::string& label, const std::string& value) { add(LabelledLine::Pair, label, value); }
    void count(const std::string& label, std::size_t n);
    void key(Rag rag, const std::string& label, const std::string& meaning);
    // A line whose label is a hyperlink to `place` in this workbook.
    void link(const std::string& label, const std::string& place, const std::string& value);

    std::uint16_t column_count() const override { return 2; }
    ColumnLimits limits(std::uint16_t column) const override;
    void rows(RowUse use, const std::function<void(const SheetRow&)>& visit) const override;
    std::uint32_t last_row() const { return static_cast<std::uint32_t>(lines_.size()); }

private:
    LabelledLine& add(LabelledLine::Kind kind, const std::string& label, const std::string& value);

    const Palette& palette_;
    std::string title_;
    std::vector<LabelledLine> lines_;
};

// "internal" place of a sheet's first cell, quoted as Excel wants a sheet name: 'Trend data'!A1.
std::string sheet_place(const std::string& sheet_name);

}  // namespace scorecard::xlsx
