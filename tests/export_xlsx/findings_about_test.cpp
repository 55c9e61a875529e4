// The Findings sheet (every finding, as the checks reported it), the Cover (what the workbook
// holds, the RAG key, the abbreviations) and the About sheet (where it came from), for both seeds.
#include <catch2/catch.hpp>

#include <algorithm>

#include "stages/export/common/abbreviations.hpp"
#include "stages/export/xlsx/findings_sheet.hpp"
#include "stages/export/xlsx/xlsx_writer.hpp"
#include "workbook_builder.hpp"

using namespace scorecard::test;

namespace {
// The 1-based column of a Findings header, or 0 when the column was left out.
int findings_column(const XlsxSheet& s, const std::string& header) {
    const auto& columns = s.tables.front().columns;
    const auto at = std::find(columns.begin(), columns.end(), header);
    return at == columns.end() ? 0 : static_cast<int>(at - columns.begin()) + 1;
}
}  // namespace

TEST_CASE("findings: one table row per finding, in the order the checks reported them", "[xlsx][findings]") {
    for (const BuiltWorkbook* built : {&flat_seed(), &sectioned_seed()}) {
        INFO(built->path);
        const XlsxSheet& s = built->book->sheet("Findings");
        const auto& findings = built->checked.findings.all();
        REQUIRE(findings.size() > 5);
        REQUIRE(s.tables.size() == 1);
        const XlsxTable& t = s.tables.front();
        CHECK(t.name == "Findings");
        CHECK(t.ref == "A3:" + cell_ref(3 + static_cast<int>(findings.size()), static_cast<int>(t.columns.size())));
        CHECK(s.at("A3").text == "Severity");
        // The brief's columns, each present whenever any finding fills it.
        const int severity = findings_column(s, "Severity"), check = findings_column(s, "Check"),
                  line = findings_column(s, "Line"), column = findings_column(s, "Column"),
                  indicator = findings_column(s, "Indicator"), message = findings_column(s, "Message"),
                  applied = findings_column(s, "Applied"), before = findings_column(s, "As read"),
                  after = findings_column(s, "As published");
        for (int c : {severity, check, line, column, indicator, message, applied, before, after}) CHECK(c > 0);
        for (std::size_t k = 0; k < findings.size(); ++k) {
            const int row = 4 + static_cast<int>(k);
            const scorecard::Finding& f = findings[k];
            CHECK(s.at(cell_ref(row, severity)).text == scorecard::severity_name(f.severity));
            CHECK(s.at(cell_ref(row, check)).text == f.code);
            if (f.where.line > 0) {
                CHECK(s.at(cell_ref(row, line)).is_number());
                CHECK(s.at(cell_ref(row, line)).number == f.where.line);
            }
            if (f.where.column > 0) CHECK(s.at(cell_ref(row, column)).number == f.where.column);
            if (!f.indicator.empty()) CHECK(s.at(cell_ref(row, indicator)).text == f.indicator);
            CHECK(s.at(cell_ref(row, message)).text == f.message);
            // What was done, and the values before and after only where a change was applied.
            CHECK(s.at(cell_ref(row, applied)).text ==
                  (f.applied() ? std::string(scorecard::action_name(f.action)) : std::string("reported only")));
            auto text_in = [&](int c) {
                const scorecard::test::XlsxCell* cell = s.find(cell_ref(row, c));
                return cell ? cell->text : std::string();
            };
            CHECK(text_in(before) == (f.applied() ? f.before : ""));
            CHECK(text_in(after) == (f.applied() ? f.after : ""));
        }
        CHECK(s.last_row() == 3 + static_cast<int>(findings.size()));
        // No blank column inside the table.
        for (int c = 1; c <= static_cast<int>(t.columns.size()); ++c) CHECK(s.column(c, 4).size() > 0);
    }
}

