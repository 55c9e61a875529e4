// Settings are used or refused, never ignored: an option the command does not read, options that
// contradict each other or need another, and environment variables that cannot be read are usage
// errors (exit 2) naming the setting, before anything is read or written.
#include <catch2/catch.hpp>

#include "support/run_command.hpp"
#include "support/test_paths.hpp"

using namespace scorecard::test;

namespace {

const std::string kSeed = "children-families-2022-23-q3.txt";

struct Refusal {
    std::vector<std::string> args;
    std::map<std::string, std::string> env;
    std::string names;  // what the message must name
};

void check_refused(const Refusal& c, const ScratchDir& dir) {
    CommandResult r = run_scorecard(c.args, c.env);
    std::string shown;
    for (const auto& a : c.args) shown += a + " ";
    for (const auto& [k, v] : c.env) shown += k + "=" + v + " ";
    INFO(shown << "\n" << r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("scorecard: ") == 0);
    CHECK(r.err.find(c.names) != std::string::npos);
    CHECK_FALSE(file_exists(dir.file("out")));
    CHECK_FALSE(file_exists(dir.file("h.sqlite")));
}

}  // namespace

TEST_CASE("options that need or contradict another are usage errors naming them", "[cli][settings]") {
    ScratchDir dir("settings-options");
    const std::string in = fixture_path(kSeed), out = dir.file("out");
    const std::string national = fixture_path("national/made-up-national-2022-23.csv");
    const std::string neighbours = fixture_path("national/made-up-neighbours.csv");
    const std::vector<Refusal> cases = {
        {{"build", in, "-o", out, "--neighbours", neighbours}, {}, "--neighbours is used only with --national"},
        {{"build", in, "-o", out, "--authority", "LA00"}, {}, "--authority is used only with --national"},
        {{"validate", in, "--neighbours", neighbours}, {}, "--neighbours is used only with --national"},
        {{"build", in, "-o", out, "--no-history", "--history", dir.file("h.sqlite")}, {},
         "--no-history and --history contradict"},
        {{"build", in, "-o", out, "--history="}, {}, "--history needs a value"},
        {{"build", in, "-o", out, "--national=", "--no-history"}, {}, "--national needs a value"},
        {{"build", in, "-o", out, "--period=", "--no-history"}, {}, "--period needs a value"},
        {{"build", in, "-o", out, "--format", "json"}, {}, "--format is not used by build"},
        {{"validate", in, "-o", out}, {}, "--output is not used by validate"},
        {{"validate", in, "--no-history"}, {}, "--no-history is not used by validate"},
        {{"history", "import", fixture_path("history/past-quarters-made-up.csv"), "--history", dir.file("h.sqlite"),
          "--strict"},
         {},
         "--strict is not used by history import"},
        {{"history", "export", "--history", dir.file("h.sqlite"), "-t", "flat-2022-23"}, {},
         "--template is not used by history export"},
    };
    for (const auto& c : cases) check_refused(c, dir);
    // With what it needs, the same option is accepted.
    CHECK(run_scorecard({"validate", in, "--national", national, "--neighbours", neighbours}).exit_code == 0);
}

TEST_CASE("SCORECARD_HISTORY_WAIT that is not whole seconds is a usage error", "[cli][settings][history]") {
    ScratchDir dir("settings-wait");
    const std::string in = fixture_path(kSeed), out = dir.file("out");
    for (const std::string bad : {"-1", "abc", "1.5", " 5", "99999999999", "86401"}) {
        check_refused({{"build", in, "-o", out}, {{"SCORECARD_HISTORY_WAIT", bad}}, "SCORECARD_HISTORY_WAIT=\"" + bad + "\""},
                      dir);
        check_refused({{"history", "export", "--history", dir.file("h.sqlite")},
                       {{"SCORECARD_HISTORY_WAIT", bad}},
                       "SCORECARD_HISTORY_WAIT"},
                      dir);
    }
    // A build that uses no store does not read it; 0 and an empty value are valid.
    CHECK(run_scorecard({"validate", in}, {{"SCORECARD_HISTORY_WAIT", "abc"}}).exit_code == 0);
    CHECK(run_scorecard({"build", in, "-o", out, "--quiet"}, {{"SCORECARD_HISTORY_WAIT", "0"}}).exit_code == 0);
    CHECK(file_exists(dir.file("out/history.sqlite")));
}

TEST_CASE("SOURCE_DATE_EPOCH that a document cannot carry is a usage error", "[cli][settings]") {
    ScratchDir dir("settings-epoch");
    const std::string in = fixture_path(kSeed), out = dir.file("out");
    for (const std::string bad : {"-1", "abc", "1e9", "12 ", "253402300800", "99999999999999999999"})
        check_refused({{"build", in, "-o", out, "--no-history"}, {{"SOURCE_DATE_EPOCH", bad}},
                       "SOURCE_DATE_EPOCH=\"" + bad + "\""},
                      dir);
    // The last second of 9999 is the latest a workbook and a PDF can carry, and it loads.
    CommandResult last = run_scorecard({"build", in, "-o", out, "--no-history", "--quiet"},
                                       {{"SOURCE_DATE_EPOCH", "253402300799"}});
    REQUIRE(last.exit_code == 0);
    const std::string book = dir.file("out/children-families-2022-23-q3.xlsx");
    CommandResult openpyxl = run_command(
        "/usr/bin/python3",
        {"-c", "import sys, openpyxl; print(openpyxl.load_workbook(sys.argv[1]).properties.created)", book});
    if (openpyxl.exit_code != 0 && std::getenv("CI") == nullptr && openpyxl.err.find("No module") != std::string::npos) {
        WARN("openpyxl is missing: install python3-openpyxl");
        return;
    }
    CHECK(openpyxl.exit_code == 0);
    CHECK(openpyxl.out.find("9999-12-31 23:59:59") != std::string::npos);
}

TEST_CASE("text an option prints that no document can hold is a usage error naming the option", "[cli][settings]") {
    ScratchDir dir("settings-unprintable");
    const std::string in = fixture_path(kSeed), out = dir.file("out");
    for (const auto& [text, named] : std::vector<std::pair<std::string, std::string>>{
             {"Q3 \xEF\xBF\xBE 2022/23", "--period holds a noncharacter U+FFFE"},
             {"Q3 \xEF\xBF\xBF", "--period holds a noncharacter U+FFFF"},
             {"Q3\x01 2022/23", "--period holds a control character 0x01"},
             {"Q3 \xFF 2022/23", "--period holds a byte 0xFF that is not UTF-8"}})
        check_refused({{"build", in, "-o", out, "--no-history", "--period", text}, {}, named}, dir);
}
