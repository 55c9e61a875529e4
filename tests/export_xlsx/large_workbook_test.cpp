// Large inputs: above a threshold the workbook is written in constant_memory mode,
// with its tables added afterwards. To a reader it must be the same workbook: the seeds are
// written both ways here and compared cell by cell, table by table.
#include <catch2/catch.hpp>

#include "stages/export/xlsx/table_parts.hpp"
#include "stages/export/xlsx/xlsx_writer.hpp"
#include "workbook_builder.hpp"

using namespace scorecard::test;

namespace {

std::string streamed(const std::string& input, const std::string& path) {
    scorecard::CheckedScorecard checked = scorecard::read_and_check(input, {});
    scorecard::ExportContext context;
    context.source_name = scorecard::published_file_name(input);
    context.template_name = checked.layout.name + " (" + scorecard::published_file_name(checked.layout.file) + ")";
    context.version = "test";
    context.created = kFixedTime;
    scorecard::WorkbookOptions options;
    options.constant_memory_above = 0;  // stream even the seed's 30 rows
    scorecard::write_workbook(checked.scorecard, checked.findings, checked.layout, context, path, options);
    return path;
}

void same_workbook(const XlsxWorkbook& normal, const XlsxWorkbook& stream) {
    REQUIRE(stream.sheet_names() == normal.sheet_names());
    for (const auto& name : normal.sheet_names()) {
        INFO("sheet " << name);
        const XlsxSheet& a = normal.sheet(name);
        const XlsxSheet& b = stream.sheet(name);
        REQUIRE(b.cells.size() == a.cells.size());
        for (const auto& [ref, cell] : a.cells) {
            INFO("cell " << ref);
            const XlsxCell& other = b.at(ref);
            CHECK(static_cast<int>(other.type) == static_cast<int>(cell.type));
            CHECK(other.text == cell.text);
            CHECK(other.style.number_format == cell.style.number_format);
            CHECK(other.style.fill_rgb == cell.style.fill_rgb);
            CHECK(other.style.bold == cell.style.bold);
            CHECK(other.style.font_size == cell.style.font_size);
        }
        CHECK(b.merged == a.merged);
        CHECK(b.row_heights == a.row_heights);
        CHECK(b.column_widths == a.column_widths);
        CHECK(b.frozen_rows == a.frozen_rows);
        CHECK(b.print.print_area == a.print.print_area);
        CHECK(b.print.print_titles == a.print.print_titles);
        CHECK(b.print.footer == a.print.footer);
        REQUIRE(b.tables.size() == a.tables.size());
        for (std::size_t t = 0; t < a.tables.size(); ++t) {
            CHECK(b.tables[t].name == a.tables[t].name);
            CHECK(b.tables[t].ref == a.tables[t].ref);
            CHECK(b.tables[t].columns == a.tables[t].columns);
            CHECK(b.tables[t].style == a.tables[t].style);
            CHECK(b.tables[t].has_autofilter);
        }
        CHECK(b.sparklines.size() == a.sparklines.size());
    }
    CHECK(stream.properties().title == normal.properties().title);
    CHECK(stream.properties().created == normal.properties().created);
}

}  // namespace

TEST_CASE("large: the flat seed streamed is the same workbook, tables included", "[xlsx][large]") {
    ScratchDir dir("xlsx-large-flat");
    XlsxWorkbook stream(streamed(fixture_path("children-families-2022-23-q3.txt"), dir.file("stream.xlsx")));
    // Streamed, strings are stored in their cells rather than shared.
    CHECK(stream.sheet("Data").xml.find("t=\"inlineStr\"") != std::string::npos);
    CHECK(flat_seed().book->sheet("Data").xml.find("t=\"inlineStr\"") == std::string::npos);
    same_workbook(*flat_seed().book, stream);
    // The table parts added afterwards are declared like libxlsxwriter's own.
    const std::string& types = stream.part("[Content_Types].xml");
    CHECK(types.find("<Override PartName=\"/xl/tables/table1.xml\" "
                     "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml\"/>") !=
          std::string::npos);
    const std::string& data = stream.sheet("Data").xml;
    const std::size_t parts = data.find("<tableParts count=\"1\"><tablePart r:id=\"rIdTable");
    REQUIRE(parts != std::string::npos);
    CHECK(data.find("\"/></tableParts></worksheet>", parts) != std::string::npos);
    // The Summary sheet's several tables: one <tableParts> naming them all.
    const std::size_t summary_tables = stream.sheet("Summary").tables.size();
    CHECK(summary_tables >= 2);
    CHECK(summary_tables == flat_seed().book->sheet("Summary").tables.size());
    CHECK(stream.sheet("Summary").xml.find("<tableParts count=\"" + std::to_string(summary_tables) + "\">") !=
          std::string::npos);
    for (const auto& entry : stream.entries()) CHECK(entry.back() != '/');
}

TEST_CASE("large: the sectioned seed streamed, with its merges, sparklines and Trend data table", "[xlsx][large]") {
    ScratchDir dir("xlsx-large-sectioned");
    XlsxWorkbook stream(streamed(fixture_path("children-families-2019-20-q3.txt"), dir.file("stream.xlsx")));
    same_workbook(*sectioned_seed().book, stream);
    CHECK(stream.sheet("Trend data").tables.front().name == "TrendData");
}

TEST_CASE("large: a streamed workbook rebuilds byte-identically", "[xlsx][large][reproducible]") {
    ScratchDir dir("xlsx-large-again");
    const std::string input = fixture_path("children-families-2022-23-q3.txt");
    streamed(input, dir.file("one.xlsx"));
    streamed(input, dir.file("two.xlsx"));
    CHECK(read_file(dir.file("one.xlsx")) == read_file(dir.file("two.xlsx")));
    CHECK_FALSE(file_exists(dir.file("one.xlsx.draft")));
}

TEST_CASE("large: a table part is the XML libxlsxwriter writes", "[xlsx][large]") {
    scorecard::xlsx::TableSpec spec;
    spec.name = "ScorecardData";
    spec.header_row = 2;
    spec.last_row = 32;
    spec.headers = {"Indicator", "R&D \"spend\""};
    const std::string xml = scorecard::xlsx::table_xml(spec, 1);
    CHECK(xml.find("<table xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" id=\"1\" "
                   "name=\"ScorecardData\" displayName=\"ScorecardData\" ref=\"A3:B33\" totalsRowShown=\"0\">"
                   "<autoFilter ref=\"A3:B33\"/><tableColumns count=\"2\"><tableColumn id=\"1\" name=\"Indicator\"/>"
                   "<tableColumn id=\"2\" name=\"R&amp;D &quot;spend&quot;\"/></tableColumns>") != std::string::npos);
    using scorecard::xlsx::add_before_sheet_end;
    CHECK(add_before_sheet_end("<x/></worksheet>", "<t/>") == "<x/><t/></worksheet>");
    CHECK(add_before_sheet_end("<x/><extLst><ext/></extLst></worksheet>", "<t/>") == "<x/><t/><extLst><ext/></extLst></worksheet>");
}
