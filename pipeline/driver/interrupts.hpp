// Stopping cleanly on SIGINT, SIGTERM and SIGHUP (Ctrl-C, `kill`, a closed terminal).
//
// The signals are blocked in every thread and taken by one thread that waits for them, so the
// clean-up runs as ordinary code, not in a signal handler. On a signal it:
//   1. waits for a commit in progress to finish (CommitSection): outputs and the history store
//      are then either all replaced or all as they were;
//   2. stops the batch's child builds (SIGTERM, then SIGKILL after a grace period) and waits
//      for them, so none goes on writing outputs or history after the batch has stopped;
//   3. removes this process's temporary files: every file named as a temporary of this process
//      (temporary_name_prefix) in a folder registered with TemporariesIn, and the files
//      registered with RemoveOnInterrupt;
//   4. ends the process by the same signal, as an uninterrupted program would (a shell shows
//      exit status 130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP).
// SIGKILL cannot be caught; what a killed build leaves is removed by the next build into the
// same folder (remove_stale_temporaries in output_files.hpp).
#pragma once

#include <functional>
#include <string>
#include <sys/types.h>

namespace scorecard {

// Call first thing in main, before any thread starts: threads inherit the blocked signals.
void handle_interrupts();

// main's last step: the exit code, unless a signal is being handled, in which case the program
// waits for the clean-up to end it (so a batch whose children were stopped never exits as if it
// had finished).
int exit_code_unless_interrupted(int exit_code);

// While alive, the folder's temporaries of this process are removed on a signal.
class TemporariesIn {
public:
    explicit TemporariesIn(const std::string& directory);
    ~TemporariesIn();
    TemporariesIn(const TemporariesIn&) = delete;
    TemporariesIn& operator=(const TemporariesIn&) = delete;

private:
    std::string directory_;
};

// While alive, the file is removed on a signal (the batch's snapshot of the history store).
class RemoveOnInterrupt {
public:
    explicit RemoveOnInterrupt(const std::string& path);
    ~RemoveOnInterrupt();
    RemoveOnInterrupt(const RemoveOnInterrupt&) = delete;
    RemoveOnInterrupt& operator=(const RemoveOnInterrupt&) = delete;

private:
    std::string path_;
};

// While alive, a signal waits: the renames of a build's outputs and the history commit happen
// all or not at all. Keep it short; waiting for a lock happens outside it.
class CommitSection {
public:
    CommitSection();
    ~CommitSection();
    CommitSection(const CommitSection&) = delete;
    CommitSection& operator=(const CommitSection&) = delete;
};

// Child processes to stop on a signal. `launch` runs only when no signal has come, and its
// process id is recorded before a signal can be handled; false means a signal came first and
// nothing was launched. Call child_finished once the child has been waited for.
bool launch_child(const std::function<pid_t()>& launch);
void child_finished(pid_t pid);

}  // namespace scorecard
