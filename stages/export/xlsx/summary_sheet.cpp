#include "summary_sheet.hpp"

#include <algorithm>

#include "stages/export/common/summary_tables.hpp"
#include "page_setup.hpp"
#include "sheet_writer.hpp"
#include "table_cells.hpp"

namespace scorecard::xlsx {

namespace {

// The sheet's rows, made once (a summary is a few dozen rows), and the tables over them.
class SummaryRows : public RowSource {
public:
    SummaryRows(const std::vector<SummaryTable>& tables, const std::string& title, const std::string& lead,
                const Palette& palette)
        : palette_(palette) {
        for (const SummaryTable& t : tables) columns_ = std::max(columns_, static_cast<std::uint16_t>(t.headers.size()));
        line(title + ": summary", palette.title());
        line(lead, palette.note());
        ++next_;
        for (const SummaryTable& t : tables) add(t);
    }

    std::uint16_t column_count() const override { return columns_; }
    ColumnLimits limits(std::uint16_t column) const override {
        ColumnLimits l;
        l.min_px = 60;
        l.max_px = column == 0 ? 320 : 200;
        return l;
    }
    void rows(RowUse, const std::function<void(const SheetRow&)>& visit) const override {
        for (const SheetRow& row : rows_) visit(row);
    }
    const std::vector<TableSpec>& tables() const { return tables_; }
    std::uint32_t last_row() const { return next_ == 0 ? 0 : next_ - 1; }

private:
    SheetRow& start() {
        rows_.emplace_back();
        rows_.back().index = next_++;
        rows_.back().cells.assign(columns_, SheetCell{});
        return rows_.back();
    }

    void line(const std::string& text, const CellStyle& style) {
        SheetRow& row = start();
        row.cells[0] = text_cell(text, style);
        row.cells[0].overflows = true;
    }

    SheetCell cell(const CellContent& content) const {
        SheetCell c;
        c.content = content;
        switch (content.kind) {
            case CellKind::Number:
                c.style = palette_.plain(false);
                c.style.align = Align::Right;
                c.style.number_format = content.number_format;
                break;
            case CellKind::Rag: c.style = palette_.rag(content.rag, Align::Centre); break;
            default: c.style = palette_.plain(true); break;
        }
        return c;
    }

    void add(const SummaryTable& t) {
        CellStyle heading = palette_.label();
        heading.size_pt += 2;
        line(t.heading, heading);
        if (!t.note.empty()) line(t.note, palette_.note());
        if (t.rows.empty()) {
            line(t.empty_text, palette_.plain(false));
        } else {
            TableSpec spec;
            spec.name = "Summary_";
            for (char ch : t.key) spec.name += ch == '-' ? '_' : ch;
            spec.headers = t.headers;
            SheetRow& header = start();
            spec.header_row = header.index;
            for (std::size_t c = 0; c < t.headers.size(); ++c) {
                header.cells[c] = text_cell(t.headers[c], table_header_style(palette_));
                header.cells[c].extra_px = kFilterButtonPx;
            }
            for (const auto& cells : t.rows) {
                SheetRow& row = start();
                for (std::size_t c = 0; c < cells.size(); ++c) row.cells[c] = cell(cells[c]);
            }
            spec.last_row = next_ - 1;
            tables_.push_back(spec);
        }
        ++next_;  // a blank row between tables
    }

    const Palette& palette_;
    std::uint16_t columns_ = 1;
    std::uint32_t next_ = 0;
    std::vector<SheetRow> rows_;
    std::vector<TableSpec> tables_;
};

}  // namespace

void add_summary_sheet(const WorkbookParts& parts) {
    const SummaryRows source(summary_tables(parts.scorecard, parts.layout), parts.title(), summary_lead(parts.scorecard),
                             parts.reading_palette);
    lxw_worksheet* sheet = parts.add_sheet(kSummarySheet);
    const SheetPlan plan = plan_sheet(source, parts.measure);
    parts.write_rows(sheet, kSummarySheet, source, plan);
    for (const TableSpec& table : source.tables())
        parts.add_table(sheet, kSummarySheet, table, table_header_style(parts.reading_palette));

    PrintLayout print;
    print.first_row = 0;
    print.last_row = source.last_row();
    print.last_column = static_cast<std::uint16_t>(source.column_count() - 1);
    print.font_name = parts.measure.workbook_font_name();
    set_up_printing(sheet, kSummarySheet, parts.layout, parts.placeholders(), print);
}

}  // namespace scorecard::xlsx
