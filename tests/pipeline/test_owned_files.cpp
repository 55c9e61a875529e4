// Files the user owns are never written over: an input of the run, the history store, or a file
// scorecard did not write (told apart by the metadata scorecard writes). Each refusal is exit 2
// before anything is written; --force allows only replacing a file scorecard did not write.
#include <catch2/catch.hpp>

#include <Poco/DirectoryIterator.h>
#include <Poco/Path.h>

#include <unistd.h>

#include "pipeline/driver/output_guard.hpp"
#include "stages/export/pdf/pdf_origin.hpp"
#include "stages/export/xlsx/workbook_origin.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"

using namespace scorecard::test;

namespace {

const std::string kSeed = "children-families-2022-23-q3.txt";

std::vector<std::string> names_in(const std::string& dir) {
    std::vector<std::string> names;
    for (Poco::DirectoryIterator it(dir), end; it != end; ++it) names.push_back(it.name());
    std::sort(names.begin(), names.end());
    return names;
}

// A PDF as a word processor writes one: its own Producer, dates of its own.
const std::string kWordPdf =
    "%PDF-1.7\n1 0 obj\n<</Type/Catalog>>\nendobj\n2 0 obj\n<</Producer(Microsoft\\256 Word for Microsoft 365)"
    "/Creator(Microsoft Word)/CreationDate(D:20230101120000Z)/ModDate(D:20230101120000Z)>>\nendobj\n"
    "trailer\n<</Root 1 0 R/Info 2 0 R>>\n%%EOF\n";

void check_refused(const CommandResult& r, const std::string& says) {
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find(says) != std::string::npos);
}

bool openpyxl_missing(const CommandResult& r) {
    if (r.exit_code == 0 || r.err.find("No module named") == std::string::npos) return false;
    if (std::getenv("CI")) FAIL("openpyxl is missing in CI: install python3-openpyxl");
    WARN("openpyxl is missing: install python3-openpyxl");
    return true;
}

}  // namespace

TEST_CASE("an input inside OUTDIR named like an output is never replaced", "[owned][build]") {
    ScratchDir dir("owned-input");
    // A table saved as report.pdf: its outputs would be report.xlsx and report.pdf, the input.
    const std::string table = read_file(fixture_path(kSeed));
    write_file(dir.file("report.pdf"), table);
    for (const bool force : {false, true}) {
        std::vector<std::string> args = {"build", dir.file("report.pdf"), "-o", dir.path(), "--no-history"};
        if (force) args.push_back("--force");
        CommandResult r = run_scorecard(args);
        check_refused(r, "report.pdf: is the table of this run");
        CHECK(read_file(dir.file("report.pdf")) == table);
        CHECK(names_in(dir.path()) == std::vector<std::string>{"report.pdf"});
    }
    // The same for a template saved where an output goes.
    write_file(dir.file("seed.json"), read_file(source_path("output_templates/flat-2022-23.json")));
    write_file(dir.file("seed.txt"), table);
    const std::string template_text = read_file(dir.file("seed.json"));
    std::rename(dir.file("seed.json").c_str(), dir.file("seed.pdf").c_str());
    CommandResult t = run_scorecard({"build", dir.file("seed.txt"), "-o", dir.path(), "-t", dir.file("seed.pdf"),
                                     "--no-history", "--force"});
    check_refused(t, "seed.pdf: is the template of this run");
    CHECK(read_file(dir.file("seed.pdf")) == template_text);
}

