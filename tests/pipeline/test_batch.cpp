// Batch builds: several inputs (files or a folder) built in parallel, each into its own
// outputs; a bad input fails alone; a summary lists each; outputs are byte for byte what a
// build of that input alone gives, in any order and with any number of workers.
#include <catch2/catch.hpp>

#include <Poco/File.h>

#include "support/run_command.hpp"
#include "support/test_paths.hpp"

using namespace scorecard::test;

namespace {

const std::map<std::string, std::string> kFixedTime = {{"SOURCE_DATE_EPOCH", "1700000000"}};

const std::vector<std::string> kInputs = {"children-families-2022-23-q3.txt", "children-families-2019-20-q3.txt",
                                          "variants/topic-first-row-only.tsv", "bad/not-a-number.txt"};

std::string stem(const std::string& input) {
    std::string name = input.substr(input.rfind('/') + 1);
    return name.substr(0, name.rfind('.'));
}

}  // namespace

TEST_CASE("a batch builds every good input, fails the bad one alone, and summarises", "[batch]") {
    ScratchDir dir("batch-summary");
    std::vector<std::string> args = {"build"};
    for (const auto& i : kInputs) args.push_back(fixture_path(i));
    args.insert(args.end(), {"-o", dir.path(), "-j", "2"});
    CommandResult r = run_scorecard(args, kFixedTime);
    CHECK(r.exit_code == 1);
    CHECK(r.out.find("Summary of 4 inputs") != std::string::npos);
    CHECK(r.out.find("built  " + fixture_path(kInputs[0])) != std::string::npos);
    CHECK(r.out.find("rejected  " + fixture_path("bad/not-a-number.txt")) != std::string::npos);
    CHECK(r.out.find("3 built, 1 not built") != std::string::npos);
    CHECK(r.err.find("not-a-number.txt:2:103: error:") != std::string::npos);
    for (int k = 0; k < 3; ++k) {
        CHECK(file_exists(dir.file(stem(kInputs[k]) + ".xlsx")));
        CHECK(file_exists(dir.file(stem(kInputs[k]) + ".pdf")));
    }
    CHECK_FALSE(file_exists(dir.file("not-a-number.xlsx")));
    // No progress bar when standard error is not a terminal.
    CHECK(r.err.find('\r') == std::string::npos);
}

TEST_CASE("batch outputs equal single builds, in any order and with any number of workers", "[batch]") {
    ScratchDir alone("batch-alone");
    for (int k = 0; k < 3; ++k)
        REQUIRE(run_scorecard({"build", fixture_path(kInputs[k]), "-o", alone.file(std::to_string(k))}, kFixedTime)
                    .exit_code == 0);
    for (const auto& [order, jobs] : std::vector<std::pair<std::vector<int>, std::string>>{
             {{0, 1, 2, 3}, "1"}, {{3, 2, 1, 0}, "3"}, {{2, 0, 3, 1}, "2"}}) {
        ScratchDir dir("batch-order");
        std::vector<std::string> args = {"build"};
        for (int k : order) args.push_back(fixture_path(kInputs[static_cast<std::size_t>(k)]));
        args.insert(args.end(), {"-o", dir.path(), "--jobs", jobs});
        CHECK(run_scorecard(args, kFixedTime).exit_code == 1);
        for (int k = 0; k < 3; ++k) {
            INFO("input " << kInputs[k] << " with " << jobs << " workers");
            const std::string s = stem(kInputs[k]);
            CHECK(read_file(dir.file(s + ".xlsx")) == read_file(alone.file(std::to_string(k) + "/" + s + ".xlsx")));
            CHECK(read_file(dir.file(s + ".pdf")) == read_file(alone.file(std::to_string(k) + "/" + s + ".pdf")));
        }
    }
}

TEST_CASE("a folder as input builds its tables", "[batch]") {
    ScratchDir dir("batch-folder");
    Poco::File(dir.file("in")).createDirectories();
    write_file(dir.file("in/a.txt"), read_file(fixture_path(kInputs[0])));
    write_file(dir.file("in/b.csv"), read_file(fixture_path("variants/topic-every-row.csv")));
    write_file(dir.file("in/notes.md"), "not a table");
    CommandResult r = run_scorecard({"build", dir.file("in"), "-o", dir.file("out"), "--quiet"});
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("2 built, 0 not built") != std::string::npos);
    CHECK(file_exists(dir.file("out/a.pdf")));
    CHECK(file_exists(dir.file("out/b.xlsx")));
    CHECK(run_scorecard({"build", dir.file("empty-or-missing"), "-o", dir.file("out")}).exit_code == 2);
}

TEST_CASE("two inputs with one stem are refused before anything is built", "[batch]") {
    ScratchDir dir("batch-stems");
    Poco::File(dir.file("x")).createDirectories();
    write_file(dir.file("x/children-families-2022-23-q3.csv"), read_file(fixture_path("variants/topic-every-row.csv")));
    CommandResult r = run_scorecard(
        {"build", fixture_path(kInputs[0]), dir.file("x/children-families-2022-23-q3.csv"), "-o", dir.file("out")});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("would both write the outputs named children-families-2022-23-q3;") != std::string::npos);
    CHECK_FALSE(file_exists(dir.file("out")));
}

TEST_CASE("on a terminal a batch shows a progress bar, and not with --quiet", "[batch][progress]") {
    // script(1) gives the build a terminal.
    if (!tool_or_skip("script", "bsdutils")) return;
    ScratchDir dir("batch-progress");
    // script(1) runs the build on a pseudo-terminal, as an officer at a terminal would.
    const std::string command = scorecard_exe() + " build " + fixture_path(kInputs[0]) + " " + fixture_path(kInputs[1]) +
                                " -o " + dir.path() + " --no-history";
    CommandResult shown = run_command("script", {"-qec", command, "/dev/null"});
    CHECK(shown.exit_code == 0);
    CHECK(shown.out.find("[####") != std::string::npos);
    CHECK(shown.out.find("2/2") != std::string::npos);
    CommandResult quiet = run_command("script", {"-qec", command + " --quiet", "/dev/null"});
    CHECK(quiet.exit_code == 0);
    CHECK(quiet.out.find("[####") == std::string::npos);
    CHECK(quiet.out.find("2 built, 0 not built") != std::string::npos);
}
