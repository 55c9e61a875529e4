#include "batch_build.hpp"

#include <Poco/DirectoryIterator.h>
#include <Poco/Exception.h>
#include <Poco/File.h>
#include <Poco/Path.h>
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <optional>
#include <thread>
#include <unistd.h>

#include "interrupts.hpp"

namespace scorecard {

namespace {

BatchEntry build_in_child(const std::string& input, const BatchOptions& options) {
    BatchEntry entry;
    entry.input = input;
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::string> args = {"build", input};
    args.insert(args.end(), options.child_args.begin(), options.child_args.end());
    try {
        Poco::Pipe out_pipe, err_pipe;
        // Launched through the interrupt handling, so a signal to the batch stops this child too.
        std::optional<Poco::ProcessHandle> child;
        if (!launch_child([&] {
                child.emplace(Poco::Process::launch(options.executable, args, nullptr, &out_pipe, &err_pipe));
                return static_cast<pid_t>(child->id());
            })) {
            entry.messages += "scorecard: not building " + input + ": the batch was stopped\n";
            entry.exit_code = 2;
            return entry;
        }
        Poco::PipeInputStream out_stream(out_pipe), err_stream(err_pipe);
        // Both pipes are read at once, so a child that fills one is never blocked on it.
        std::thread err_reader([&] { Poco::StreamCopier::copyToString(err_stream, entry.messages); });
        Poco::StreamCopier::copyToString(out_stream, entry.output);
        err_reader.join();
        entry.exit_code = child->wait();
        child_finished(static_cast<pid_t>(child->id()));
        if (entry.exit_code < 0 || entry.exit_code > 2) {
            entry.messages += "scorecard: building " + input + " stopped abnormally (status " +
                              std::to_string(entry.exit_code) + ")\n";
            entry.exit_code = 2;
        }
    } catch (const Poco::Exception& e) {
        entry.messages += "scorecard: cannot start a build of " + input + ": " + e.displayText() + "\n";
        entry.exit_code = 2;
    }
    entry.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return entry;
}

std::string lower_extension(const std::string& name) {
    std::string ext = Poco::Path(name).getExtension();
    for (char& c : ext)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return ext;
}

// Text tables and workbooks; not the lock files Excel ("~$book.xlsx") and LibreOffice keep
// beside an open workbook.
bool is_table_file(const std::string& name) {
    if (name.rfind("~$", 0) == 0) return false;
    const std::string ext = lower_extension(name);
    return ext == "txt" || ext == "tsv" || ext == "csv" || ext == "xlsx" || ext == "xlsm" || ext == "ods";
}

std::string why_skipped(const std::string& name) {
    if (name.rfind("~$", 0) == 0 || name.rfind(".~lock.", 0) == 0) return "a lock file of an open workbook";
    if (lower_extension(name) == "xls")
        return "an Excel 97-2003 workbook, which scorecard does not read (save it as .xlsx)";
    return "not a table file";
}

}  // namespace

std::vector<BatchEntry> run_batch(const std::vector<std::string>& inputs, const BatchOptions& options) {
    std::vector<BatchEntry> results(inputs.size());
    std::atomic<std::size_t> next{0};
    std::size_t started = 0, finished = 0;
    std::mutex lock;
    auto worker = [&] {
        for (std::size_t i = next++; i < inputs.size(); i = next++) {
            {
                std::lock_guard<std::mutex> guard(lock);
                ++started;
                if (options.on_started) options.on_started(inputs[i], started, inputs.size());
            }
            BatchEntry entry = build_in_child(inputs[i], options);
            std::lock_guard<std::mutex> guard(lock);
            results[i] = std::move(entry);
            ++finished;
            if (options.on_finished) options.on_finished(results[i], finished, inputs.size());
        }
    };
    const int jobs = std::max(1, std::min<int>(options.jobs, static_cast<int>(inputs.size())));
    std::vector<std::thread> pool;
    pool.reserve(static_cast<std::size_t>(jobs));
    for (int j = 0; j < jobs; ++j) pool.emplace_back(worker);
    for (auto& t : pool) t.join();
    return results;
}

std::vector<std::string> expand_inputs(const std::vector<std::string>& args, std::string* problem,
                                       std::vector<std::string>* skipped) {
    std::vector<std::string> out;
    for (const auto& arg : args) {
        Poco::File f(arg);
        if (!f.exists()) {
            *problem = arg + ": no such file or folder";
            continue;
        }
        if (!f.isDirectory()) {
            out.push_back(arg);
            continue;
        }
        std::vector<std::string> found;
        std::vector<std::string> passed;
        for (Poco::DirectoryIterator it(arg), end; it != end; ++it) {
            if (!it->isFile()) continue;
            if (is_table_file(it.name()) && it.name()[0] != '.') found.push_back(it.path().toString());
            else passed.push_back(it.path().toString() + ": " + why_skipped(it.name()) + "; skipped");
        }
        std::sort(found.begin(), found.end());
        std::sort(passed.begin(), passed.end());
        if (skipped) skipped->insert(skipped->end(), passed.begin(), passed.end());
        if (found.empty()) *problem = arg + ": the folder holds no tables (.xlsx, .ods, .csv, .tsv or .txt)";
        out.insert(out.end(), found.begin(), found.end());
    }
    return out;
}

std::string own_executable_path() {
    char buffer[4096];
    ssize_t n = ::readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    if (n <= 0) return "scorecard";
    buffer[n] = '\0';
    return buffer;
}

}  // namespace scorecard
