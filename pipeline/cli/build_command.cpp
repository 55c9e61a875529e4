// `scorecard build`: one input, or several (files or folders) built in parallel.
#include <Poco/File.h>
#include <Poco/Process.h>

#include <iostream>
#include <memory>
#include <set>
#include <thread>

#include "pipeline/driver/batch_build.hpp"
#include "pipeline/driver/interrupts.hpp"
#include "pipeline/driver/output_files.hpp"
#include "progress_bar.hpp"
#include "scorecard_app.hpp"

namespace scorecard {

namespace {

// A table this large takes long enough to want a progress line.
constexpr std::size_t kLargeTableBytes = std::size_t{2} * 1024 * 1024;

const char* result_word(int exit_code) {
    switch (exit_code) {
        case kExitOk: return "built";
        case kExitRejected: return "rejected";
        default: return "failed";
    }
}

}  // namespace

int ScorecardApp::run_build(const std::vector<std::string>& args) {
    if (args.empty()) return usage_error("build needs an INPUT file");
    if (!values_.count("output")) return usage_error("build needs -o OUTDIR");
    if (!publish_option_valid()) return usage_error("--publish must be computed or stated");
    BuildOptions options;
    options.check = check_options();
    options.output_directory = value("output", "");
    if (!read_int("first-page", 1, 1, 1000000, &options.first_page))
        return usage_error("--first-page must be a whole number from 1");
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    int jobs = cores;
    if (!read_int("jobs", cores, 1, 256, &jobs)) return usage_error("--jobs must be a whole number from 1 to 256");
    options.history_path = value("history", "");
    options.use_history = !flag("no-history");
    options.history_read_path = value("history-read", "");
    options.force = flag("force");
    if (std::string problem; !parse_output_formats(value("formats", kDefaultFormats), &options.formats, &problem))
        return usage_error(problem);
    const bool quiet = flag("quiet");

    std::string problem;
    std::vector<std::string> skipped;
    std::vector<std::string> inputs = expand_inputs(args, &problem, &skipped);
    if (!quiet)
        for (const auto& file : skipped) std::cerr << "scorecard: note: " << file << "\n";
    if (!problem.empty()) {
        std::cerr << "scorecard: " << problem << "\n";
        return kExitUsageOrIo;
    }
    // Two inputs with one stem would write over each other's outputs.
    std::set<std::string> stems;
    for (const auto& input : inputs)
        if (!stems.insert(output_stem(input)).second)
            return usage_error("two inputs would both write the outputs named " + output_stem(input) + "; rename one");

    if (inputs.size() == 1) {
        ProgressBar progress(!quiet && stderr_is_terminal() && Poco::File(inputs[0]).getSize() > kLargeTableBytes);
        options.on_stage = [&](const std::string& stage) { progress.show_stage("building " + inputs[0] + ": " + stage); };
        BuildReport report = build_one(inputs[0], options, std::cerr);
        progress.clear();
        if (report.exit_code == kExitOk) {
            if (!quiet)
                for (const auto& path : report.written) std::cout << "wrote " << path << "\n";
        } else {
            std::cerr << "scorecard: " << report.message << "\n";
        }
        return report.exit_code;
    }

    // A batch: every child reads the history as it stood before the batch, so each output is
    // what building that input alone would give, in whatever order the workers finish.
    BatchOptions batch;
    batch.executable = own_executable_path();
    batch.jobs = jobs;
    batch.child_args = batch_child_arguments(given_);
    batch.child_args.push_back("--quiet");
    std::string snapshot;
    // On a signal the batch stops its children, then removes the snapshot and what they left.
    std::unique_ptr<TemporariesIn> temporaries;
    std::unique_ptr<RemoveOnInterrupt> snapshot_guard;
    if (options.use_history) {
        // Without a store at the start, every child reads none (the snapshot's path names no
        // file): a child must not read what a sibling recorded a moment before.
        const std::string store = history_path_for(options);
        {
            try {
                prepare_output_directory(options.output_directory);
                temporaries = std::make_unique<TemporariesIn>(options.output_directory);
                snapshot = temporary_path(options.output_directory, "history-snapshot.sqlite");
                snapshot_guard = std::make_unique<RemoveOnInterrupt>(snapshot);
                if (Poco::File(store).exists()) Poco::File(store).copyTo(snapshot);
                batch.child_args.push_back("--history-read");
                batch.child_args.push_back(snapshot);
            } catch (const std::exception& e) {
                std::cerr << "scorecard: " << store << ": cannot take a snapshot of the history store: " << e.what() << "\n";
                return kExitUsageOrIo;
            }
        }
    }
    ProgressBar progress(!quiet && stderr_is_terminal());
    batch.on_started = [&](const std::string& input, std::size_t, std::size_t total) {
        (void)input;
        (void)total;
    };
    std::size_t failures = 0;
    batch.on_finished = [&](const BatchEntry& entry, std::size_t finished, std::size_t total) {
        progress.clear();
        std::cerr << entry.messages;
        if (entry.exit_code != kExitOk) ++failures;
        progress.show(finished, total, entry.input + (failures ? "  (" + std::to_string(failures) + " not built)" : ""));
    };
    std::vector<BatchEntry> results = run_batch(inputs, batch);
    progress.clear();
    // Stopped by a signal: no summary; the clean-up ends the program by the signal.
    exit_code_unless_interrupted(0);
    if (!snapshot.empty()) std::remove(snapshot.c_str());

    int worst = kExitOk;
    std::size_t built = 0;
    std::cout << "Summary of " << results.size() << " inputs (" << std::min<int>(jobs, static_cast<int>(results.size()))
              << " at a time):\n";
    for (const auto& r : results) {
        worst = std::max(worst, r.exit_code);
        if (r.exit_code == kExitOk) ++built;
        char seconds[32];
        std::snprintf(seconds, sizeof seconds, "%.2f s", r.seconds);
        std::cout << "  " << result_word(r.exit_code) << "  " << r.input << "  (" << seconds << ")\n";
        if (!quiet && r.exit_code == kExitOk) std::cout << r.output;
    }
    std::cout << built << " built, " << results.size() - built << " not built\n";
    return worst;
}

}  // namespace scorecard
