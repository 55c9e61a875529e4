// Building many inputs at once: a pool of workers, each building one input at a time in a
// child process of its own, so a bad or crashing input fails alone and every output is made
// exactly as a build of that input alone would make it.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace scorecard {

struct BatchEntry {
    std::string input;
    int exit_code = -1;
    std::string output;    // what the child printed on standard output ("wrote ...")
    std::string messages;  // its findings and errors (standard error)
    double seconds = 0;
};

struct BatchOptions {
    std::string executable;               // this program, run once per input
    std::vector<std::string> child_args;  // options every child gets (after "build INPUT")
    int jobs = 1;
    // Called under a lock as each input finishes, with how many have finished.
    std::function<void(const BatchEntry& entry, std::size_t finished, std::size_t total)> on_finished;
    // Called under a lock as each input starts.
    std::function<void(const std::string& input, std::size_t started, std::size_t total)> on_started;
};

// Runs every input; returns one entry per input, in the order given.
std::vector<BatchEntry> run_batch(const std::vector<std::string>& inputs, const BatchOptions& options);

// Files stay as given; a folder gives its tables (.xlsx, .xlsm, .ods, .csv, .tsv and .txt
// files), sorted by name, and lists in `skipped` each other file with why ("FILE: not a table
// file; skipped"). Sets `problem` (and returns what it could) when an argument is neither.
std::vector<std::string> expand_inputs(const std::vector<std::string>& args, std::string* problem,
                                       std::vector<std::string>* skipped = nullptr);

// This program's own path, for running children.
std::string own_executable_path();

}  // namespace scorecard
