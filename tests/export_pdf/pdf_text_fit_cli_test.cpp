// Cut text and unreadable templates through `scorecard build`, as an officer meets them: the
// warning on standard error and in the workbook's Findings sheet, --strict refusing it, and a
// template refused before anything is written.
#include <catch2/catch.hpp>

#include "support/run_command.hpp"
#include "support/test_paths.hpp"
#include "support/xlsx_reader.hpp"

using namespace scorecard::test;

namespace {

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

// made-up-one-page.txt with its second indicator's name made 10,000 characters long.
std::string long_name_table(const ScratchDir& dir) {
    std::string table = read_file(fixture_path("made-up-one-page.txt"));
    const std::string name = "Made-up indicator 2: percentage of cases reviewed on time in the quarter";
    std::string long_name;
    for (int i = 0; long_name.size() < 10000; ++i) long_name += "word" + std::to_string(i) + " ";
    long_name.resize(10000);
    const std::size_t at = table.find(name);
    REQUIRE(at != std::string::npos);
    table.replace(at, name.size(), long_name);
    const std::string path = dir.file("long-name.txt");
    write_file(path, table);
    return path;
}

// The flat template with `change` made to its JSON text.
std::string changed_template(const ScratchDir& dir, const std::string& from, const std::string& to) {
    std::string json = read_file(std::string(SCORECARD_SOURCE_DIR) + "/output_templates/flat-2022-23.json");
    const std::size_t at = json.find(from);
    REQUIRE(at != std::string::npos);
    json.replace(at, from.size(), to);
    const std::string path = dir.file("template.json");
    write_file(path, json);
    return path;
}

}  // namespace

TEST_CASE("a cut cell is a warning on standard error and a row of the Findings sheet", "[pdf][cut][cli]") {
    ScratchDir dir("pdf-cut-cli");
    const std::string input = long_name_table(dir);
    const CommandResult r = run_scorecard({"build", input, "-o", dir.file("out"), "--no-history", "--quiet"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(contains(r.err, "long-name.txt:3:"));
    CHECK(contains(r.err, "warning: the PDF's \"Indicator\" cell of 'word0 word1"));
    CHECK(contains(r.err, "of 10,000 characters"));

    XlsxWorkbook book(dir.file("out/long-name.xlsx"));
    const XlsxSheet& findings = book.sheet("Findings");
    bool listed = false;
    for (const auto& [ref, cell] : findings.cells)
        if (cell.text == "pdf-text-cut") {
            listed = true;
            const std::string row = ref.substr(1);
            CHECK(findings.at("A" + row).text == "warning");
            CHECK(findings.at("C" + row).text == "3");  // the indicator's line in the input
        }
    CHECK(listed);
    // The Scorecard sheet cannot show it all either (its row would be taller than Excel allows).
    CHECK(contains(r.err, "long-name.txt:3:50: warning: the Scorecard sheet's row 4 ('word0 word1"));
    // So cannot the Summary sheet's row of its largest change, nor the Findings sheet's rows
    // naming it: warnings too, never a silent cut.
    CHECK(contains(r.err, "long-name.txt: warning: the Summary sheet's row 24 needs"));
    // One warning for the Findings sheet's three rows naming it (one for each of its findings).
    CHECK(contains(r.err, "long-name.txt: warning: the Findings sheet's rows 8, 9 and 10 need up to 3718 pt"));
    CHECK(book.sheet("Summary").row_heights.at(24) == Approx(409));
    CHECK(book.sheet("Findings").row_heights.at(8) == Approx(409));
    // The About sheet counts what the Findings sheet lists: the Findings sheet's own cut rows
    // are found only as it is written, so they are told on standard error (and the web page).
    bool counted = false;
    for (const auto& [ref, cell] : book.sheet("About").cells)
        counted = counted || contains(cell.text, "3 warnings");
    CHECK(counted);
}

TEST_CASE("under --strict a cut cell rejects the build, and nothing is written", "[pdf][cut][cli]") {
    ScratchDir dir("pdf-cut-strict");
    const std::string input = long_name_table(dir);
    const CommandResult r = run_scorecard({"build", input, "-o", dir.file("out"), "--no-history", "--strict"});
    INFO(r.err);
    CHECK(r.exit_code == 1);
    CHECK(contains(r.err, "error: the PDF's \"Indicator\" cell"));
    CHECK_FALSE(file_exists(dir.file("out/long-name.pdf")));
    CHECK_FALSE(file_exists(dir.file("out/long-name.xlsx")));
}

TEST_CASE("a template with 60 mm margins and 48 pt type is refused by build and validate, naming the key",
          "[pdf][template][cli]") {
    ScratchDir dir("pdf-template-refused");
    const std::string t = changed_template(dir, R"("margins_mm": { "top": 14, "bottom": 16, "left": 12, "right": 12 })",
                                           R"("margins_mm": { "top": 60, "bottom": 60, "left": 60, "right": 60 })");
    std::string json = read_file(t);
    json.replace(json.find(R"("size": 8)"), 9, R"("size": 48)");
    write_file(t, json);
    const std::string input = fixture_path("made-up-one-page.txt");
    const CommandResult build = run_scorecard({"build", input, "-t", t, "-o", dir.file("out"), "--no-history"});
    INFO(build.err);
    CHECK(build.exit_code == 2);
    CHECK(contains(build.err, "template.json: columns[1].width_mm: the column \"Theme\""));
    CHECK_FALSE(file_exists(dir.file("out")));
    const CommandResult validate = run_scorecard({"validate", input, "-t", t});
    CHECK(validate.exit_code == 2);
    CHECK(contains(validate.err, "columns[1].width_mm"));
}

TEST_CASE("a 100,000-character title is refused naming the key; a long one fits", "[pdf][template][cli]") {
    ScratchDir dir("pdf-title-cli");
    std::string title;
    while (title.size() < 100000) title += "Children and Families Performance ";
    title.resize(100000);
    const std::string t = changed_template(dir, R"("title": "Children and Families Performance")",
                                           "\"title\": \"" + title + "\"");
    const std::string input = fixture_path("made-up-one-page.txt");
    const CommandResult refused = run_scorecard({"build", input, "-t", t, "-o", dir.file("out"), "--no-history"});
    INFO(refused.err);
    CHECK(refused.exit_code == 2);
    CHECK(contains(refused.err, "template.json: title: the title (100,013 characters)"));
    CHECK_FALSE(file_exists(dir.file("out")));
}
