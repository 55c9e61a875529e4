// Where the tests find fixtures and the built CLI, and scratch folders for their outputs.
#pragma once

#include <string>

namespace scorecard::test {

std::string source_path(const std::string& relative);   // under the repository
std::string fixture_path(const std::string& relative);  // under fixtures/
std::string scorecard_exe();

// A fresh, empty folder under build/test-scratch/, removed when the object goes.
class ScratchDir {
public:
    explicit ScratchDir(const std::string& name);
    ~ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    const std::string& path() const { return path_; }
    std::string file(const std::string& name) const { return path_ + "/" + name; }

private:
    std::string path_;
};

std::string read_file(const std::string& path);
// Makes the folders it needs.
void write_file(const std::string& path, const std::string& bytes);
bool file_exists(const std::string& path);

}  // namespace scorecard::test
