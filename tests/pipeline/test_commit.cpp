// A build's outputs and its history rows go in together or not at all: a failure at any step of
// the commit leaves the earlier outputs and the store as they were, and two builds of the same
// stem into one folder never leave a workbook of one beside a PDF of the other.
#include <catch2/catch.hpp>

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>
#include <Poco/DirectoryIterator.h>
#include <Poco/Process.h>

#include <stdexcept>

#include "pipeline/driver/output_files.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"
#include "support/xlsx_reader.hpp"

using namespace scorecard;
using namespace scorecard::test;
using namespace Poco::Data::Keywords;

namespace {

const std::string kSeed = "children-families-2022-23-q3.txt";

std::vector<std::string> names_in(const std::string& dir) {
    std::vector<std::string> names;
    for (Poco::DirectoryIterator it(dir), end; it != end; ++it) names.push_back(it.name());
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace

TEST_CASE("a failure after the renames puts every earlier file back", "[commit]") {
    ScratchDir dir("commit-put-back");
    write_file(dir.file("a.xlsx"), "earlier workbook");  // b.pdf has no earlier file
    std::vector<StagedFile> files;
    files.emplace_back(dir.path(), "a.xlsx");
    files.emplace_back(dir.path(), "b.pdf");
    write_file(files[0].temp_path(), "new workbook");
    write_file(files[1].temp_path(), "new pdf");
    bool ran = false;
    CHECK_THROWS_WITH(commit_all(files,
                                 [&] {
                                     ran = true;
                                     // When the history commit runs, the new files are in place.
                                     CHECK(read_file(dir.file("a.xlsx")) == "new workbook");
                                     CHECK(read_file(dir.file("b.pdf")) == "new pdf");
                                     throw std::runtime_error("disk full at the history commit");
                                 }),
                      "disk full at the history commit");
    CHECK(ran);
    CHECK(read_file(dir.file("a.xlsx")) == "earlier workbook");
    CHECK_FALSE(file_exists(dir.file("b.pdf")));
    files.clear();  // the temporaries' owners go, as they do when a build fails
    CHECK(names_in(dir.path()) == std::vector<std::string>{"a.xlsx"});
}

TEST_CASE("a folder at an output path fails the commit before any file is replaced", "[commit]") {
    ScratchDir dir("commit-folder");
    write_file(dir.file("a.xlsx"), "earlier workbook");
    write_file(dir.file("b.pdf/inside"), "a folder where the PDF goes");
    std::vector<StagedFile> files;
    files.emplace_back(dir.path(), "a.xlsx");
    files.emplace_back(dir.path(), "b.pdf");
    write_file(files[0].temp_path(), "new workbook");
    write_file(files[1].temp_path(), "new pdf");
    CHECK_THROWS_WITH(commit_all(files), Catch::Contains("b.pdf: is a folder"));
    CHECK(read_file(dir.file("a.xlsx")) == "earlier workbook");
    CHECK(read_file(dir.file("b.pdf/inside")) == "a folder where the PDF goes");
    files.clear();
    CHECK(names_in(dir.path()) == std::vector<std::string>{"a.xlsx", "b.pdf"});
}

TEST_CASE("a store another program is reading fails the build before any output is replaced", "[commit][history]") {
    ScratchDir dir("commit-read-lock");
    const std::string out = dir.file("out");
    REQUIRE(run_scorecard({"build", fixture_path(kSeed), "-o", out}).exit_code == 0);
    std::map<std::string, std::string> before;
    for (const auto& name : names_in(out)) before[name] = read_file(out + "/" + name);

    // Another program holds a read transaction on the store for the whole build.
    Poco::Data::SQLite::Connector::registerConnector();
    Poco::Data::Session reader("SQLite", out + "/history.sqlite");
    reader << "BEGIN", now;
    int rows = 0;
    reader << "SELECT COUNT(*) FROM observations", into(rows), now;
    REQUIRE(rows > 0);
    CommandResult r = run_scorecard({"build", fixture_path(kSeed), "-o", out}, {{"SCORECARD_HISTORY_WAIT", "1"},
                                                                                {"SOURCE_DATE_EPOCH", "86400"}});
    reader << "ROLLBACK", now;
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("history.sqlite: history store: ") != std::string::npos);
    CHECK(r.err.find("locked") != std::string::npos);
    std::vector<std::string> names;
    for (const auto& [name, content] : before) names.push_back(name);
    CHECK(names_in(out) == names);
    for (const auto& [name, content] : before) CHECK(read_file(out + "/" + name) == content);
}

TEST_CASE("builds of one stem into one folder at once replace the outputs together", "[commit][concurrency]") {
    ScratchDir dir("commit-same-stem");
    const std::string out = dir.file("out");
    // Two tables with the same stem from two folders; the period in each title tells them apart.
    write_file(dir.file("one/q3.txt"), read_file(fixture_path(kSeed)));
    write_file(dir.file("two/q3.txt"), read_file(fixture_path(kSeed)));
    auto launch = [&](const std::string& folder, const std::string& period) {
        return Poco::Process::launch(
            "/bin/sh", {"-c", "exec \"$0\" build \"$1\" -o \"$2\" --no-history --period \"$3\" >/dev/null 2>&1",
                        scorecard_exe(), dir.file(folder + "/q3.txt"), out, period});
    };
    for (int trial = 0; trial < 15; ++trial) {
        INFO("trial " << trial);
        Poco::ProcessHandle a = launch("one", "Period A");
        Poco::ProcessHandle b = launch("two", "Period B");
        REQUIRE(a.wait() == 0);
        REQUIRE(b.wait() == 0);
        const std::string title = XlsxWorkbook(out + "/q3.xlsx").properties().title;
        const std::string pdf = read_file(out + "/q3.pdf");
        const bool workbook_a = title.find("Period A") != std::string::npos;
        CHECK(title.find(workbook_a ? "Period A" : "Period B") != std::string::npos);
        // The PDF's document information holds its title in plain text.
        CHECK(pdf.find(std::string("Performance ") + (workbook_a ? "Period A" : "Period B") + ")") != std::string::npos);
        CHECK(pdf.find(std::string("Performance ") + (workbook_a ? "Period B" : "Period A") + ")") == std::string::npos);
        CHECK(names_in(out) == std::vector<std::string>{"q3-data.csv", "q3.html", "q3.pdf", "q3.xlsx"});
    }
}

TEST_CASE("a full disk as the store is first made says so and leaves no store", "[commit][history]") {
    ScratchDir dir("commit-store-disk-full");
    // A file-size limit of 1 KiB stands in for a full disk: SQLite's first page does not fit.
    CommandResult r = run_command("/bin/sh", {"-c", "ulimit -f 2; exec \"$0\" history import \"$1\" --history \"$2\"",
                                              scorecard_exe(), fixture_path("history/past-quarters-made-up.csv"),
                                              dir.file("h.sqlite")});
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find(dir.file("h.sqlite") + ": cannot create the history store: ") != std::string::npos);
    CHECK(r.err.find("is the disk full?") != std::string::npos);
    CHECK(r.err.find("cannot rollback") == std::string::npos);
    CHECK(names_in(dir.path()).empty());
}
