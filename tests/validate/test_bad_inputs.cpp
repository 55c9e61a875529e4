// fixtures/bad/: every input that must be rejected, each with the error, its code and the
// location it must get (fixtures/bad/expected.tsv). Run through the CLI as a user would: a
// located error on standard error, the exit code, and nothing written to OUTDIR; the finding's
// code is read from `validate --format json`. A PDF a pack must refuse (options "pack") is
// run as `scorecard pack FILE -o OUT.pdf`, its code read from the PackInputError it raises.
#include <catch2/catch.hpp>

#include <Poco/DirectoryIterator.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <fstream>
#include <sstream>

#include "pipeline/driver/pack_run.hpp"
#include "stages/export/pdf/pack_writer.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"

using namespace scorecard::test;

namespace {

// `where` is how the error is located: "LINE:COLUMN" in a text file, "SHEET!CELL" in a
// workbook, "" for the whole file.
struct BadCase {
    std::string file, options;
    int exit_code = 0;
    std::string where, code, message;
    bool pack_item() const { return options == "pack"; }
};

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        std::size_t tab = line.find('\t', start);
        out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
        if (tab == std::string::npos) break;
        start = tab + 1;
    }
    return out;
}

std::vector<BadCase> load_cases() {
    std::ifstream in(fixture_path("bad/expected.tsv"));
    std::vector<BadCase> cases;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        auto f = split_tabs(line);
        REQUIRE(f.size() == 7);
        // The line column holds a line number (the column column its column), a workbook
        // cell ("Q4!I2"), or "-" for the whole file.
        std::string where = f[3] == "-" ? "" : f[3].find('!') != std::string::npos ? f[3] : f[3] + ":" + f[4];
        cases.push_back({f[0], f[1], std::stoi(f[2]), where, f[5], f[6]});
    }
    return cases;
}

std::size_t files_in(const std::string& dir) {
    std::size_t n = 0;
    for (Poco::DirectoryIterator it(dir), end; it != end; ++it) ++n;
    return n;
}

// The command line for a case: `verb`, the input, then its options (split at spaces). A bad file
// that is not a table (national data, a map, neighbours) stands where the options say "{}", and
// the table is then the made-up national scorecard; "fixtures:PATH" names another fixture.
std::vector<std::string> command_for(const BadCase& c, const std::string& verb) {
    const std::string bad = fixture_path("bad/" + c.file);
    const bool in_options = c.options.find("{}") != std::string::npos;
    std::vector<std::string> args = {verb, in_options ? fixture_path("national/made-up-scorecard-2022-23-q3.txt") : bad};
    std::istringstream words(c.options);
    for (std::string word; words >> word;) {
        if (word == "{}") word = bad;
        else if (word.rfind("fixtures:", 0) == 0) word = fixture_path(word.substr(9));
        args.push_back(word);
    }
    return args;
}

// The error findings validate's JSON report holds, as "code WHERE message": WHERE is
// LINE:COLUMN, SHEET!CELL in a workbook, or "-" for the whole file.
std::vector<std::string> reported_errors(const BadCase& c) {
    std::vector<std::string> args = command_for(c, "validate");
    args.push_back("--format");
    args.push_back("json");
    const CommandResult r = run_scorecard(args);
    INFO(r.err);
    REQUIRE(r.exit_code == c.exit_code);
    const auto root = Poco::JSON::Parser().parse(r.out).extract<Poco::JSON::Object::Ptr>();
    std::vector<std::string> errors;
    const auto findings = root->getArray("findings");
    for (std::size_t i = 0; i < findings->size(); ++i) {
        const auto f = findings->getObject(static_cast<unsigned>(i));
        if (f->getValue<std::string>("severity") != "error") continue;
        const int line = f->getValue<int>("line");
        const std::string where = f->has("sheet") ? f->getValue<std::string>("sheet") + "!" + f->getValue<std::string>("reference")
                                  : line > 0 ? std::to_string(line) + ":" + std::to_string(f->getValue<int>("column"))
                                             : "-";
        errors.push_back(f->getValue<std::string>("code") + " " + where + " " + f->getValue<std::string>("message"));
    }
    return errors;
}

}  // namespace

TEST_CASE("the bad-input corpus is large enough to cover every error class", "[bad]") {
    auto cases = load_cases();
    CHECK(cases.size() >= 40);
    // Every file in fixtures/bad/ has its expectation (nothing added without one).
    CHECK(files_in(fixture_path("bad")) == cases.size() + 1);
}