TEST_CASE("findings: a repair shows the value before and after", "[xlsx][findings]") {
    const XlsxSheet& s = flat_seed().book->sheet("Findings");
    const int before = findings_column(s, "As read"), after = findings_column(s, "As published");
    const int lookalike = row_with(s, findings_column(s, "Check"), "lookalike-letters");
    CHECK(s.at(cell_ref(lookalike, 1)).text == "warning");
    CHECK(s.at(cell_ref(lookalike, findings_column(s, "Line"))).number == 1);
    CHECK(s.at(cell_ref(lookalike, before)).text == "\xD0\xA2\xD0\xBE\xD1\x80\xD1\x96\xD1\x81");  // Торіс in Cyrillic
    CHECK(s.at(cell_ref(lookalike, after)).text == "Topic");
    const int frequency = row_with(s, findings_column(s, "Check"), "frequency-repaired");
    CHECK(s.at(cell_ref(frequency, findings_column(s, "Indicator"))).text == "KS4 - Progress 8 (FSM)");
    CHECK(s.at(cell_ref(frequency, before)).text == "1");
    CHECK(s.at(cell_ref(frequency, before)).is_string());  // the text as it was, not a number
    CHECK(s.at(cell_ref(frequency, after)).text == "Annual");
    CHECK(s.at(cell_ref(frequency, findings_column(s, "Applied"))).text == "repaired");
    // A difference only reported (the NEET target in another unit) has no before and after.
    const int units = row_with(s, findings_column(s, "Check"), "unit-mismatch");
    CHECK(s.at(cell_ref(units, findings_column(s, "Applied"))).text == "reported only");
    CHECK(s.find(cell_ref(units, before)) == nullptr);
    CHECK(s.find(cell_ref(units, after)) == nullptr);
}

TEST_CASE("about: where the workbook came from, by file name only", "[xlsx][about]") {
    const XlsxSheet& s = flat_seed().book->sheet("About");
    CHECK(s.at("A1").text == "Children and Families Performance FY2022/23 Q3: about this workbook");
    auto value_of = [&](const std::string& label) -> const XlsxCell& { return s.at(cell_ref(row_with(s, 1, label), 2)); };
    CHECK(value_of("Source file").text == "children-families-2022-23-q3.txt");
    CHECK(value_of("Reporting period").text == "FY2022/23 Q3");
    CHECK(value_of("Template").text.rfind("flat-2022-23 (", 0) == 0);
    CHECK(value_of("Made by").text == "scorecard test");
    CHECK(value_of("Made on").text == "2023-11-14 22:13 UTC");
    CHECK(value_of("Indicators").number == 30);
    CHECK(value_of("Input checks").text.find("warnings") != std::string::npos);
    CHECK(s.print.print_area.rfind("$A$1:$B$", 0) == 0);
}

TEST_CASE("cover: the title, the period, the sheets with links, the RAG key and the abbreviations", "[xlsx][cover]") {
    const XlsxSheet& s = flat_seed().book->sheet("Cover");
    CHECK(s.at("A1").text == "Children and Families Performance FY2022/23 Q3");
    auto value_of = [&](const std::string& label) -> const XlsxCell& { return s.at(cell_ref(row_with(s, 1, label), 2)); };
    CHECK(value_of("Reporting period").text == "FY2022/23 Q3");
    CHECK(value_of("Source file").text == "children-families-2022-23-q3.txt");
    for (const char* sheet : {"Scorecard", "Data", "Findings", "About"}) {
        INFO(sheet);
        CHECK_FALSE(value_of(sheet).text.empty());
        const std::string link = "ref=\"" + cell_ref(row_with(s, 1, sheet), 1) + "\" location=\"'" + sheet + "'!A1\"";
        CHECK(s.xml.find(link) != std::string::npos);
    }
    CHECK(value_of("Scorecard").text.find("print layout") != std::string::npos);

    const auto& layout = flat_seed().checked.layout;
    CHECK(value_of("Green").text == layout.rag_key_green);
    CHECK(s.at(cell_ref(row_with(s, 1, "Green"), 1)).style.fill_rgb == "00B050");
    CHECK(value_of("Amber").text == layout.rag_key_amber);
    CHECK(s.at(cell_ref(row_with(s, 1, "Amber"), 1)).style.fill_rgb == "FFC000");
    CHECK(value_of("Red").text == layout.rag_key_red);
    CHECK(s.at(cell_ref(row_with(s, 1, "Red"), 1)).style.fill_rgb == "FF0000");

    CHECK(value_of("EHCP").text == "Education, Health and Care Plan");
    for (const auto& a : scorecard::abbreviations_used(flat_seed().checked.scorecard, layout))
        CHECK(value_of(a.short_form).text == a.meaning);
    CHECK(value_of("[x]").text.rfind("Not available", 0) == 0);
    CHECK(value_of("[z]").text.rfind("Not applicable", 0) == 0);
    CHECK(value_of("[c]").text.rfind("Suppressed", 0) == 0);
    CHECK(s.print.print_area.rfind("$A$1:$B$", 0) == 0);
    // The Cover is the sheet the workbook opens on.
    CHECK(flat_seed().book->part("xl/workbook.xml").find("activeTab") == std::string::npos);  // 0: the first
    CHECK(s.xml.find("tabSelected=\"1\"") != std::string::npos);
}

