#include "output_files.hpp"

#include <Poco/Exception.h>
#include <Poco/File.h>
#include <Poco/Path.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace scorecard {

namespace {

std::atomic<unsigned> g_counter{0};

std::string join(const std::string& dir, const std::string& name) {
    if (dir.empty()) return name;
    return dir.back() == '/' ? dir + name : dir + "/" + name;
}

// Flushes a finished file's bytes to disk before it is renamed into place, so a crash right
// after the rename cannot leave an empty file under the final name.
void sync_file(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY);
    if (fd < 0) throw std::runtime_error(path + ": cannot reopen to flush: " + std::strerror(errno));
    int rc = ::fsync(fd);
    int saved = errno;
    ::close(fd);
    if (rc != 0) throw std::runtime_error(path + ": flush to disk failed: " + std::strerror(saved));
}

}  // namespace

StagedFile::StagedFile(const std::string& directory, const std::string& final_name)
    : final_path_(join(directory, final_name)) {
    temp_path_ = join(directory, "." + final_name + ".tmp-" + std::to_string(::getpid()) + "-" +
                                     std::to_string(g_counter.fetch_add(1)));
}

StagedFile::StagedFile(StagedFile&& other) noexcept
    : temp_path_(std::move(other.temp_path_)), final_path_(std::move(other.final_path_)), committed_(other.committed_) {
    other.committed_ = true;  // the moved-from object owns nothing
}

StagedFile::~StagedFile() {
    if (!committed_ && !temp_path_.empty()) std::remove(temp_path_.c_str());
}

void StagedFile::commit() {
    if (committed_) return;
    sync_file(temp_path_);
    if (std::rename(temp_path_.c_str(), final_path_.c_str()) != 0)
        throw std::runtime_error(final_path_ + ": cannot move the finished file into place: " + std::strerror(errno));
    committed_ = true;
}

void commit_all(std::vector<StagedFile>& files) {
    for (auto& f : files) {
        struct stat st {};
        if (::stat(f.temp_path().c_str(), &st) != 0 || st.st_size == 0)
            throw std::runtime_error(f.final_path() + ": the output was not written completely");
    }
    for (auto& f : files) f.commit();
}

void prepare_output_directory(const std::string& directory) {
    try {
        Poco::File dir(directory);
        if (dir.exists() && !dir.isDirectory()) throw std::runtime_error(directory + ": exists and is not a folder");
        if (!dir.exists()) dir.createDirectories();
    } catch (const Poco::Exception& e) {
        throw std::runtime_error(directory + ": cannot create the output folder: " + e.message());
    }
    if (::access(directory.c_str(), W_OK | X_OK) != 0)
        throw std::runtime_error(directory + ": the output folder is not writable: " + std::strerror(errno));
}

std::string output_stem(const std::string& input_path) {
    std::string name = Poco::Path(input_path).getFileName();
    std::size_t dot = name.rfind('.');
    if (dot != std::string::npos && dot > 0) name = name.substr(0, dot);
    std::string out;
    for (unsigned char c : name) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
            c == '.')
            out += static_cast<char>(c);
        else
            out += '_';
    }
    while (!out.empty() && out[0] == '.') out.erase(0, 1);
    if (out.empty()) out = "scorecard";
    if (out.size() > 120) out.resize(120);
    return out;
}

}  // namespace scorecard
