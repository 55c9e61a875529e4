// Workbooks through the command line as a user runs it: folder builds take them (and say what
// they skip), findings and the JSON report locate by sheet and cell, and the built workbook's
// Findings sheet names the input's cells.
#include <catch2/catch.hpp>

#include <Poco/File.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include "support/run_command.hpp"
#include "support/test_paths.hpp"
#include "support/xlsx_reader.hpp"

using namespace scorecard::test;

TEST_CASE("a folder build takes its workbooks and says which files it skips", "[workbook][cli]") {
    ScratchDir scratch("workbook-folder");
    const std::string in = scratch.file("in");
    Poco::File(in).createDirectories();
    write_file(in + "/text-table.txt", read_file(fixture_path("made-up-one-page.txt")));
    write_file(in + "/excel-book.xlsx", read_file(fixture_path("workbooks/made-up-one-page.xlsxwriter.xlsx")));
    write_file(in + "/calc-book.ods", read_file(fixture_path("workbooks/made-up-one-page.libreoffice.ods")));
    write_file(in + "/old-book.xls", read_file(fixture_path("bad/old-format.xls")));
    write_file(in + "/~$excel-book.xlsx", "lock");
    write_file(in + "/minutes.pdf", "%PDF-1.7\n");
    const CommandResult r = run_scorecard({"build", in, "-o", scratch.file("out"), "--no-history", "-j", "2"});
    INFO(r.err << r.out);
    CHECK(r.exit_code == 0);
    for (const char* stem : {"text-table", "excel-book", "calc-book"}) {
        CHECK(file_exists(scratch.file("out/") + stem + ".xlsx"));
        CHECK(file_exists(scratch.file("out/") + stem + ".pdf"));
    }
    CHECK(r.err.find("scorecard: note: " + in + "/old-book.xls: an Excel 97-2003 workbook, which scorecard does not "
                                                "read (save it as .xlsx); skipped") != std::string::npos);
    CHECK(r.err.find("scorecard: note: " + in + "/~$excel-book.xlsx: a lock file of an open workbook; skipped") !=
          std::string::npos);
    CHECK(r.err.find("scorecard: note: " + in + "/minutes.pdf: not a table file; skipped") != std::string::npos);
}

TEST_CASE("the JSON report locates a workbook's findings by sheet, row, column and reference", "[workbook][cli]") {
    const CommandResult r =
        run_scorecard({"validate", fixture_path("bad/formula-without-value.xlsx"), "--format", "json"});
    CHECK(r.exit_code == 1);
    const auto root = Poco::JSON::Parser().parse(r.out).extract<Poco::JSON::Object::Ptr>();
    CHECK(root->getValue<std::string>("format") == "xlsx");
    CHECK(root->getValue<std::string>("sheet") == "Q4");
    const auto findings = root->getArray("findings");
    bool found = false;
    for (std::size_t i = 0; i < findings->size(); ++i) {
        const auto f = findings->getObject(static_cast<unsigned>(i));
        if (f->getValue<std::string>("code") != "formula-without-value") continue;
        found = true;
        CHECK(f->getValue<std::string>("sheet") == "Q4");
        CHECK(f->getValue<int>("row") == 2);
        CHECK(f->getValue<int>("line") == 2);
        CHECK(f->getValue<int>("column") == 9);
        CHECK(f->getValue<std::string>("reference") == "I2");
    }
    CHECK(found);
    // A text input's findings have no sheet.
    const CommandResult text = run_scorecard({"validate", fixture_path("bad/not-a-number.txt"), "--format", "json"});
    const auto text_root = Poco::JSON::Parser().parse(text.out).extract<Poco::JSON::Object::Ptr>();
    CHECK(text_root->getValue<std::string>("format") == "text");
    CHECK_FALSE(text_root->has("sheet"));
    CHECK_FALSE(text_root->getArray("findings")->getObject(0)->has("sheet"));
}

TEST_CASE("the built workbook's Findings sheet names the input workbook's cells", "[workbook][cli]") {
    ScratchDir scratch("workbook-findings");
    const CommandResult r = run_scorecard({"build", fixture_path("workbooks/artefacts.xlsxwriter.xlsx"), "-o",
                                           scratch.path(), "--no-history", "--quiet"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const XlsxWorkbook book(scratch.file("artefacts.xlsxwriter.xlsx"));
    const XlsxSheet& findings = book.sheet("Findings");
    CHECK(findings.at("C3").text == "Cell");  // after Severity and Check; no Line or Column
    bool period_note = false;
    for (const auto& [row, cell] : findings.column(3, 4))
        if (cell->text == "Q3!I2") period_note = findings.at(cell_ref(row, 2)).text == "period-inferred";
    CHECK(period_note);
    CHECK(findings.at("A2").text.find("Cell is the sheet and cell of the input workbook") != std::string::npos);
}

TEST_CASE("a workbook built in its own folder never replaces itself, even scorecard's own", "[workbook][cli]") {
    ScratchDir scratch("workbook-own-folder");
    // Its outputs would be book.xlsx (the input itself), book.pdf and book.html.
    write_file(scratch.file("book.xlsx"), read_file(fixture_path("workbooks/made-up-one-page.xlsxwriter.xlsx")));
    // scorecard's own workbook, which a rebuild would otherwise be allowed to replace.
    const CommandResult made = run_scorecard(
        {"build", fixture_path("made-up-one-page.txt"), "-o", scratch.file("own"), "--no-history", "--quiet"});
    REQUIRE(made.exit_code == 0);
    const std::string own = scratch.file("own/made-up-one-page.xlsx");
    for (const std::string& input : {scratch.file("book.xlsx"), own}) {
        const std::string before = read_file(input);
        const std::string folder = input.substr(0, input.rfind('/'));
        for (const bool force : {false, true}) {
            std::vector<std::string> args = {"build", input, "-o", folder, "--no-history"};
            if (force) args.push_back("--force");
            const CommandResult r = run_scorecard(args);
            INFO(input << " " << r.err);
            CHECK(r.exit_code == 2);
            CHECK(r.err.find(input + ": is the table of this run") != std::string::npos);
            CHECK(read_file(input) == before);
        }
    }
}
