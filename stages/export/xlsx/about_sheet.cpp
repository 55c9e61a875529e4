#include "about_sheet.hpp"

#include "stages/export/common/corrections.hpp"

#include "labelled_rows.hpp"
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

void add_about_sheet(const WorkbookParts& parts) {
    LabelledRows source(parts.reading_palette, parts.title() + ": about this workbook");
    source.section("This edition");
    source.pair("Source file", parts.context.source_name);
    source.pair("Reporting period", parts.scorecard.period);
    source.pair("Input layout", layout_name(parts.scorecard.layout));
    source.pair("Template", parts.context.template_name);
    source.pair("Made by", "scorecard " + parts.context.version);
    source.pair("Made on", format_utc(parts.context.created));
    source.count("Indicators", parts.scorecard.indicator_count());
    source.pair("Input checks", findings_summary(parts.findings));
    source.pair("Published values",
                publish_policy_description(parts.scorecard.publish_policy,
                                           list_corrections(parts.scorecard, parts.layout).size(),
                                           "below the table on the Scorecard sheet and on the Findings sheet"));

    lxw_worksheet* sheet = parts.add_sheet(kAboutSheet);
    const SheetPlan plan = plan_sheet(source, parts.measure);
    parts.write_rows(sheet, kAboutSheet, source, plan);

    PrintLayout print;
    print.first_row = 0;
    print.last_row = source.last_row();
    print.last_column = 1;
    print.font_name = parts.measure.workbook_font_name();
    set_up_printing(sheet, kAboutSheet, parts.layout, parts.placeholders(), print);
}

}  // namespace scorecard::xlsx
