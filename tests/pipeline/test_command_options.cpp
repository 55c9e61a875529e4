// The command line's options are defined once (pipeline/cli/command_options.cpp): Poco parses
// them, --help and the man page list them, and a batch build passes each one to its children
// unless it is the batch's own.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "pipeline/cli/command_options.hpp"
#include "pipeline/cli/scorecard_app.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"

using namespace scorecard::test;
using scorecard::InBatch;

namespace {

const std::map<std::string, std::string> kFixedTime = {{"SOURCE_DATE_EPOCH", "1700000000"}};

}  // namespace

TEST_CASE("every option the command line defines comes from the one option table", "[cli][options]") {
    scorecard::ScorecardApp app;
    app.init(std::vector<std::string>{"scorecard"});
    std::set<std::string> defined;
    for (const auto& option : app.options()) defined.insert(option.fullName());
    std::set<std::string> table = {"help", "version", "man-page"};  // the actions, handled apart
    for (const auto& option : scorecard::command_options()) table.insert(option.name);
    CHECK(defined == table);
}

TEST_CASE("a batch passes every option to each child except the batch's own", "[cli][options][batch]") {
    std::set<std::string> batch_own;
    for (const auto& option : scorecard::command_options()) {
        INFO("--" << option.name);
        const bool takes_value = *option.argument != '\0';
        const std::vector<std::string> child =
            scorecard::batch_child_arguments({{option.name, takes_value ? "VALUE" : ""}});
        if (option.in_batch == InBatch::BatchOwn) {
            CHECK(child.empty());
            batch_own.insert(option.name);
        } else if (takes_value) {
            CHECK(child == std::vector<std::string>{"--" + std::string(option.name), "VALUE"});
        } else {
            CHECK(child == std::vector<std::string>{"--" + std::string(option.name)});
        }
    }
    // The batch's own: how many at once, quiet (the children always are; the batch prints the
    // summary) and the history snapshot the batch gives its children. Anything else reaches them.
    CHECK(batch_own == std::set<std::string>{"jobs", "quiet", "history-read"});
    // In the order given, a value kept whole.
    CHECK(scorecard::batch_child_arguments({{"strict", ""}, {"period", "FY2022/23 Q3"}, {"jobs", "2"}}) ==
          std::vector<std::string>{"--strict", "--period", "FY2022/23 Q3"});
    // A repeatable option reaches the child as often as it was given.
    CHECK(scorecard::batch_child_arguments({{"national", "a.csv"}, {"national-map", "m.json"}, {"national", "b.csv"}}) ==
          std::vector<std::string>{"--national", "a.csv", "--national-map", "m.json", "--national", "b.csv"});
}

TEST_CASE("a batch built with options gives what single builds with them give", "[cli][options][batch]") {
    const std::vector<std::string> options = {
        "--first-page", "7", "--period", "Made-up period", "--no-history", "-t", "sectioned-2019-20",
        "--national", fixture_path("national/made-up-national-2022-23.csv"),
        "--neighbours", fixture_path("national/made-up-neighbours.csv"), "--authority", "LA00"};
    const std::vector<std::string> inputs = {"made-up-one-page.txt", "children-families-2022-23-q3.txt"};
    ScratchDir alone("options-alone"), batch("options-batch");
    for (const auto& input : inputs) {
        std::vector<std::string> args = {"build", fixture_path(input), "-o", alone.path()};
        args.insert(args.end(), options.begin(), options.end());
        REQUIRE(run_scorecard(args, kFixedTime).exit_code == 0);
    }
    std::vector<std::string> args = {"build", fixture_path(inputs[0]), fixture_path(inputs[1]), "-o", batch.path(), "-j", "2"};
    args.insert(args.end(), options.begin(), options.end());
    REQUIRE(run_scorecard(args, kFixedTime).exit_code == 0);
    for (const auto& input : inputs) {
        const std::string stem = input.substr(0, input.rfind('.'));
        INFO(stem);
        CHECK(read_file(batch.file(stem + ".pdf")) == read_file(alone.file(stem + ".pdf")));
        CHECK(read_file(batch.file(stem + ".xlsx")) == read_file(alone.file(stem + ".xlsx")));
    }
}

TEST_CASE("the man page is written from the same options and texts as --help", "[cli][man]") {
    const CommandResult help = run_scorecard({"--help"});
    const CommandResult man = run_scorecard({"--man-page"});
    REQUIRE(help.exit_code == 0);
    REQUIRE(man.exit_code == 0);
    CHECK(man.out.rfind(".TH SCORECARD 1 ", 0) == 0);
    for (const auto& option : scorecard::command_options()) {
        INFO("--" << option.name);
        CHECK(help.out.find("--" + std::string(option.name)) != std::string::npos);
        std::string roff_name = "\\-\\-";
        for (char c : std::string(option.name)) roff_name += c == '-' ? std::string("\\-") : std::string(1, c);
        CHECK(man.out.find(roff_name) != std::string::npos);
    }
    for (const auto& section : {".SH NAME", ".SH SYNOPSIS", ".SH OPTIONS", ".SH EXIT STATUS", ".SH ENVIRONMENT"})
        CHECK(man.out.find(section) != std::string::npos);
    // groff, which man(1) renders pages with, reads it without a warning.
    if (!tool_or_skip("groff", "groff-base")) return;
    ScratchDir dir("man-page");
    write_file(dir.file("scorecard.1"), man.out);
    const CommandResult shown = run_command("/usr/bin/env", {"groff", "-man", "-Tascii", "-ww", dir.file("scorecard.1")});
    INFO(shown.err);
    CHECK(shown.exit_code == 0);
    CHECK(shown.err.empty());
    CHECK(shown.out.find("--first-page N") != std::string::npos);
}
