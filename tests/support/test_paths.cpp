#include "test_paths.hpp"

#include <Poco/File.h>
#include <Poco/Process.h>

#include <atomic>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace scorecard::test {

std::string source_path(const std::string& relative) { return std::string(SCORECARD_SOURCE_DIR) + "/" + relative; }
std::string fixture_path(const std::string& relative) { return source_path("fixtures/" + relative); }
std::string scorecard_exe() { return SCORECARD_EXE; }

namespace {
std::atomic<int> g_scratch_counter{0};
}

ScratchDir::ScratchDir(const std::string& name) {
    path_ = std::string(SCORECARD_BINARY_DIR) + "/test-scratch/" + name + "-" +
            std::to_string(Poco::Process::id()) + "-" + std::to_string(g_scratch_counter++);
    Poco::File dir(path_);
    if (dir.exists()) dir.remove(true);
    dir.createDirectories();
}

ScratchDir::~ScratchDir() {
    try {
        Poco::File(path_).remove(true);
    } catch (...) {
        // A test that made a folder read-only may leave it; never throw from a destructor.
    }
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void write_file(const std::string& path, const std::string& bytes) {
    const std::size_t slash = path.rfind('/');
    if (slash != std::string::npos && slash > 0) Poco::File(path.substr(0, slash)).createDirectories();
    std::ofstream out(path, std::ios::binary);
    out << bytes;
    if (!out) throw std::runtime_error("cannot write " + path);
}

bool file_exists(const std::string& path) { return Poco::File(path).exists(); }

}  // namespace scorecard::test