TEST_CASE("a file of the user's at an output path is refused unless --force", "[owned][build]") {
    ScratchDir dir("owned-user-files");
    write_file(dir.file("q4.csv"), read_file(fixture_path("variants/topic-every-row.csv")));
    // q4.xlsx beside q4.csv is the officer's own spreadsheet; report.pdf came from Word.
    const std::string workbook = read_file(fixture_path("bad/excel-workbook.xlsx"));
    write_file(dir.file("q4.xlsx"), workbook);
    CommandResult r = run_scorecard({"build", dir.file("q4.csv"), "-o", dir.path(), "--no-history"});
    check_refused(r, "q4.xlsx: exists and is not an output scorecard wrote");
    CHECK(r.err.find("give --force to replace it") != std::string::npos);
    CHECK(read_file(dir.file("q4.xlsx")) == workbook);
    CHECK(names_in(dir.path()) == std::vector<std::string>{"q4.csv", "q4.xlsx"});

    std::remove(dir.file("q4.xlsx").c_str());
    write_file(dir.file("q4.pdf"), kWordPdf);
    CommandResult word = run_scorecard({"build", dir.file("q4.csv"), "-o", dir.path(), "--no-history"});
    check_refused(word, "q4.pdf: exists and is not an output scorecard wrote (it is a PDF made by Microsoft? Word");
    CHECK(read_file(dir.file("q4.pdf")) == kWordPdf);
    CHECK(names_in(dir.path()) == std::vector<std::string>{"q4.csv", "q4.pdf"});

    // A symbolic link at an output path is not scorecard's either.
    std::remove(dir.file("q4.pdf").c_str());
    write_file(dir.file("elsewhere.pdf"), kWordPdf);
    REQUIRE(::symlink(dir.file("elsewhere.pdf").c_str(), dir.file("q4.pdf").c_str()) == 0);
    check_refused(run_scorecard({"build", dir.file("q4.csv"), "-o", dir.path(), "--no-history"}),
                  "q4.pdf: exists and is not an output scorecard wrote (it is a symbolic link)");
    CHECK(read_file(dir.file("elsewhere.pdf")) == kWordPdf);

    // --force replaces it (the link itself, never the file it points at).
    CommandResult forced = run_scorecard({"build", dir.file("q4.csv"), "-o", dir.path(), "--no-history", "--force"});
    CHECK(forced.exit_code == 0);
    CHECK(scorecard::pdf::pdf_origin(dir.file("q4.pdf")).written_by_scorecard);
    CHECK(scorecard::xlsx::workbook_origin(dir.file("q4.xlsx")).written_by_scorecard);
    CHECK(read_file(dir.file("elsewhere.pdf")) == kWordPdf);
    // Outputs scorecard wrote are replaced by the next build without --force.
    CHECK(run_scorecard({"build", dir.file("q4.csv"), "-o", dir.path(), "--no-history"}).exit_code == 0);
}

TEST_CASE("an output of scorecard's saved since by another program is the user's", "[owned][build]") {
    ScratchDir dir("owned-saved-since");
    REQUIRE(run_scorecard({"build", fixture_path(kSeed), "-o", dir.path(), "--no-history"}).exit_code == 0);
    const std::string book = dir.file("children-families-2022-23-q3.xlsx");
    const std::string pdf = dir.file("children-families-2022-23-q3.pdf");
    CHECK(scorecard::xlsx::workbook_origin(book).written_by_scorecard);
    CHECK(scorecard::pdf::pdf_origin(pdf).written_by_scorecard);

    // A PDF updated in place (an incremental update, as a viewer saving notes appends) carries
    // a new modification date.
    std::string updated = read_file(pdf) +
                          "900 0 obj\n<</Producer(scorecard 0.1.0 \\(PoDoFo 0.9.8\\))/CreationDate(D:20260101000000Z)"
                          "/ModDate(D:20260102093000Z)>>\nendobj\n%%EOF\n";
    write_file(pdf, updated);
    CHECK_FALSE(scorecard::pdf::pdf_origin(pdf).written_by_scorecard);
    check_refused(run_scorecard({"build", fixture_path(kSeed), "-o", dir.path(), "--no-history"}),
                  "(it is a PDF scorecard made, changed since)");
    CHECK(read_file(pdf) == updated);

    // A workbook saved again by a spreadsheet program (openpyxl here, as Excel would) stamps the
    // time it was saved.
    std::remove(pdf.c_str());
    CommandResult saved = run_command(
        "/usr/bin/python3", {"-c", "import sys, openpyxl; wb = openpyxl.load_workbook(sys.argv[1]); wb.save(sys.argv[1])", book});
    if (openpyxl_missing(saved)) return;
    REQUIRE(saved.exit_code == 0);
    const std::string resaved = read_file(book);
    CHECK_FALSE(scorecard::xlsx::workbook_origin(book).written_by_scorecard);
    check_refused(run_scorecard({"build", fixture_path(kSeed), "-o", dir.path(), "--no-history"}),
                  "(it is a workbook scorecard made, saved since by");
    CHECK(read_file(book) == resaved);
    CHECK_FALSE(file_exists(pdf));
}

