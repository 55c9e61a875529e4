// Writes a reading sheet (Data, Trend data, Findings) the one way they all go: a title row, a
// note row, then one Excel table under a frozen header row, printed with that row repeated.
#pragma once

#include "page_setup.hpp"
#include "sheet_sizer.hpp"
#include "table_cells.hpp"
#include "workbook_parts.hpp"

namespace scorecard::xlsx {

struct TableSheetOptions {
    bool has_rows = true;                 // false: no table (Excel refuses a table of no rows)
    bool header_without_rows = true;      // false: an empty sheet prints only its title and note
    bool fit_to_width = true;             // false: wide tables print across pages, not shrunk
};

// `Rows` is a RowSource with kTitleRow, kNoteRow and kHeaderRow, last_row() and table().
template <class Rows>
void write_table_sheet(const WorkbookParts& parts, const char* name, const Rows& source,
                       const TableSheetOptions& options) {
    lxw_worksheet* sheet = parts.add_sheet(name);
    const SheetPlan plan = plan_sheet(source, parts.measure);
    parts.write_rows(sheet, name, source, plan);
    if (options.has_rows) parts.add_table(sheet, name, source.table(), table_header_style(parts.reading_palette));
    const bool header = options.has_rows || options.header_without_rows;
    if (header) worksheet_freeze_panes(sheet, Rows::kHeaderRow + 1, 0);

    PrintLayout print;
    print.first_row = Rows::kTitleRow;
    print.last_row = header ? source.last_row() : Rows::kNoteRow;
    print.last_column = static_cast<std::uint16_t>(source.column_count() - 1);
    if (header) print.repeat_row = Rows::kHeaderRow;
    print.fit_to_width = options.fit_to_width;
    print.font_name = parts.measure.workbook_font_name();
    set_up_printing(sheet, name, parts.layout, parts.placeholders(), print);
}

}  // namespace scorecard::xlsx
