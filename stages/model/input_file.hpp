// Reading a file the user named (a table, a template, a rules file, national data, a history
// import). Only a regular file is read: a named pipe would wait forever, /dev/zero never ends,
// /dev/urandom has no size, and a folder is not a file. What the path is gets checked on the
// opened file before a byte is read, and no more than the limit is ever read.
#pragma once

#include <cstddef>
#include <string>

namespace scorecard {

struct InputFile {
    enum class Status {
        Read,        // `bytes` holds the whole file
        CannotOpen,  // missing, or not allowed: `problem` says which
        NotAFile,    // a folder, pipe, device or socket
        TooLarge,    // past the limit: `size` is its size, nothing was read
        ReadFailed   // the read itself failed
    };
    Status status = Status::CannotOpen;
    std::string bytes;
    std::size_t size = 0;
    std::string problem;  // for anything but Read: why, without the path ("is a folder, not a file")

    bool ok() const { return status == Status::Read; }
};

InputFile read_input_file(const std::string& path, std::size_t limit);

// "" when `path` is a regular file (following symbolic links), else why not, in the words
// read_input_file uses ("no such file", "is a named pipe (FIFO), not a file", ...).
std::string why_not_a_regular_file(const std::string& path);

// The size in words a person reads: "512 bytes", "3 KiB", "70 MiB".
std::string size_in_words(std::size_t bytes);

}  // namespace scorecard
