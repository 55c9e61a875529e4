// Faults a build meets in the real world: an output folder that is missing, not a folder or
// not writable, a full disk, a missing font, two builds at once. Each ends with a clear
// message and exit 2, no partial file, and earlier outputs untouched.
#include <catch2/catch.hpp>

#include <Poco/DirectoryIterator.h>

#include <thread>

#include "pipeline/driver/output_files.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"

using namespace scorecard;
using namespace scorecard::test;

namespace {

const std::string kSeed = "children-families-2022-23-q3.txt";

std::vector<std::string> names_in(const std::string& dir) {
    std::vector<std::string> names;
    for (Poco::DirectoryIterator it(dir), end; it != end; ++it) names.push_back(it.name());
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace

TEST_CASE("a missing output folder is created", "[faults]") {
    ScratchDir dir("faults-missing");
    CommandResult r = run_scorecard({"build", fixture_path(kSeed), "-o", dir.file("a/b/c"), "--no-history"});
    CHECK(r.exit_code == 0);
    CHECK(names_in(dir.file("a/b/c")) ==
          std::vector<std::string>{"children-families-2022-23-q3-data.csv", "children-families-2022-23-q3.html", "children-families-2022-23-q3.pdf",
                                   "children-families-2022-23-q3.xlsx"});
}

TEST_CASE("an output folder that cannot be made is a clear I/O error", "[faults]") {
    ScratchDir dir("faults-not-folder");
    write_file(dir.file("plain-file"), "x");
    CommandResult r = run_scorecard({"build", fixture_path(kSeed), "-o", dir.file("plain-file"), "--no-history"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("plain-file: exists and is not a folder") != std::string::npos);
    // /proc refuses new folders even to root: "not writable" without relying on permissions.
    CommandResult proc = run_scorecard({"build", fixture_path(kSeed), "-o", "/proc/scorecard-out", "--no-history"});
    CHECK(proc.exit_code == 2);
    CHECK(proc.err.find("/proc/scorecard-out: cannot create the output folder") != std::string::npos);
}

TEST_CASE("a full disk leaves no partial file and the earlier outputs as they were", "[faults]") {
    ScratchDir dir("faults-disk-full");
    REQUIRE(run_scorecard({"build", fixture_path(kSeed), "-o", dir.path(), "--no-history"}).exit_code == 0);
    const std::string workbook = read_file(dir.file("children-families-2022-23-q3.xlsx"));
    const std::string pdf = read_file(dir.file("children-families-2022-23-q3.pdf"));
    const std::string page = read_file(dir.file("children-families-2022-23-q3.html"));
    const std::string csv = read_file(dir.file("children-families-2022-23-q3-data.csv"));
    // A file-size limit of 8 KiB stands in for a full disk: every write past it fails.
    CommandResult r = run_command("/bin/sh", {"-c", "ulimit -f 16; exec \"$0\" build \"$1\" -o \"$2\" --no-history",
                                              scorecard_exe(), fixture_path(kSeed), dir.path()});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("scorecard: ") != std::string::npos);
    CHECK(read_file(dir.file("children-families-2022-23-q3.xlsx")) == workbook);
    CHECK(read_file(dir.file("children-families-2022-23-q3.pdf")) == pdf);
    CHECK(read_file(dir.file("children-families-2022-23-q3.html")) == page);
    CHECK(read_file(dir.file("children-families-2022-23-q3-data.csv")) == csv);
    CHECK(names_in(dir.path()) ==
          std::vector<std::string>{"children-families-2022-23-q3-data.csv", "children-families-2022-23-q3.html", "children-families-2022-23-q3.pdf",
                                   "children-families-2022-23-q3.xlsx"});
}

TEST_CASE("a template whose font file is missing is refused before anything is written", "[faults]") {
    ScratchDir dir("faults-font");
    std::string text = read_file(source_path("output_templates/flat-2022-23.json"));
    const std::string families = "\"families\": [";
    text.replace(text.find(families), families.size(),
                 "\"bold\": \"/usr/share/fonts/truetype/liberation2/Missing-Bold.ttf\", " + families);
    write_file(dir.file("t.json"), text);
    CommandResult r = run_scorecard({"build", fixture_path(kSeed), "-o", dir.file("out"), "-t", dir.file("t.json")});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find(dir.file("t.json") + ": fonts.bold: font file") != std::string::npos);
    CHECK_FALSE(file_exists(dir.file("out")));
}

TEST_CASE("two builds into one folder at once both finish with complete files", "[faults][concurrency]") {
    ScratchDir dir("faults-concurrent");
    std::map<std::string, std::string> env = {{"SOURCE_DATE_EPOCH", "1700000000"}};
    CommandResult a, b;
    std::thread first([&] { a = run_scorecard({"build", fixture_path(kSeed), "-o", dir.path()}, env); });
    std::thread second([&] { b = run_scorecard({"build", fixture_path(kSeed), "-o", dir.path()}, env); });
    first.join();
    second.join();
    CHECK(a.exit_code == 0);
    CHECK(b.exit_code == 0);
    // Same input, same epoch: whichever rename came last, the files are whole and identical
    // to a build made alone.
    ScratchDir alone("faults-concurrent-alone");
    REQUIRE(run_scorecard({"build", fixture_path(kSeed), "-o", alone.path()}, env).exit_code == 0);
    CHECK(read_file(dir.file("children-families-2022-23-q3.xlsx")) == read_file(alone.file("children-families-2022-23-q3.xlsx")));
    CHECK(read_file(dir.file("children-families-2022-23-q3.pdf")) == read_file(alone.file("children-families-2022-23-q3.pdf")));
    CHECK(read_file(dir.file("children-families-2022-23-q3.html")) == read_file(alone.file("children-families-2022-23-q3.html")));
    CHECK(names_in(dir.path()) == std::vector<std::string>{"children-families-2022-23-q3-data.csv", "children-families-2022-23-q3.html", "children-families-2022-23-q3.pdf",
                                                           "children-families-2022-23-q3.xlsx", "history.sqlite"});
    CommandResult exported = run_scorecard({"history", "export", "--history", dir.file("history.sqlite")});
    CHECK(exported.out == run_scorecard({"history", "export", "--history", alone.file("history.sqlite")}).out);
}

TEST_CASE("output names made from input names stay inside OUTDIR", "[faults][safety]") {
    CHECK(output_stem("../../etc/passwd") == "passwd");
    CHECK(output_stem("/abs/path/scorecard.txt") == "scorecard");
    CHECK(output_stem("..") == "scorecard");
    CHECK(output_stem(".hidden.txt") == "hidden");
    CHECK(output_stem("we ird$name;rm -rf.tsv") == "we_ird_name_rm_-rf");
    CHECK(output_stem("\xD0\xA2\xD0\xBE\xD1\x80\xD1\x96\xD1\x81.csv") == "__________");
    ScratchDir dir("faults-names");
    const std::string odd = dir.file("..odd name (Q3).txt");
    write_file(odd, read_file(fixture_path(kSeed)));
    CommandResult r = run_scorecard({"build", odd, "-o", dir.file("out"), "--no-history"});
    CHECK(r.exit_code == 0);
    CHECK(names_in(dir.file("out")) == std::vector<std::string>{"odd_name__Q3_-data.csv", "odd_name__Q3_.html", "odd_name__Q3_.pdf",
                                                                "odd_name__Q3_.xlsx"});
}

TEST_CASE("a template naming a font family that is not installed is refused before anything is written", "[faults]") {
    ScratchDir dir("faults-family");
    std::string text = read_file(source_path("output_templates/flat-2022-23.json"));
    const std::string family = "\"Noto Sans Thai\"";
    text.replace(text.find(family), family.size(), "\"Noto Sans Nowhere\"");
    write_file(dir.file("t.json"), text);
    CommandResult r = run_scorecard({"build", fixture_path(kSeed), "-o", dir.file("out"), "-t", dir.file("t.json")});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find(dir.file("t.json") + ": fonts.families[8]: the font family \"Noto Sans Nowhere\" is not installed") !=
          std::string::npos);
    CHECK_FALSE(file_exists(dir.file("out")));
}
