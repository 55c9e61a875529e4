#include "about_sheet.hpp"

#include "table_cells.hpp"

#include "abbreviations.hpp"
#include "page_setup.hpp"
#include "sheet_sizer.hpp"
#include "sheet_writer.hpp"

namespace scorecard::xlsx {

namespace {

std::string findings_summary(const Findings& findings) {
    const std::size_t errors = findings.count(Severity::Error), warnings = findings.count(Severity::Warning),
                      notes = findings.count(Severity::Note);
    auto part = [](std::size_t n, const char* one, const char* many) {
        return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    return part(errors, "error", "errors") + ", " + part(warnings, "warning", "warnings") + ", " +
           part(notes, "note", "notes") + " (see the Findings sheet)";
}

}  // namespace

AboutRows::AboutRows(const WorkbookParts& parts, const std::vector<SheetDescription>& sheets)
    : palette_(parts.reading_palette), title_(parts.title()) {
    auto gap = [&] { lines_.push_back({Line::Gap, "", ""}); };
    auto section = [&](const std::string& name) { lines_.push_back({Line::Section, name, ""}); };
    auto pair = [&](const std::string& label, const std::string& value) { lines_.push_back({Line::Pair, label, value}); };

    section("Sheets in this workbook");
    for (const auto& [name, what] : sheets) pair(name, what);
    gap();

    section("This edition");
    pair("Source file", parts.context.source_name);
    pair("Reporting period", parts.scorecard.period);
    pair("Input layout", layout_name(parts.scorecard.layout));
    pair("Template", parts.context.template_name);
    pair("Made by", "scorecard " + parts.context.version);
    pair("Made on", format_utc(parts.context.created));
    lines_.push_back({Line::Pair, "Indicators", std::to_string(parts.scorecard.indicator_count()), Rag::None, true});
    pair("Input checks", findings_summary(parts.findings));
    gap();

    // The key names each colour in words, so it reads the same in black and white.
    section(parts.layout.rag_key_heading);
    lines_.push_back({Line::Key, rag_name(Rag::Green), parts.layout.rag_key_green, Rag::Green});
    lines_.push_back({Line::Key, rag_name(Rag::Amber), parts.layout.rag_key_amber, Rag::Amber});
    lines_.push_back({Line::Key, rag_name(Rag::Red), parts.layout.rag_key_red, Rag::Red});
    pair("N/A", "Not rated: no national quartile or target to rate against");
    pair("Letters", "G, A and R stand for Green, Amber and Red where a layout shows letters");
    gap();

    section("Abbreviations");
    for (const auto& a : kAbbreviations) pair(a.short_form, a.meaning);
}

ColumnLimits AboutRows::limits(std::uint16_t column) const {
    ColumnLimits l;
    l.min_px = column == 0 ? 90 : 200;
    l.max_px = column == 0 ? 170 : 620;
    return l;
}

std::uint32_t AboutRows::last_row() const { return static_cast<std::uint32_t>(lines_.size()); }

void AboutRows::rows(RowUse, const std::function<void(const SheetRow&)>& visit) const {
    SheetRow row;
    row.index = 0;
    row.cells.assign(2, SheetCell{});
    row.cells[0] = text_cell(title_ + ": about this workbook", palette_.title());
    row.cells[0].overflows = true;
    visit(row);
    std::uint32_t index = 0;
    for (const Line& line : lines_) {
        ++index;
        if (line.kind == Line::Gap) continue;
        row.index = index;
        row.cells.assign(2, SheetCell{});
        switch (line.kind) {
            case Line::Section: {
                CellStyle s = palette_.label();
                s.size_pt = palette_.label().size_pt + 2;
                row.cells[0] = text_cell(line.label, s);
                row.cells[0].overflows = true;
                break;
            }
            case Line::Pair:
                row.cells[0] = text_cell(line.label, palette_.label());
                row.cells[1] = text_cell(line.value, palette_.plain(true));
                if (line.number) {
                    row.cells[1].content.kind = CellKind::Number;
                    row.cells[1].content.number = std::stod(line.value);
                    row.cells[1].style.number_format = "0";
                    row.cells[1].style.align = Align::Left;
                }
                break;
            case Line::Key:
                row.cells[0] = text_cell(line.label, palette_.rag(line.rag, Align::Centre));
                row.cells[0].content.kind = CellKind::Rag;
                row.cells[0].content.rag = line.rag;
                row.cells[1] = text_cell(line.value, palette_.plain(true));
                break;
            case Line::Gap: break;
        }
        visit(row);
    }
}

void add_about_sheet(const WorkbookParts& parts, const std::vector<SheetDescription>& sheets) {
    AboutRows source(parts, sheets);
    lxw_worksheet* sheet = parts.add_sheet(kAboutSheet);
    const SheetPlan plan = plan_sheet(source, parts.measure);
    parts.write_rows(sheet, kAboutSheet, source, plan);

    PrintLayout print;
    print.first_row = 0;
    print.last_row = source.last_row();
    print.last_column = 1;
    print.font_name = parts.measure.workbook_font_name();
    set_up_printing(sheet, kAboutSheet, parts.layout, parts.title(), print);
}

}  // namespace scorecard::xlsx
