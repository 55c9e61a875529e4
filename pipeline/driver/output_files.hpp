// Output files are written under a temporary name in OUTDIR and renamed into place only when
// complete, so a failed or interrupted build never leaves a half-written file where the last
// good paper was.
#pragma once

#include <string>
#include <vector>

namespace scorecard {

// A file being written. The destructor removes the temporary file unless commit() ran.
class StagedFile {
public:
    StagedFile(const std::string& directory, const std::string& final_name);
    ~StagedFile();
    StagedFile(const StagedFile&) = delete;
    StagedFile& operator=(const StagedFile&) = delete;
    StagedFile(StagedFile&&) noexcept;

    const std::string& temp_path() const { return temp_path_; }
    const std::string& final_path() const { return final_path_; }
    // Flushes the file to disk and renames it over the final name (atomic on one file system).
    // Throws std::runtime_error with the path and reason on failure.
    void commit();

private:
    std::string temp_path_;
    std::string final_path_;
    bool committed_ = false;
};

// Commits several files together: all are checked complete before the first rename, so a
// failure writing the PDF does not leave a new workbook beside an old PDF.
void commit_all(std::vector<StagedFile>& files);

// Makes OUTDIR if missing. Throws std::runtime_error naming it when it cannot be made or
// written to.
void prepare_output_directory(const std::string& directory);

// The base name for outputs from an input path: its file name without extension, reduced to
// letters, digits, '-', '_' and '.', never starting with '.', so it cannot leave OUTDIR.
std::string output_stem(const std::string& input_path);

}  // namespace scorecard