TEST_CASE("every bad input gets its located error, its exit code, and no output", "[bad]") {
    ScratchDir scratch("bad-inputs");
    for (const auto& c : load_cases()) {
        if (c.pack_item()) continue;  // the next test case
        const std::string input = fixture_path("bad/" + c.file);
        const std::string outdir = scratch.file(c.file + ".out");
        std::vector<std::string> args = command_for(c, "build");
        for (const char* extra : {"-o", outdir.c_str(), "--no-history"}) args.push_back(extra);
        CommandResult r = run_scorecard(args);
        INFO(c.file << "\n" << r.err);
        CHECK(r.exit_code == c.exit_code);
        const std::string prefix = input + (c.where.empty() ? "" : ":" + c.where) + ": error: ";
        bool found = false;
        std::istringstream lines(r.err);
        for (std::string l; std::getline(lines, l);)
            if (l.rfind(prefix, 0) == 0 && l.find(c.message) != std::string::npos) found = true;
        CHECK(found);
        // Rejected input writes nothing: not even the output folder.
        CHECK_FALSE(file_exists(outdir));
    }
}

TEST_CASE("every bad input's error carries the code expected.tsv names", "[bad]") {
    for (const auto& c : load_cases()) {
        if (c.pack_item()) continue;
        const std::vector<std::string> errors = reported_errors(c);
        const std::string expected = c.code + " " + (c.where.empty() ? "-" : c.where) + " ";
        INFO(c.file << ": expected " << expected << "... " << c.message);
        bool found = false;
        for (const auto& e : errors) {
            UNSCOPED_INFO(e);
            if (e.rfind(expected, 0) == 0 && e.find(c.message) != std::string::npos) found = true;
        }
        CHECK(found);
    }
}

TEST_CASE("every PDF a pack must refuse gets its error naming it, exit 1, its code, and no pack", "[bad]") {
    ScratchDir scratch("bad-pack-items");
    int pack_cases = 0;
    for (const auto& c : load_cases()) {
        if (!c.pack_item()) continue;
        ++pack_cases;
        const std::string input = fixture_path("bad/" + c.file);
        const std::string pack = scratch.file(c.file + ".pack.pdf");
        // After a good table, so the refusal comes with work already done.
        const CommandResult r = run_scorecard(
            {"pack", fixture_path("made-up-one-page.txt"), input, "-o", pack});
        INFO(c.file << "\n" << r.err);
        CHECK(r.exit_code == c.exit_code);
        bool found = false;
        std::istringstream lines(r.err);
        for (std::string l; std::getline(lines, l);)
            if (l.rfind(input + ": error: ", 0) == 0 && l.find(c.message) != std::string::npos) found = true;
        CHECK(found);
        CHECK_FALSE(file_exists(pack));
        // The code, from the reader itself (a pack has no JSON report).
        std::string code = "(accepted)";
        try {
            (void)scorecard::pdf::inspect_pdf(input, c.file);
        } catch (const scorecard::pdf::PackInputError& e) {
            code = e.code();
        }
        if (c.code == "pdf-not-pdf") code = scorecard::looks_like_pdf(input) ? "(a PDF)" : "pdf-not-pdf";
        CHECK(code == c.code);
    }
    CHECK(pack_cases >= 7);
}

TEST_CASE("rejected input leaves an earlier good output untouched", "[bad]") {
    ScratchDir scratch("keep-good");
    const std::string good = fixture_path("children-families-2022-23-q3.txt");
    // Give the bad input the same stem as the good one, so its outputs would replace them.
    const std::string bad_copy = scratch.file("children-families-2022-23-q3.txt");
    write_file(bad_copy, read_file(fixture_path("bad/not-a-number.txt")));
    CommandResult first = run_scorecard({"build", good, "-o", scratch.file("out"), "--no-history"});
    REQUIRE(first.exit_code == 0);
    const std::string workbook = read_file(scratch.file("out/children-families-2022-23-q3.xlsx"));
    const std::string pdf = read_file(scratch.file("out/children-families-2022-23-q3.pdf"));
    CommandResult second = run_scorecard({"build", bad_copy, "-o", scratch.file("out"), "--no-history"});
    CHECK(second.exit_code == 1);
    CHECK(read_file(scratch.file("out/children-families-2022-23-q3.xlsx")) == workbook);
    CHECK(read_file(scratch.file("out/children-families-2022-23-q3.pdf")) == pdf);
    CHECK(files_in(scratch.file("out")) == 4);  // the four outputs, no temporary files left behind
}
