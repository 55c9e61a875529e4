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

}  // namespace scorecard::test
