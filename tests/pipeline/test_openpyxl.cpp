// The workbook read as a finance officer's script reads it (python3-openpyxl): every figure of
// both seeds, on the Scorecard and Data sheets, is a number cell with a number format.
#include <catch2/catch.hpp>

#include "support/run_command.hpp"
#include "support/test_paths.hpp"

using namespace scorecard::test;

TEST_CASE("openpyxl reads every figure of both seeds as a number", "[xlsx][openpyxl]") {
    CommandResult probe = run_command("/usr/bin/python3", {"-c", "import openpyxl"});
    if (!needed_or_skip(probe.exit_code == 0, "Python's openpyxl module", "python3-openpyxl")) return;
    ScratchDir dir("openpyxl");
    for (const char* seed : {"children-families-2022-23-q3", "children-families-2019-20-q3"}) {
        INFO(seed);
        REQUIRE(run_scorecard({"build", fixture_path(std::string(seed) + ".txt"), "-o", dir.path(), "--no-history"})
                    .exit_code == 0);
        CommandResult r = run_command("/usr/bin/python3", {source_path("tests/pipeline/check_workbook_numbers.py"),
                                                           dir.file(std::string(seed) + ".xlsx")});
        INFO(r.out << r.err);
        CHECK(r.exit_code == 0);
        CHECK(r.out.find("figure cells, all numbers with a number format") != std::string::npos);
    }
}
