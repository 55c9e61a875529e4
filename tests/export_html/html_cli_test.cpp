// --formats chooses the documents; the web page is replaced only when it is scorecard's own and
// unchanged since; a batch passes --formats to every child.
#include <catch2/catch.hpp>

#include "stages/export/html/html_origin.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"

using namespace scorecard::test;

namespace {

const std::string kSeed = "children-families-2022-23-q3";

CommandResult build(const ScratchDir& dir, std::vector<std::string> extra) {
    std::vector<std::string> args = {"build", fixture_path(kSeed + ".txt"), "-o", dir.path(), "--no-history"};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_scorecard(args);
}

}  // namespace

TEST_CASE("a build writes the documents --formats names, and refuses any other name", "[html][formats]") {
    ScratchDir dir("formats");
    SECTION("by default all four") {
        REQUIRE(build(dir, {}).exit_code == 0);
        for (const char* ext : {".xlsx", ".pdf", ".html", "-data.csv"}) CHECK(file_exists(dir.file(kSeed + ext)));
    }
    SECTION("only the page") {
        const CommandResult r = build(dir, {"--formats", "html"});
        CHECK(r.exit_code == 0);
        CHECK(r.out == "wrote " + dir.file(kSeed + ".html") + "\n");
        CHECK_FALSE(file_exists(dir.file(kSeed + ".xlsx")));
        CHECK_FALSE(file_exists(dir.file(kSeed + ".pdf")));
        CHECK_FALSE(file_exists(dir.file(kSeed + "-data.csv")));
    }
    SECTION("the workbook and the PDF, in any order, without the page") {
        CHECK(build(dir, {"--formats", "pdf,xlsx"}).exit_code == 0);
        CHECK(file_exists(dir.file(kSeed + ".xlsx")));
        CHECK(file_exists(dir.file(kSeed + ".pdf")));
        CHECK_FALSE(file_exists(dir.file(kSeed + ".html")));
    }
    SECTION("anything else is a usage error, before anything is written") {
        for (const char* bad : {"docx", "html,html", "xlsx,", "", "XLSX", "xlsx pdf"}) {
            const CommandResult r = build(dir, {"--formats", bad});
            INFO(bad << ": " << r.err);
            CHECK(r.exit_code == 2);
            CHECK(r.err.find("--formats") != std::string::npos);
        }
        CHECK_FALSE(file_exists(dir.file(kSeed + ".xlsx")));
        CHECK_FALSE(file_exists(dir.file(kSeed + ".html")));
    }
}

TEST_CASE("a batch build gives --formats to every child", "[html][formats][batch]") {
    ScratchDir dir("formats-batch");
    const CommandResult r = run_scorecard({"build", fixture_path("children-families-2022-23-q3.txt"),
                                           fixture_path("children-families-2019-20-q3.txt"), "-o", dir.path(),
                                           "--no-history", "--formats", "html", "-j", "2"});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    for (const char* stem : {"children-families-2022-23-q3", "children-families-2019-20-q3"}) {
        CHECK(file_exists(dir.file(std::string(stem) + ".html")));
        CHECK_FALSE(file_exists(dir.file(std::string(stem) + ".pdf")));
        CHECK_FALSE(file_exists(dir.file(std::string(stem) + ".xlsx")));
    }
}

TEST_CASE("a web page scorecard did not write, or one changed since, is not replaced", "[html][owned]") {
    ScratchDir dir("html-owned");
    const std::string page = dir.file(kSeed + ".html");
    SECTION("its own page is replaced") {
        REQUIRE(build(dir, {"--formats", "html"}).exit_code == 0);
        CHECK(scorecard::html::html_origin(page).written_by_scorecard);
        CHECK(build(dir, {"--formats", "html"}).exit_code == 0);
    }
    SECTION("a page of the user's is refused; --force replaces it") {
        write_file(page, "<!DOCTYPE html><html lang=\"en\"><title>Our own page</title></html>\n");
        const CommandResult r = build(dir, {"--formats", "html"});
        CHECK(r.exit_code == 2);
        CHECK(r.err.find("not an output scorecard wrote") != std::string::npos);
        CHECK(read_file(page).find("Our own page") != std::string::npos);
        CHECK(build(dir, {"--formats", "html", "--force"}).exit_code == 0);
        CHECK(scorecard::html::html_origin(page).written_by_scorecard);
    }
    SECTION("scorecard's page edited by hand is the user's") {
        REQUIRE(build(dir, {"--formats", "html"}).exit_code == 0);
        std::string text = read_file(page);
        text.replace(text.find("<h1>"), 4, "<h1>Edited: ");
        write_file(page, text);
        CHECK_FALSE(scorecard::html::html_origin(page).written_by_scorecard);
        CHECK(build(dir, {"--formats", "html"}).exit_code == 2);
        CHECK(read_file(page).find("Edited: ") != std::string::npos);
    }
    SECTION("a page cut short is not scorecard's") {
        REQUIRE(build(dir, {"--formats", "html"}).exit_code == 0);
        std::string text = read_file(page);
        write_file(page, text.substr(0, text.size() - 1));
        CHECK_FALSE(scorecard::html::html_origin(page).written_by_scorecard);
    }
}
