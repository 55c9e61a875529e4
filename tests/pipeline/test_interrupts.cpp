// An interrupted build leaves no debris: SIGINT, SIGTERM and SIGHUP mid-build remove the
// temporaries and leave the earlier outputs and the history store as they were; a batch that
// gets SIGTERM stops its children first; what SIGKILL leaves is removed by the next build into
// the folder, and a live build's temporaries never are. Real processes, real signals, a table
// large enough to be caught mid-build.
#include <catch2/catch.hpp>

#include <Poco/DirectoryIterator.h>
#include <Poco/Process.h>

#include <chrono>
#include <csignal>
#include <thread>
#include <unistd.h>

#include "pipeline/driver/output_files.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"

using namespace scorecard::test;

namespace {

std::vector<std::string> names_in(const std::string& dir) {
    std::vector<std::string> names;
    for (Poco::DirectoryIterator it(dir), end; it != end; ++it) names.push_back(it.name());
    std::sort(names.begin(), names.end());
    return names;
}

bool has_temporary(const std::string& dir) {
    if (!file_exists(dir)) return false;
    for (const auto& name : names_in(dir))
        if (name.find(".tmp-") != std::string::npos) return true;
    return false;
}

// The seventy made-up indicators, `copies` times over under new names: a table that takes a
// few seconds to build.
void write_large_table(const std::string& path, int copies) {
    const std::string seed = read_file(fixture_path("made-up-even-pages.txt"));
    const std::size_t header_end = seed.find('\n') + 1;
    std::string out = seed.substr(0, header_end);
    for (int k = 0; k < copies; ++k) {
        std::size_t at = header_end;
        while (at < seed.size()) {
            std::size_t end = seed.find('\n', at);
            if (end == std::string::npos) end = seed.size();
            std::string line = seed.substr(at, end - at);
            at = end + 1;
            if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
            // The indicator (third cell) gets a copy number, so every row is its own indicator.
            const std::size_t first = line.find('\t'), second = line.find('\t', first + 1);
            line.insert(second, " copy " + std::to_string(k));
            out += line + "\n";
        }
    }
    write_file(path, out);
}

// Runs scorecard in the background, its output thrown away (a pipe nobody reads would stop it).
Poco::ProcessHandle start_scorecard(const std::vector<std::string>& args) {
    std::string command = "exec \"$0\"";
    for (std::size_t i = 0; i < args.size(); ++i) command += " \"$" + std::to_string(i + 1) + "\"";
    command += " >/dev/null 2>&1";
    std::vector<std::string> all = {"-c", command, scorecard_exe()};
    all.insert(all.end(), args.begin(), args.end());
    return Poco::Process::launch("/bin/sh", all);
}

bool wait_for(const std::function<bool()>& condition, int seconds = 120) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (std::chrono::steady_clock::now() < until) {
        if (condition()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
}

// Any process whose command line mentions `text` (a scratch path unique to the test).
bool process_running_with(const std::string& text) {
    for (Poco::DirectoryIterator it(std::string("/proc")), end; it != end; ++it) {
        if (it.name().find_first_not_of("0123456789") != std::string::npos) continue;
        std::string cmdline;
        try {
            cmdline = read_file(it.path().toString() + "/cmdline");
        } catch (...) {
            continue;
        }
        for (char& c : cmdline)
            if (c == '\0') c = ' ';
        if (cmdline.find(text) != std::string::npos && cmdline.find("scorecard") != std::string::npos) return true;
    }
    return false;
}

// Poco's wait gives 256 + the signal for a process a signal ended.
constexpr int kEndedBy = 256;

}  // namespace

TEST_CASE("SIGINT, SIGTERM or SIGHUP mid-build leave no debris and the earlier outputs", "[interrupts]") {
    ScratchDir dir("interrupt-signals");
    const std::string out = dir.file("out");
    write_large_table(dir.file("big.txt"), 150);
    // The earlier outputs and store: a small table of the same stem.
    write_file(dir.file("small/big.txt"), read_file(fixture_path("made-up-even-pages.txt")));
    REQUIRE(run_scorecard({"build", dir.file("small/big.txt"), "-o", out}).exit_code == 0);
    const std::vector<std::string> before = names_in(out);
    std::map<std::string, std::string> bytes;
    for (const auto& name : before) bytes[name] = read_file(out + "/" + name);

    for (const int signal : {SIGINT, SIGTERM, SIGHUP}) {
        INFO("signal " << signal);
        Poco::ProcessHandle build = start_scorecard({"build", dir.file("big.txt"), "-o", out});
        REQUIRE(wait_for([&] { return has_temporary(out); }));
        REQUIRE(::kill(build.id(), signal) == 0);
        CHECK(build.wait() == kEndedBy + signal);
        CHECK(names_in(out) == before);
        for (const auto& [name, content] : bytes) CHECK(read_file(out + "/" + name) == content);
    }
}

TEST_CASE("what SIGKILL leaves is removed by the next build into the folder, a live build's is kept", "[interrupts]") {
    ScratchDir dir("interrupt-kill");
    const std::string out = dir.file("out");
    write_large_table(dir.file("big.txt"), 150);
    Poco::ProcessHandle build = start_scorecard({"build", dir.file("big.txt"), "-o", out, "--no-history"});
    REQUIRE(wait_for([&] { return has_temporary(out); }));
    REQUIRE(::kill(build.id(), SIGKILL) == 0);
    CHECK(build.wait() == kEndedBy + SIGKILL);
    CHECK(has_temporary(out));  // SIGKILL cannot be caught: the debris is there
    // A temporary of a build still running (this test process stands in for it) must stay.
    const std::string live = out + "/.other.pdf.tmp-" + std::to_string(::getpid()) + "-0";
    write_file(live, "being written");
    REQUIRE(run_scorecard({"build", fixture_path("made-up-one-page.txt"), "-o", out, "--no-history"}).exit_code == 0);
    CHECK(names_in(out) == std::vector<std::string>{".other.pdf.tmp-" + std::to_string(::getpid()) + "-0",
                                                     "made-up-one-page-data.csv", "made-up-one-page.html",
                                                     "made-up-one-page.pdf",
                                                     "made-up-one-page.xlsx"});
}

TEST_CASE("a batch that gets SIGTERM stops its children and leaves no snapshot", "[interrupts][batch]") {
    ScratchDir dir("interrupt-batch");
    const std::string out = dir.file("out");
    // Earlier outputs of the same stems, and a store.
    for (const char* name : {"a.txt", "b.txt"}) {
        write_file(dir.file(std::string("small/") + name), read_file(fixture_path("made-up-one-page.txt")));
        write_large_table(dir.file(std::string("big/") + name), 150);
    }
    REQUIRE(run_scorecard({"build", dir.file("small"), "-o", out, "-j", "2"}).exit_code == 0);
    const std::vector<std::string> before = names_in(out);
    std::map<std::string, std::string> bytes;
    for (const auto& name : before) bytes[name] = read_file(out + "/" + name);

    Poco::ProcessHandle batch = start_scorecard({"build", dir.file("big"), "-o", out, "-j", "2"});
    REQUIRE(wait_for([&] {
        int temporaries = 0;
        for (const auto& name : names_in(out)) temporaries += name.find(".pdf.tmp-") != std::string::npos;
        return temporaries == 2;  // both children are writing
    }));
    REQUIRE(::kill(batch.id(), SIGTERM) == 0);
    CHECK(batch.wait() == kEndedBy + SIGTERM);
    // No child goes on: none is running, and a while later nothing has changed.
    CHECK_FALSE(process_running_with(dir.file("big")));
    std::this_thread::sleep_for(std::chrono::seconds(2));
    CHECK(names_in(out) == before);
    for (const auto& [name, content] : bytes) CHECK(read_file(out + "/" + name) == content);
}

TEST_CASE("temporary names carry their maker's process id", "[interrupts]") {
    pid_t pid = 0;
    CHECK(scorecard::parse_temporary_name(".q4.pdf.tmp-1234-0", &pid));
    CHECK(pid == 1234);
    CHECK(scorecard::parse_temporary_name(".q4.xlsx.tmp-77-3.draft", &pid));
    CHECK(pid == 77);
    CHECK(scorecard::parse_temporary_name(".history.sqlite.tmp-5-1-journal", &pid));
    CHECK(scorecard::parse_temporary_name(".q4.pdf.old-9-2", &pid));
    CHECK(pid == 9);
    CHECK_FALSE(scorecard::parse_temporary_name("q4.pdf.tmp-1-0", &pid));  // not hidden: the user's
    CHECK_FALSE(scorecard::parse_temporary_name(".q4.pdf.tmp-x-0", &pid));
    CHECK_FALSE(scorecard::parse_temporary_name(".q4.pdf.tmp-1-", &pid));
    CHECK_FALSE(scorecard::parse_temporary_name(".q4.pdf.tmp-1-0notes", &pid));
    CHECK_FALSE(scorecard::parse_temporary_name(".tmp-1-0", &pid));
}
