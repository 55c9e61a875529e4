// read_input_file: only a regular file is read, judged on the opened file, never past its limit.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include "stages/model/input_file.hpp"
#include "support/test_paths.hpp"

using namespace scorecard;
using scorecard::test::ScratchDir;

TEST_CASE("a regular file is read whole, and one past the limit is not read", "[input-file]") {
    ScratchDir dir("input-file-regular");
    scorecard::test::write_file(dir.file("t.txt"), "a\tb\n");
    InputFile ok = read_input_file(dir.file("t.txt"), 100);
    CHECK(ok.ok());
    CHECK(ok.bytes == "a\tb\n");
    InputFile big = read_input_file(dir.file("t.txt"), 3);
    CHECK(big.status == InputFile::Status::TooLarge);
    CHECK(big.bytes.empty());
    CHECK(big.problem == "is 4 bytes; the limit is 3 bytes");
    scorecard::test::write_file(dir.file("empty.txt"), "");
    CHECK(read_input_file(dir.file("empty.txt"), 3).ok());
}

TEST_CASE("what is not a regular file is named, not read", "[input-file]") {
    ScratchDir dir("input-file-kinds");
    const std::string fifo = dir.file("pipe");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    InputFile pipe = read_input_file(fifo, 100);  // returns at once: opened without waiting for a writer
    CHECK(pipe.status == InputFile::Status::NotAFile);
    CHECK(pipe.problem.find("named pipe") != std::string::npos);
    InputFile zero = read_input_file("/dev/zero", 100);
    CHECK(zero.status == InputFile::Status::NotAFile);
    CHECK(zero.problem.find("is a device") != std::string::npos);
    InputFile folder = read_input_file(dir.path(), 100);
    CHECK(folder.status == InputFile::Status::NotAFile);
    CHECK(folder.problem == "is a folder, not a file");
    InputFile missing = read_input_file(dir.file("nothing.txt"), 100);
    CHECK(missing.status == InputFile::Status::CannotOpen);
    CHECK(missing.problem == "no such file");
    CHECK(why_not_a_regular_file(fifo).find("named pipe") != std::string::npos);
    CHECK(why_not_a_regular_file(dir.file("nothing.txt")) == "no such file");
    CHECK(size_in_words(70u * 1024 * 1024) == "70 MiB");
}
