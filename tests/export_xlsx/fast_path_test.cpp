// The workbook's fast path (stages/export/xlsx/fast_path/: rows written by scorecard as
// libxlsxwriter 1.1.4 writes them, straight into deflate, and spliced into the sheet frames)
// against the plain path (libxlsxwriter's documented calls only). For a large workbook both
// must give the same sheets: every worksheet part, table part and relationship, byte for byte
// once inflated. Only the Normal style differs: the plain path leaves libxlsxwriter's.
#include <catch2/catch.hpp>

#include "stages/export/xlsx/xlsx_writer.hpp"
#include "workbook_builder.hpp"

using namespace scorecard::test;

namespace {

std::string write(const std::string& input, const std::string& path, bool fast_path) {
    scorecard::CheckedScorecard checked = scorecard::read_and_check(input, {});
    scorecard::ExportContext context;
    context.source_name = scorecard::published_file_name(input);
    context.template_name = checked.layout.name;
    context.version = "test";
    context.created = kFixedTime;
    scorecard::WorkbookOptions options;
    options.constant_memory_above = 0;  // the seeds' 30 rows written as a large workbook's are
    options.fast_path = fast_path;
    scorecard::write_workbook(checked.scorecard, checked.findings, checked.layout, context, path, options);
    return path;
}

}  // namespace

TEST_CASE("fast path: the same sheet parts as libxlsxwriter's documented calls write", "[xlsx][large][fast-path]") {
    ScratchDir dir("xlsx-fast-path");
    for (const char* seed : {"children-families-2022-23-q3.txt", "children-families-2019-20-q3.txt"}) {
        INFO(seed);
        const XlsxWorkbook fast(write(fixture_path(seed), dir.file("fast.xlsx"), true));
        const XlsxWorkbook plain(write(fixture_path(seed), dir.file("plain.xlsx"), false));
        REQUIRE(fast.entries() == plain.entries());
        int sheets = 0;
        for (const std::string& entry : fast.entries()) {
            if (entry == "xl/styles.xml") continue;  // the Normal style's font, and only that
            INFO(entry);
            CHECK(fast.part(entry) == plain.part(entry));
            if (entry.rfind("xl/worksheets/sheet", 0) == 0) ++sheets;
        }
        CHECK(sheets >= 4);
        // The parts really are a large workbook's: strings in the cells, tables added afterwards.
        CHECK(fast.part("xl/worksheets/sheet2.xml").find("t=\"inlineStr\"") != std::string::npos);
        CHECK(fast.part("[Content_Types].xml").find("/xl/tables/table1.xml") != std::string::npos);
        // The fast path sets the Normal style to the template's font; the plain path cannot.
        CHECK(fast.part("xl/styles.xml").find("<name val=\"Arial\"/>") != std::string::npos);
        CHECK(plain.part("xl/styles.xml").find("<name val=\"Calibri\"/>") != std::string::npos);
    }
}
