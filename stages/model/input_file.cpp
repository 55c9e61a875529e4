#include "input_file.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace scorecard {

namespace {

// What a path that is not a regular file is, for the message.
std::string kind_of(mode_t mode) {
    if (S_ISDIR(mode)) return "is a folder, not a file";
    if (S_ISFIFO(mode)) return "is a named pipe (FIFO), not a file; scorecard reads only regular files";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "is a device (such as /dev/zero or a terminal), not a file; scorecard reads only regular files";
    if (S_ISSOCK(mode)) return "is a socket, not a file; scorecard reads only regular files";
    return "is not a regular file; scorecard reads only regular files";
}

std::string open_problem(const std::string& path, int error) {
    if (error == ENOENT && path == "-") return "no such file (scorecard does not read standard input; give a file)";
    if (error == ENOENT || error == ENOTDIR) return "no such file";
    if (error == EACCES || error == EPERM) return "cannot be read: permission denied";
    return std::string("cannot be opened: ") + std::strerror(error);
}

class Descriptor {
public:
    explicit Descriptor(int fd) : fd_(fd) {}
    ~Descriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

}  // namespace

std::string size_in_words(std::size_t bytes) {
    if (bytes < 1024) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
    constexpr std::size_t kMiB = std::size_t{1024} * 1024;
    if (bytes < kMiB) return std::to_string(bytes / 1024) + " KiB";
    return std::to_string(bytes / kMiB) + " MiB";
}

std::string why_not_a_regular_file(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return open_problem(path, errno);
    return S_ISREG(st.st_mode) ? "" : kind_of(st.st_mode);
}

InputFile read_input_file(const std::string& path, std::size_t limit) {
    InputFile in;
    // O_NONBLOCK: opening a named pipe with no writer returns at once instead of waiting for one.
    Descriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
    if (fd.get() < 0) {
        in.problem = open_problem(path, errno);
        return in;
    }
    // The opened file is what is judged, so a path swapped between a check and the read
    // cannot slip a pipe or a device past.
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0) {
        in.status = InputFile::Status::ReadFailed;
        in.problem = std::string("cannot be read: ") + std::strerror(errno);
        return in;
    }
    if (!S_ISREG(st.st_mode)) {
        in.status = InputFile::Status::NotAFile;
        in.problem = kind_of(st.st_mode);
        return in;
    }
    in.size = static_cast<std::size_t>(st.st_size);
    if (in.size > limit) {
        in.status = InputFile::Status::TooLarge;
        in.problem = "is " + size_in_words(in.size) + "; the limit is " + size_in_words(limit);
        return in;
    }
    // A file still growing is read only up to the limit, one byte past it telling that it grew.
    in.bytes.resize(in.size + 1);
    std::size_t got = 0;
    while (true) {
        if (got == in.bytes.size()) {
            if (in.bytes.size() > limit) break;
            in.bytes.resize(std::min(limit + 1, in.bytes.size() * 2 + 4096));
        }
        const ssize_t n = ::read(fd.get(), &in.bytes[got], in.bytes.size() - got);
        if (n < 0) {
            if (errno == EINTR) continue;
            in.status = InputFile::Status::ReadFailed;
            in.problem = std::string("reading it failed: ") + std::strerror(errno);
            in.bytes.clear();
            return in;
        }
        if (n == 0) break;
        got += static_cast<std::size_t>(n);
    }
    in.bytes.resize(got);
    if (got > limit) {
        in.status = InputFile::Status::TooLarge;
        in.size = got;
        in.problem = "grew past the limit of " + size_in_words(limit) + " while it was read";
        in.bytes.clear();
        return in;
    }
    in.size = got;
    in.status = InputFile::Status::Read;
    return in;
}

}  // namespace scorecard
