// The CSV of the Data table (STEM-data.csv): read back with Python's csv module against the Data
// sheet read with openpyxl (tests/pipeline/check_data_csv.py), with the page's links stating
// the sizes of the files written; every hostile string quoted and guarded; and the CSV, which
// carries no sign of its maker, replaced only when the page beside it vouches for it.
#include <catch2/catch.hpp>

#include <cstdio>

#include "stages/export/xlsx/data_csv.hpp"
#include "support/hostile_strings.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"

using namespace scorecard::test;

namespace {

const std::string kSeed = "children-families-2022-23-q3";

CommandResult build(const ScratchDir& dir, const std::string& fixture, std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"build", fixture_path(fixture), "-o", dir.path(), "--no-history"};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_scorecard(args);
}

// One RFC 4180 field read back: quoted (quotes doubled) or bare up to the end.
std::string read_field(const std::string& field) {
    if (field.empty() || field.front() != '"') return field;
    REQUIRE(field.size() >= 2);
    REQUIRE(field.back() == '"');
    std::string out;
    for (std::size_t i = 1; i + 1 < field.size(); ++i) {
        out += field[i];
        if (field[i] == '"') {
            REQUIRE(field[i + 1] == '"');  // a quote inside is always doubled
            ++i;
        }
    }
    return out;
}

}  // namespace

TEST_CASE("the CSV reads back as the Data sheet holds it, and the page's links state the files' real sizes",
          "[csv][openpyxl]") {
    CommandResult probe = run_command("/usr/bin/python3", {"-c", "import openpyxl"});
    if (!needed_or_skip(probe.exit_code == 0, "Python's openpyxl module", "python3-openpyxl")) return;
    ScratchDir dir("data-csv");
    for (const char* fixture : {"children-families-2022-23-q3.txt", "children-families-2019-20-q3.txt",
                                "made-up-q4-corrections.txt", "made-up-multi-script.txt", "variants/hostile-text.csv"}) {
        INFO(fixture);
        const CommandResult r = build(dir, fixture);
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        std::string stem = fixture;
        stem = stem.substr(stem.rfind('/') == std::string::npos ? 0 : stem.rfind('/') + 1);
        stem = dir.file(stem.substr(0, stem.rfind('.')));
        CHECK(r.out.find("wrote " + stem + "-data.csv\n") != std::string::npos);
        const CommandResult check =
            run_command("/usr/bin/python3", {source_path("tests/pipeline/check_data_csv.py"), stem});
        INFO(check.out << check.err);
        CHECK(check.exit_code == 0);
        CHECK(check.out.find("csv: ") != std::string::npos);
        CHECK(check.out.find("links: .xlsx") != std::string::npos);
        // The hostile table's formula-like text comes back guarded.
        if (std::string(fixture).find("hostile") != std::string::npos)
            CHECK(check.out.find(" guarded") != std::string::npos);
    }
}

TEST_CASE("every hostile string is one CSV field that reads back as its text, formula-like text guarded",
          "[csv][hostile]") {
    for (const auto& h : hostile_strings()) {
        INFO(h.name);
        const std::string field = scorecard::xlsx::csv_text_field(h.text);
        const std::string back = read_field(field);
        const bool guarded = !h.text.empty() && std::string("=+-@\t\r").find(h.text[0]) != std::string::npos;
        CHECK(back == (guarded ? "'" + h.text : h.text));
        if (h.formula_like) CHECK(guarded);
        // Unquoted, a field holds nothing that would end it.
        if (field.empty() || field.front() != '"') CHECK(field.find_first_of(",\"\r\n") == std::string::npos);
    }
    CHECK(scorecard::xlsx::csv_number_field(0.226) == "0.226");
    CHECK(scorecard::xlsx::csv_number_field(90.8 / 100) == "0.908");  // Excel's 15 digits, not 0.9079999999999999
    CHECK(scorecard::xlsx::csv_number_field(-0.0) == "0");
    CHECK(scorecard::xlsx::csv_number_field(-0.009) == "-0.009");  // a figure is a number, never guarded
    CHECK(scorecard::xlsx::csv_number_field(3775) == "3775");
}

TEST_CASE("formats: the CSV by default, on its own when asked, and not when left out", "[csv][formats]") {
    ScratchDir dir("data-csv-formats");
    const std::string csv = dir.file(kSeed + "-data.csv"), page = dir.file(kSeed + ".html");
    SECTION("the page without the CSV links only to what was written") {
        REQUIRE(build(dir, kSeed + ".txt", {"--formats", "html,xlsx"}).exit_code == 0);
        CHECK_FALSE(file_exists(csv));
        CHECK(read_file(page).find("-data.csv") == std::string::npos);
        CHECK(read_file(page).find(kSeed + ".xlsx") != std::string::npos);
    }
    SECTION("the CSV alone") {
        const CommandResult r = build(dir, kSeed + ".txt", {"--formats", "csv"});
        CHECK(r.exit_code == 0);
        CHECK(r.out == "wrote " + csv + "\n");
        CHECK(read_file(csv).rfind("\xEF\xBB\xBFTopic or outcome,", 0) == 0);
    }
}

TEST_CASE("the CSV is replaced only when the page beside it vouches for it", "[csv][owned]") {
    ScratchDir dir("data-csv-owned");
    const std::string csv = dir.file(kSeed + "-data.csv");
    SECTION("its own CSV, linked from its own page, is replaced") {
        REQUIRE(build(dir, kSeed + ".txt").exit_code == 0);
        const CommandResult again = build(dir, kSeed + ".txt");
        INFO(again.err);
        CHECK(again.exit_code == 0);
    }
    SECTION("a CSV of the user's is refused, kept, and replaced with --force") {
        write_file(csv, "our own,figures\r\n1,2\r\n");
        const CommandResult r = build(dir, kSeed + ".txt");
        CHECK(r.exit_code == 2);
        CHECK(r.err.find(csv + ": exists and is not an output scorecard wrote") != std::string::npos);
        CHECK(read_file(csv) == "our own,figures\r\n1,2\r\n");
        CHECK_FALSE(file_exists(dir.file(kSeed + ".xlsx")));  // nothing else written either
        CHECK(build(dir, kSeed + ".txt", {"--force"}).exit_code == 0);
        CHECK(read_file(csv).rfind("\xEF\xBB\xBFTopic or outcome,", 0) == 0);
    }
    SECTION("scorecard's CSV changed since (saved again from a spreadsheet) is the user's") {
        REQUIRE(build(dir, kSeed + ".txt").exit_code == 0);
        std::string text = read_file(csv);
        text.replace(text.find("Topic or outcome"), 5, "TOPIC");
        write_file(csv, text);
        CHECK(build(dir, kSeed + ".txt").exit_code == 2);
        CHECK(read_file(csv) == text);
    }
    SECTION("a CSV whose page was changed, or is gone, is not vouched for") {
        REQUIRE(build(dir, kSeed + ".txt").exit_code == 0);
        const std::string page = dir.file(kSeed + ".html");
        write_file(page, read_file(page) + "<!-- edited -->\n");
        CHECK(build(dir, kSeed + ".txt", {"--formats", "csv"}).exit_code == 2);
        REQUIRE(std::remove(page.c_str()) == 0);
        CHECK(build(dir, kSeed + ".txt", {"--formats", "csv"}).exit_code == 2);
        CHECK(build(dir, kSeed + ".txt", {"--formats", "csv", "--force"}).exit_code == 0);
    }
}