TEST_CASE("every sheet has a title in A1 and a name that says what it holds", "[xlsx][accessibility]") {
    for (const BuiltWorkbook* built : {&flat_seed(), &sectioned_seed()}) {
        INFO(built->path);
        const auto& book = *built->book;
        std::vector<std::string> names{"Cover", "Summary", "Scorecard", "Data", "Findings", "About"};
        // A template with trend charts adds the sheet of their data points.
        if (built->checked.layout.has_column(scorecard::ColumnField::TrendChart)) names.insert(names.begin() + 4, "Trend data");
        CHECK(book.sheet_names() == names);
        const std::string title = built->checked.layout.document_title(built->checked.scorecard.period);
        for (const auto& name : book.sheet_names()) {
            const XlsxCell& a1 = book.sheet(name).at("A1");
            CHECK(a1.is_string());
            CHECK(a1.text.rfind(title, 0) == 0);
            CHECK(a1.style.bold);
        }
    }
}

TEST_CASE("findings: a row taller than Excel allows is a warning, on the Scorecard sheet or any other, its cells keeping the whole text",
          "[xlsx][findings]") {
    // Commentary of 60 lines needs more than the 409 pt Excel allows a row (40 take 372 pt at
    // the flat template's 8 pt): on screen and in print the row shows its first part only, so
    // the workbook says so.
    scorecard::CheckedScorecard checked = flat_seed().checked;
    std::string commentary;
    for (int line = 1; line <= 60; ++line) commentary += "Line " + std::to_string(line) + " of the explanation.\n";
    commentary.pop_back();
    std::string name;
    checked.scorecard.for_each_indicator([&](scorecard::Indicator& i) {
        if (!name.empty()) return;
        name = i.name.text;
        i.commentary.text = commentary;
    });
    ScratchDir dir("xlsx-row-too-tall");
    scorecard::ExportContext context;
    context.created = kFixedTime;
    const std::vector<scorecard::Finding> own =
        scorecard::write_workbook(checked.scorecard, checked.findings, checked.layout, context, dir.file("tall.xlsx"));
    // The Data sheet's row of that indicator, sized to its 60 lines, is cut too.
    REQUIRE(own.size() == 2);
    CHECK(own[0].code == "xlsx-row-too-tall");
    CHECK(own[0].severity == scorecard::Severity::Warning);
    CHECK(own[0].indicator == name);
    CHECK(own[0].message.find("the commentary of '" + name + "'") != std::string::npos);
    CHECK(own[0].message.find("more than the 409 pt Excel allows a row") != std::string::npos);
    CHECK(own[1].code == "xlsx-row-too-tall");
    CHECK(own[1].severity == scorecard::Severity::Warning);
    CHECK(own[1].message.rfind("the Data sheet's row 4 needs ", 0) == 0);

    XlsxWorkbook book(dir.file("tall.xlsx"));
    const XlsxSheet& card = book.sheet("Scorecard");
    int commentary_row = 0;
    for (const auto& [ref, cell] : card.cells)
        if (cell.text == commentary) commentary_row = std::stoi(ref.substr(ref.find_first_of("0123456789")));
    REQUIRE(commentary_row > 0);  // the cell holds all 60 lines
    CHECK(card.row_heights.at(commentary_row) == Approx(409));
    CHECK(book.sheet("Data").row_heights.at(4) == Approx(409));
    // The Findings sheet lists it with the input's findings.
    const XlsxSheet& findings = book.sheet("Findings");
    bool listed = false;
    for (const auto& [ref, cell] : findings.cells)
        listed = listed || cell.text.find("more than the 409 pt Excel allows a row") != std::string::npos;
    CHECK(listed);
    // Commentary that fits is no warning.
    checked.scorecard.for_each_indicator([&](scorecard::Indicator& i) {
        if (i.name.text == name) i.commentary.text = "A short explanation.\nOn two lines.";
    });
    CHECK(scorecard::write_workbook(checked.scorecard, checked.findings, checked.layout, context, dir.file("short.xlsx"))
              .empty());
}
