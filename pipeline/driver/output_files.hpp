// Output files are written under a temporary name in their folder and put in place only when
// complete, all of a build's together, so a failed or interrupted build never leaves a
// half-written file where the last good paper was, nor a new workbook beside an old PDF.
//
// Temporaries are named ".NAME.tmp-PID-N" (a file being written) and ".NAME.old-PID-N" (an
// earlier output kept aside while the new one is put in place), PID being the process that made
// them. A process removes its own on a signal (interrupts.hpp); the next build into the folder
// removes those whose process has gone (SIGKILL, a power cut), and never a live build's.
#pragma once

#include <functional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace scorecard {

// "DIR/.NAME.tmp-PID-N" ("old" instead of "tmp" for an earlier output kept aside).
std::string temporary_path(const std::string& directory, const std::string& final_name, const char* kind = "tmp");

// True when a file name is a temporary's (.NAME.tmp-PID-N or .NAME.old-PID-N, with anything
// after it, such as a writer's ".draft" or SQLite's "-journal"); sets *pid to its maker.
bool parse_temporary_name(const std::string& name, pid_t* pid);

// Removes the folder's temporaries made by process `pid`.
void remove_temporaries_of(const std::string& directory, pid_t pid);

// Removes the folder's temporaries whose process is no longer running. Returns how many.
std::size_t remove_stale_temporaries(const std::string& directory);

// A file being written. The destructor removes the temporary file unless it was committed.
class StagedFile {
public:
    StagedFile(const std::string& directory, const std::string& final_name);
    ~StagedFile();
    StagedFile(const StagedFile&) = delete;
    StagedFile& operator=(const StagedFile&) = delete;
    StagedFile(StagedFile&&) noexcept;

    const std::string& temp_path() const { return temp_path_; }
    const std::string& final_path() const { return final_path_; }
    // Puts this one file in place (commit_all for one). Throws std::runtime_error with the
    // path and reason on failure.
    void commit();

private:
    friend void commit_staged(const std::vector<StagedFile*>& files, const std::function<void()>& then);
    std::string temp_path_;
    std::string final_path_;
    bool committed_ = false;
};

// Puts every file in place together: each is checked complete and flushed to disk, an earlier
// file at each final path is kept aside, then all are renamed into place and `then` runs (the
// history store's commit). If a rename or `then` fails, every earlier file is put back (and a
// new one where there was none removed) before the failure is thrown on: the folder is as it
// was. Run it inside a CommitSection (interrupts.hpp), holding the OutputFolderLock.
void commit_all(std::vector<StagedFile>& files, const std::function<void()>& then = {});
void commit_staged(const std::vector<StagedFile*>& files, const std::function<void()>& then);

// The output folder's lock (flock on the folder itself), held while a build puts its outputs in
// place: two builds of the same input into one folder replace the outputs one build at a time,
// never a workbook of one beside a PDF of the other. Waits for another holder.
class OutputFolderLock {
public:
    explicit OutputFolderLock(const std::string& directory);
    ~OutputFolderLock();
    OutputFolderLock(const OutputFolderLock&) = delete;
    OutputFolderLock& operator=(const OutputFolderLock&) = delete;

private:
    int fd_ = -1;
};

// Makes OUTDIR if missing. Throws std::runtime_error naming it when it cannot be made or
// written to.
void prepare_output_directory(const std::string& directory);

// The base name for outputs from an input path: its file name without extension, reduced to
// letters, digits, '-', '_' and '.', never starting with '.', so it cannot leave OUTDIR.
std::string output_stem(const std::string& input_path);

}  // namespace scorecard
