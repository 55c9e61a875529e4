// Inputs that are not files: a device that never ends (/dev/zero), one with no size
// (/dev/urandom), a named pipe nobody writes to, a folder. Each is refused with a clear message
// naming it before a byte is read, wherever a file is read: the table, a template, a rules
// file, national data, a history import, the history store. Every command runs under
// `timeout`, so a reader that waits on a pipe fails the test instead of hanging it.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include "support/run_command.hpp"
#include "support/test_paths.hpp"

using namespace scorecard::test;

namespace {

const std::string kSeed = "children-families-2022-23-q3.txt";

CommandResult run_bounded(const std::vector<std::string>& args) {
    std::vector<std::string> all = {"20", scorecard_exe()};
    all.insert(all.end(), args.begin(), args.end());
    return run_command("timeout", all);
}

struct NotAFile {
    std::string path, says;
};

std::vector<NotAFile> not_files(const ScratchDir& dir) {
    const std::string fifo = dir.file("pipe");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    return {{"/dev/zero", "is a device"},
            {"/dev/urandom", "is a device"},
            {fifo, "is a named pipe (FIFO), not a file"},
            {dir.path(), "is a folder, not a file"}};
}

void check_refusal(const CommandResult& r, const NotAFile& f, const std::string& context) {
    INFO(context << " " << f.path << "\n" << r.err);
    CHECK(r.exit_code == 2);  // not 124: it did not wait on the pipe
    CHECK(r.err.find(f.path) != std::string::npos);
    CHECK(r.err.find(f.says) != std::string::npos);
    CHECK(r.err.find("empty") == std::string::npos);
    CHECK(r.err.find("MiB") == std::string::npos);
}

}  // namespace

TEST_CASE("a table that is not a regular file is refused before it is read", "[cli][not-a-file]") {
    ScratchDir dir("not-file-table");
    for (const auto& f : not_files(dir)) {
        if (f.path == dir.path()) continue;  // a folder given to build is a batch of its tables
        check_refusal(run_bounded({"validate", f.path}), f, "validate");
        check_refusal(run_bounded({"build", f.path, "-o", dir.file("out"), "--no-history"}), f, "build");
        CHECK_FALSE(file_exists(dir.file("out")));
    }
    CommandResult folder = run_bounded({"validate", dir.path()});
    CHECK(folder.exit_code == 2);
    CHECK(folder.err.find("is a folder, not a file") != std::string::npos);
}

TEST_CASE("a template, a rules file or national data that is not a regular file is refused", "[cli][not-a-file]") {
    ScratchDir dir("not-file-template");
    const std::string in = fixture_path(kSeed);
    for (const auto& f : not_files(dir)) {
        check_refusal(run_bounded({"validate", in, "-t", f.path}), f, "-t");
        check_refusal(run_bounded({"validate", in, "--national", f.path, "--authority", "LA00"}), f, "--national");
        check_refusal(run_bounded({"validate", in, "--national", fixture_path("national/made-up-national-2022-23.csv"),
                                   "--neighbours", f.path}),
                      f, "--neighbours");
        // A template naming it as its rules file.
        std::string text = read_file(source_path("output_templates/flat-2022-23.json"));
        const std::size_t rules = text.find("\"rules\":");
        text = text.substr(0, rules) + "\"rules_file\": \"" + f.path + "\"\n}";
        write_file(dir.file("t.json"), text);
        check_refusal(run_bounded({"validate", in, "-t", dir.file("t.json")}), f, "rules_file");
    }
}

TEST_CASE("a history import or a history store that is not a regular file is refused", "[cli][not-a-file][history]") {
    ScratchDir dir("not-file-history");
    for (const auto& f : not_files(dir)) {
        check_refusal(run_bounded({"history", "import", f.path, "--history", dir.file("h.sqlite")}), f, "import");
        CHECK_FALSE(file_exists(dir.file("h.sqlite")));
        check_refusal(run_bounded({"build", fixture_path(kSeed), "-o", dir.file("out"), "--history", f.path}), f,
                      "--history");
        CHECK_FALSE(file_exists(dir.file("out")));
        check_refusal(run_bounded({"history", "export", "--history", f.path}), f, "export --history");
    }
}
