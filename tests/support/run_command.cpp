#include "run_command.hpp"

#include <Poco/Environment.h>
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <iostream>
#include <thread>

#include "test_paths.hpp"

namespace scorecard::test {

CommandResult run_command(const std::string& program, const std::vector<std::string>& args,
                          const std::map<std::string, std::string>& env) {
    Poco::Pipe out_pipe, err_pipe;
    Poco::Process::Env process_env(env.begin(), env.end());
    Poco::ProcessHandle handle =
        Poco::Process::launch(program, args, ".", nullptr, &out_pipe, &err_pipe, process_env);
    Poco::PipeInputStream out_stream(out_pipe), err_stream(err_pipe);
    CommandResult result;
    // Read both pipes at once so a program that fills one does not block on it.
    std::thread err_reader([&] { Poco::StreamCopier::copyToString(err_stream, result.err); });
    Poco::StreamCopier::copyToString(out_stream, result.out);
    err_reader.join();
    result.exit_code = handle.wait();
    return result;
}

CommandResult run_scorecard(const std::vector<std::string>& args, const std::map<std::string, std::string>& env) {
    return run_command(scorecard_exe(), args, env);
}

bool have_tool(const std::string& name) {
    CommandResult r = run_command("/bin/sh", {"-c", "command -v " + name});
    return r.exit_code == 0;
}

const char* const kSkipMarker = "SCORECARD-TEST-SKIPPED";

bool needed_or_skip(bool present, const std::string& what, const std::string& debian_package) {
    if (present) return true;
    const char* ci = std::getenv("CI");
    if (ci && *ci) FAIL(what << " is missing; CI must install " << debian_package << " (add it to .ci/setup)");
    std::cout << kSkipMarker << ": " << what << " is missing (apt-get install " << debian_package << ")\n";
    WARN(what << " is missing (apt-get install " << debian_package << "): this test did not run");
    return false;
}

bool tool_or_skip(const std::string& tool, const std::string& debian_package) {
    return needed_or_skip(have_tool(tool), tool, debian_package);
}

}  // namespace scorecard::test
