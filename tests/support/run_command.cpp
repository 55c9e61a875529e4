#include "run_command.hpp"

#include <Poco/Environment.h>
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>

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

}  // namespace scorecard::test
