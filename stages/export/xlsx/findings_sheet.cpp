#include "findings_sheet.hpp"

#include "stages/export/common/corrections.hpp"

#include "table_cells.hpp"

#include "stages/export/common/export_context.hpp"
#include "table_sheet.hpp"

#include "page_setup.hpp"
#include "sheet_sizer.hpp"
#include "sheet_writer.hpp"

namespace scorecard::xlsx {

namespace {

struct FindingsColumn {
    const char* header;
    double max_px;
    bool wrap;
};

// "As read" and "As published" are filled only for a change applied to the documents (a repair
// or a correction): a difference only reported names its values in the message, so it never
// reads as a replacement.
const FindingsColumn kColumns[] = {
    {"Severity", 70, false},  {"Check", 150, false},   {"Line", 50, false},        {"Column", 50, false},
    {"Indicator", 260, true}, {"Message", 480, true},  {"Applied", 90, false},     {"As read", 180, true},
    {"As published", 180, true}, {"Rule", 200, true}, {"Cell", 140, false},
};
constexpr std::uint16_t kCellColumn = 10;
// The order the columns are shown in: a workbook input's cell ("Q4!C7") comes after the check.
constexpr std::uint16_t kShownOrder[] = {0, 1, kCellColumn, 2, 3, 4, 5, 6, 7, 8, 9};
constexpr std::uint16_t kColumnCount = sizeof kColumns / sizeof kColumns[0];
SheetCell count_cell(int n, const CellStyle& style) {
    SheetCell cell;
    cell.style = style;
    if (n > 0) {
        cell.content.kind = CellKind::Number;
        cell.content.number = n;
        cell.content.text = std::to_string(n);
        cell.style.number_format = "0";
    }
    return cell;
}

// "Q4!C7": where a finding points in an input workbook; the sheet alone for a whole sheet.
std::string cell_text(const SourceLocation& where) {
    if (!where.in_sheet()) return "";
    const std::string sheet = quoted_sheet_name(sheet_name(where.sheet));
    return where.line > 0 ? sheet + "!" + cell_reference(where) : sheet;
}

}  // namespace

std::vector<std::string> findings_headers() {
    std::vector<std::string> h;
    for (std::uint16_t c : kShownOrder) h.push_back(kColumns[c].header);
    return h;
}

FindingsRows::FindingsRows(const Findings& findings, const Palette& palette, std::string title)
    : findings_(findings), palette_(palette), title_(std::move(title)) {
    // A column no finding fills (no finding names a rule, say) would be a blank column inside
    // the table: it is left out.
    std::vector<bool> used(kColumnCount, false);
    used[0] = used[5] = used[6] = true;  // severity, message and what was done: every finding has them
    for (const Finding& f : findings_.all()) {
        used[1] = used[1] || !f.code.empty();
        // A text input is located by line and column, a workbook by sheet and cell.
        used[2] = used[2] || (f.where.line > 0 && !f.where.in_sheet());
        used[3] = used[3] || (f.where.column > 0 && !f.where.in_sheet());
        used[kCellColumn] = used[kCellColumn] || f.where.in_sheet();
        in_workbook_ = in_workbook_ || f.where.in_sheet();
        used[4] = used[4] || !f.indicator.empty();
        used[7] = used[7] || (f.applied() && !f.before.empty());
        used[8] = used[8] || (f.applied() && !f.after.empty());
        used[9] = used[9] || !f.rule.empty();
    }
    for (std::uint16_t c : kShownOrder)
        if (used[c]) columns_.push_back(c);
}

std::uint16_t FindingsRows::column_count() const { return static_cast<std::uint16_t>(columns_.size()); }

std::vector<std::string> FindingsRows::headers() const {
    std::vector<std::string> h;
    for (std::uint16_t c : columns_) h.push_back(kColumns[c].header);
    return h;
}

ColumnLimits FindingsRows::limits(std::uint16_t column) const {
    ColumnLimits l;
    l.min_px = 40;
    l.max_px = kColumns[columns_.at(column)].max_px;
    return l;
}

TableSpec FindingsRows::table() const {
    TableSpec t;
    t.name = "Findings";
    t.header_row = kHeaderRow;
    t.last_row = last_row();
    t.headers = headers();
    return t;
}

void FindingsRows::rows(RowUse, const std::function<void(const SheetRow&)>& visit) const {
    SheetRow row;
    auto start = [&](std::uint32_t index) {
        row.index = index;
        row.cells.assign(column_count(), SheetCell{});
    };
    start(kTitleRow);
    row.cells[0] = text_cell(title_ + ": findings", palette_.title());
    row.cells[0].overflows = true;
    visit(row);

    start(kNoteRow);
    const std::string note =
        findings_.all().empty()
            ? "The input was read with no findings."
            : "What the checks found reading " + published_file_name(findings_.file()) + ": errors reject the input, "
              "warnings are repairs or cross-check differences, notes say how it was read. Applied says whether the "
              "documents show the change: repaired (an extraction or typing artefact undone), corrected (the rating "
              "rules' value replaces the table's, marked " + std::string(kCorrectionMarker) + " on the Scorecard sheet "
              "and in the PDF) or reported only. " +
                  std::string(in_workbook_ ? "Cell is the sheet and cell of the input workbook."
                                           : "Line and column are in the input file.");
    row.cells[0] = text_cell(note, palette_.note());
    row.cells[0].overflows = true;
    visit(row);

    if (findings_.all().empty()) return;
    const std::uint16_t count = column_count();
    start(kHeaderRow);
    for (std::uint16_t c = 0; c < count; ++c) {
        row.cells[c] = text_cell(kColumns[columns_[c]].header, table_header_style(palette_));
        row.cells[c].extra_px = kFilterButtonPx;
    }
    visit(row);

    std::uint32_t index = kHeaderRow;
    for (const Finding& f : findings_.all()) {
        start(++index);
        for (std::uint16_t c = 0; c < count; ++c) {
            const CellStyle style = palette_.plain(kColumns[columns_[c]].wrap);
            switch (columns_[c]) {
                case 0: row.cells[c] = text_cell(severity_name(f.severity), style); break;
                case 1: row.cells[c] = text_cell(f.code, style); break;
                case 2: row.cells[c] = count_cell(f.where.line, style); break;
                case 3: row.cells[c] = count_cell(f.where.column, style); break;
                case 4: row.cells[c] = text_cell(f.indicator, style); break;
                case 5: row.cells[c] = text_cell(f.message, style); break;
                case 6: row.cells[c] = text_cell(f.applied() ? action_name(f.action) : "reported only", style); break;
                case 7: row.cells[c] = text_cell(f.applied() ? f.before : "", style); break;
                case 8: row.cells[c] = text_cell(f.applied() ? f.after : "", style); break;
                case 9: row.cells[c] = text_cell(f.rule, style); break;
                case kCellColumn: row.cells[c] = text_cell(cell_text(f.where), style); break;
            }
        }
        visit(row);
    }
}

void add_findings_sheet(const WorkbookParts& parts) {
    FindingsRows source(parts.findings, parts.reading_palette, parts.title());
    TableSheetOptions options;
    options.has_rows = !parts.findings.all().empty();
    options.header_without_rows = false;  // no findings: the note says so, no empty table
    write_table_sheet(parts, kFindingsSheet, source, options);
}

}  // namespace scorecard::xlsx
