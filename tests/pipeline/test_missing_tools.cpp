// A test that needs a tool outside the program fails in CI when the tool is missing, and is
// reported as skipped (never as passed) elsewhere. The hidden test case below stands for such a
// test; it is run in a child process with and without CI set.
#include <catch2/catch.hpp>

#include "support/run_command.hpp"
#include "support/test_paths.hpp"

using namespace scorecard::test;

TEST_CASE("a test whose tool is missing", "[.missing-tool-probe]") {
    if (!tool_or_skip("no-such-tool-scorecard-needs", "no-such-package")) return;
    FAIL("the tool cannot be present");
}

TEST_CASE("a missing tool fails the test in CI and skips it elsewhere", "[tools]") {
    const std::string self = std::string(SCORECARD_BINARY_DIR) + "/tests/test_pipeline";
    const std::vector<std::string> args = {"a test whose tool is missing"};

    const CommandResult in_ci = run_command(self, args, {{"CI", "true"}});
    INFO(in_ci.out << in_ci.err);
    CHECK(in_ci.exit_code != 0);
    CHECK(in_ci.out.find("no-such-tool-scorecard-needs is missing; CI must install no-such-package") != std::string::npos);
    CHECK(in_ci.out.find(kSkipMarker) == std::string::npos);

    const CommandResult outside = run_command(self, args, {{"CI", ""}});
    INFO(outside.out << outside.err);
    CHECK(outside.exit_code == 0);
    CHECK(outside.out.find(kSkipMarker) != std::string::npos);  // ctest reports it as skipped
}
