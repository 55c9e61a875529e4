// Runs a program (the scorecard CLI, pdftotext, qpdf) and captures what it printed.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace scorecard::test {

struct CommandResult {
    int exit_code = -1;
    std::string out;  // standard output
    std::string err;  // standard error
};

CommandResult run_command(const std::string& program, const std::vector<std::string>& args,
                          const std::map<std::string, std::string>& env = {});
// Runs build/scorecard with the arguments.
CommandResult run_scorecard(const std::vector<std::string>& args, const std::map<std::string, std::string>& env = {});
// True when a tool (pdftotext, qpdf) is on PATH.
bool have_tool(const std::string& name);

// For a test that needs something outside the program (a tool, a Python module): returns true
// when `present`. When it is missing the test FAILS if the environment variable CI is set
// (.ci/setup installs everything), and otherwise prints kSkipMarker, which ctest reports as
// "Skipped" (tests/CMakeLists.txt), and returns false so the test can return early.
bool needed_or_skip(bool present, const std::string& what, const std::string& debian_package);
// The same for a program on PATH.
bool tool_or_skip(const std::string& tool, const std::string& debian_package);
extern const char* const kSkipMarker;

}  // namespace scorecard::test
