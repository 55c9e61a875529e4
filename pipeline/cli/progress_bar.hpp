// A progress line on standard error for long runs, drawn only on a terminal (never into a
// log file or a pipe) and never with --quiet.
#pragma once

#include <string>

namespace scorecard {

class ProgressBar {
public:
    explicit ProgressBar(bool enabled);
    ~ProgressBar();
    // "[#######.............]  7/20  label"
    void show(std::size_t done, std::size_t total, const std::string& label);
    // A stage of one long build: "building big.tsv: writing PDF"
    void show_stage(const std::string& label);
    // Clears the line, so the next message starts clean.
    void clear();
    bool enabled() const { return enabled_; }

private:
    bool enabled_;
    bool drawn_ = false;
};

// True when standard error is a terminal.
bool stderr_is_terminal();

}  // namespace scorecard