TEST_CASE("the history store is never an output, nor an input's place", "[owned][history]") {
    ScratchDir dir("owned-store");
    const std::string seed = fixture_path(kSeed);
    REQUIRE(run_scorecard({"build", seed, "-o", dir.path()}).exit_code == 0);
    const std::string store = dir.file("history.sqlite");
    const std::string store_bytes = read_file(store);
    const std::string pdf = dir.file("children-families-2022-23-q3.pdf");
    const std::string pdf_bytes = read_file(pdf);
    for (const bool force : {false, true}) {
        auto with_force = [&](std::vector<std::string> args) {
            if (force) args.push_back("--force");
            return args;
        };
        // --history pointed at an output, existing or not.
        check_refused(run_scorecard(with_force({"build", seed, "-o", dir.path(), "--history", pdf})),
                      "the history store is where this run writes an output");
        check_refused(run_scorecard(with_force({"build", seed, "-o", dir.file("new"), "--history",
                                                dir.file("new/children-families-2022-23-q3.xlsx")})),
                      "the history store is where this run writes an output");
        CHECK_FALSE(file_exists(dir.file("new")));
        // --history pointed at the table.
        write_file(dir.file("table.txt"), read_file(seed));
        check_refused(run_scorecard(with_force({"build", dir.file("table.txt"), "-o", dir.file("out"), "--history",
                                                dir.file("table.txt")})),
                      "the history store is the table of this run");
        CHECK(read_file(dir.file("table.txt")) == read_file(seed));
        // history export with the store's own path as the CSV.
        check_refused(run_scorecard(with_force({"history", "export", store, "--history", store})),
                      "is the history store; scorecard never writes an output over it");
        CHECK(read_file(store) == store_bytes);
        CHECK(read_file(pdf) == pdf_bytes);
    }
    // history import of the store itself.
    check_refused(run_scorecard({"history", "import", store, "--history", store}), "is the history store itself");
    CHECK(read_file(store) == store_bytes);
}

TEST_CASE("history export replaces an existing CSV only with --force", "[owned][history]") {
    ScratchDir dir("owned-export");
    REQUIRE(run_scorecard({"history", "import", fixture_path("history/past-quarters-made-up.csv"), "--history",
                           dir.file("h.sqlite")})
                .exit_code == 0);
    write_file(dir.file("mine.csv"), "indicator id,period,value\nkept,Q1 2022/23,1\n");
    CommandResult r = run_scorecard({"history", "export", dir.file("mine.csv"), "--history", dir.file("h.sqlite")});
    check_refused(r, "mine.csv: exists and is not an output scorecard wrote");
    CHECK(read_file(dir.file("mine.csv")) == "indicator id,period,value\nkept,Q1 2022/23,1\n");
    CHECK(run_scorecard({"history", "export", dir.file("mine.csv"), "--history", dir.file("h.sqlite"), "--force"})
              .exit_code == 0);
    CHECK(read_file(dir.file("mine.csv")).find("care-leavers-eet") != std::string::npos);
    CHECK(names_in(dir.path()) == std::vector<std::string>{"h.sqlite", "mine.csv"});
}

TEST_CASE("same_file sees one file through links and spellings", "[owned]") {
    ScratchDir dir("owned-same-file");
    write_file(dir.file("a.txt"), "x");
    REQUIRE(::symlink(dir.file("a.txt").c_str(), dir.file("link.txt").c_str()) == 0);
    CHECK(scorecard::same_file(dir.file("a.txt"), dir.file("link.txt")));
    CHECK(scorecard::same_file(dir.file("a.txt"), dir.path() + "/./a.txt"));
    CHECK(scorecard::same_file(dir.file("new.pdf"), dir.path() + "/../" + Poco::Path(dir.path()).getFileName() + "/new.pdf"));
    CHECK_FALSE(scorecard::same_file(dir.file("a.txt"), dir.file("b.txt")));
}
