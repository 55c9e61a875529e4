// Text from the input stays text: a cell that looks like a formula is never one in the
// workbook, and characters that mean something in a PDF content stream reach the page as text.
#include <catch2/catch.hpp>

#include "support/run_command.hpp"
#include "support/test_paths.hpp"
#include "support/xlsx_reader.hpp"

using namespace scorecard::test;

namespace {

const std::vector<std::string> kHostile = {
    "=HYPERLINK(\"http://example.invalid\",\"click me\")",
    "+44 20 7946 0000 calls answered",
    "-1 is not a formula here",
    "@SUM(A1:A9) looks like a function",
    "PDF operators: ) Tj ET BT (x) \\ /Name <hex> [array] %comment",
    "Unicode \xE2\x89\xA5 95% \xC2\xA3 \xE2\x80\x9C" "curly\xE2\x80\x9D \xD0\xA2\xD0\xBE\xD1\x80\xD1\x96\xD1\x81 \xE2\x80\x94 dash"};

}  // namespace

TEST_CASE("formula-like input text is written as text, never as a formula", "[safety][xlsx]") {
    ScratchDir dir("safety-xlsx");
    REQUIRE(run_scorecard({"build", fixture_path("variants/hostile-text.csv"), "-o", dir.path(), "--no-history"})
                .exit_code == 0);
    XlsxWorkbook book(dir.file("hostile-text.xlsx"));
    for (const auto& name : book.sheet_names()) {
        const XlsxSheet& sheet = book.sheet(name);
        for (const auto& [ref, cell] : sheet.cells) {
            INFO(name << "!" << ref << " " << cell.text);
            CHECK(cell.formula.empty());
        }
    }
    for (const char* sheet_name : {"Scorecard", "Data"}) {
        const XlsxSheet& sheet = book.sheet(sheet_name);
        for (const auto& text : kHostile) {
            INFO(sheet_name << ": " << text);
            bool found = false;
            for (const auto& [ref, cell] : sheet.cells)
                if (cell.is_string() && cell.text == text) found = true;
            CHECK(found);
        }
        bool topic = false;
        for (const auto& [ref, cell] : sheet.cells)
            if (cell.is_string() && cell.text == "=Topic that looks like a formula") topic = true;
        CHECK(topic);
    }
}

TEST_CASE("PDF-syntax characters in input reach the page as text", "[safety][pdf]") {
    if (!tool_or_skip("pdftotext", "poppler-utils") || !tool_or_skip("qpdf", "qpdf")) return;
    ScratchDir dir("safety-pdf");
    REQUIRE(run_scorecard({"build", fixture_path("variants/hostile-text.csv"), "-o", dir.path(), "--no-history"})
                .exit_code == 0);
    CommandResult check = run_command("qpdf", {"--check", dir.file("hostile-text.pdf")});
    CHECK(check.exit_code == 0);
    CommandResult text = run_command("pdftotext", {"-raw", dir.file("hostile-text.pdf"), "-"});
    REQUIRE(text.exit_code == 0);
    // -raw keeps the reading order; a wrapped name continues on the next line.
    std::string flat;
    for (char c : text.out) flat += (c == '\n' ? ' ' : c);
    for (const auto& t : {std::string("PDF operators: ) Tj ET BT (x) \\ /Name"), std::string("<hex> [array] %comment"),
                          kHostile[5], kHostile[3]}) {
        INFO(t);
        CHECK(flat.find(t) != std::string::npos);
    }
}
