#include "cover_sheet.hpp"

#include "stages/export/common/abbreviations.hpp"
#include "stages/export/common/shorthand.hpp"
#include "labelled_rows.hpp"
#include "page_setup.hpp"
#include "sheet_sizer.hpp"
#include "sheet_writer.hpp"

namespace scorecard::xlsx {

void add_cover_sheet(const WorkbookParts& parts, const std::vector<SheetDescription>& sheets) {
    LabelledRows source(parts.reading_palette, parts.title());
    // A fact the template leaves empty is left out rather than shown blank.
    auto fact = [&](const std::string& label, const std::string& value) {
        if (!value.empty()) source.pair(label, value);
    };
    fact("Council", parts.layout.company);
    fact("Reporting period", parts.scorecard.period);
    fact("Release date", parts.layout.release_date);
    fact("Contact", parts.layout.contact);
    fact("Source file", parts.context.source_name);
    source.gap();

    source.section("Contents");
    for (const auto& [name, what] : sheets) source.link(name, sheet_place(name), what);
    source.gap();

    source.section("Notes: cells with no value");
    for (Shorthand s : {Shorthand::NotAvailable, Shorthand::NotApplicable, Shorthand::Suppressed})
        source.pair(shorthand_symbol(s), shorthand_meaning(s));
    source.gap();

    // The key names each colour in words, so it reads the same in black and white.
    source.section(parts.layout.rag_key_heading);
    source.key(Rag::Green, rag_name(Rag::Green), parts.layout.rag_key_green);
    source.key(Rag::Amber, rag_name(Rag::Amber), parts.layout.rag_key_amber);
    source.key(Rag::Red, rag_name(Rag::Red), parts.layout.rag_key_red);
    source.pair("N/A", "Not rated: no national quartile or target to rate against");
    source.pair("Letters", "G, A and R stand for Green, Amber and Red where a layout shows letters");

    const std::vector<Abbreviation> abbreviations = abbreviations_used(parts.scorecard, parts.layout);
    if (!abbreviations.empty()) {
        source.gap();
        source.section("Abbreviations");
        for (const Abbreviation& a : abbreviations) source.pair(a.short_form, a.meaning);
    }

    lxw_worksheet* sheet = parts.add_sheet(kCoverSheet);
    const SheetPlan plan = plan_sheet(source, parts.measure);
    write_sheet(sheet, kCoverSheet, source, plan, parts.formats, nullptr, parts.constant_memory);
    parts.note_cut_rows(kCoverSheet, plan);
    worksheet_activate(sheet);

    PrintLayout print;
    print.first_row = 0;
    print.last_row = source.last_row();
    print.last_column = 1;
    print.font_name = parts.measure.workbook_font_name();
    set_up_printing(sheet, kCoverSheet, parts.layout, parts.placeholders(), print);
}

}  // namespace scorecard::xlsx
