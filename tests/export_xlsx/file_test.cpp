// The file as a whole: document properties, byte-identical rebuilds with SOURCE_DATE_EPOCH,
// text from the input that looks like a formula, and failures reported as ExportError.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "stages/export/xlsx/xlsx_writer.hpp"
#include "support/run_command.hpp"
#include "workbook_builder.hpp"

using namespace scorecard::test;

TEST_CASE("document properties come from the template and the run", "[xlsx][properties]") {
    for (const BuiltWorkbook* built : {&flat_seed(), &sectioned_seed()}) {
        INFO(built->path);
        const XlsxProperties& p = built->book->properties();
        const auto& layout = built->checked.layout;
        CHECK(p.title == layout.document_title(built->checked.scorecard.period));
        CHECK(p.subject == "Children and Families performance scorecard");
        CHECK(p.creator == "Performance team, Children and Family Services");
        CHECK(p.company == "Leicestershire County Council");
        CHECK(p.keywords == "performance, scorecard, children and families, committee");
        CHECK(p.created == "2023-11-14T22:13:20Z");
        CHECK(p.modified == "2023-11-14T22:13:20Z");
        CHECK(p.description.find("scorecard test") != std::string::npos);
    }
    CHECK(flat_seed().book->properties().title == "Children and Families Performance FY2022/23 Q3");
}

TEST_CASE("two builds with SOURCE_DATE_EPOCH are byte-identical", "[xlsx][reproducible]") {
    ScratchDir dir("xlsx-reproducible");
    const std::string input = fixture_path("children-families-2022-23-q3.txt");
    // The driver takes the time from SOURCE_DATE_EPOCH through creation_time(); so does this test.
    ::setenv("SOURCE_DATE_EPOCH", "1600000000", 1);
    const std::time_t epoch = scorecard::creation_time();
    ::unsetenv("SOURCE_DATE_EPOCH");
    REQUIRE(epoch == 1600000000);
    build_workbook(input, dir.file("one.xlsx"), "", epoch);
    build_workbook(input, dir.file("two.xlsx"), "", epoch);
    CHECK(read_file(dir.file("one.xlsx")) == read_file(dir.file("two.xlsx")));
    // The time is really in the file: another epoch gives other bytes.
    build_workbook(input, dir.file("three.xlsx"), "", epoch + 60);
    CHECK(read_file(dir.file("one.xlsx")) != read_file(dir.file("three.xlsx")));
    CHECK(XlsxWorkbook(dir.file("one.xlsx")).properties().created == "2020-09-13T12:26:40Z");
}

TEST_CASE("the sectioned seed rebuilds byte-identically too", "[xlsx][reproducible]") {
    ScratchDir dir("xlsx-reproducible-sectioned");
    const std::string input = fixture_path("children-families-2019-20-q3.txt");
    build_workbook(input, dir.file("one.xlsx"));
    build_workbook(input, dir.file("two.xlsx"));
    CHECK(read_file(dir.file("one.xlsx")) == read_file(dir.file("two.xlsx")));
}

namespace {

// The flat seed with formula-like text put into a theme, an indicator name and a target.
std::string formula_like_input(const ScratchDir& dir) {
    std::string text = read_file(fixture_path("children-families-2022-23-q3.txt"));
    auto replace = [&](const std::string& from, const std::string& to) {
        const auto at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
    };
    replace("Care leavers EET", "=HYPERLINK(\"http://example.invalid\",\"Care leavers EET\")");
    replace("Care leavers in suitable accommodation", "+44 care leavers in suitable accommodation");
    replace("Families worked with by CFWS during period", "@families worked with by CFWS");
    replace("\tCFWS\tIndividuals", "\t-CFWS\tIndividuals");
    const std::string path = dir.file("formula-like.txt");
    write_file(path, text);
    return path;
}

}  // namespace

TEST_CASE("text that looks like a formula stays text", "[xlsx][safety]") {
    ScratchDir dir("xlsx-formula-like");
    const BuiltWorkbook built = build_workbook(formula_like_input(dir), dir.file("out.xlsx"));
    const XlsxSheet& s = built.book->sheet("Scorecard");
    const int hyperlink = row_with(s, 3, "=HYPERLINK(\"http://example.invalid\",\"Care leavers EET\")");
    CHECK(s.at(cell_ref(hyperlink, 3)).formula.empty());
    const int plus = row_with(s, 3, "+44 care leavers in suitable accommodation");
    CHECK(s.at(cell_ref(plus, 3)).is_string());
    const int at = row_with(s, 3, "@families worked with by CFWS");
    CHECK(s.at(cell_ref(at, 3)).is_string());
    CHECK(s.at("B3").text == "-CFWS");
    CHECK(s.at("B3").is_string());
    // No sheet holds a formula anywhere.
    for (const auto& name : built.book->sheet_names()) {
        INFO(name);
        CHECK(built.book->sheet(name).xml.find("<f>") == std::string::npos);
        CHECK(built.book->sheet(name).xml.find("<f ") == std::string::npos);
    }
    const XlsxSheet& data = built.book->sheet("Data");
    CHECK(row_with(data, 3, "=HYPERLINK(\"http://example.invalid\",\"Care leavers EET\")") > 3);
}

TEST_CASE("a workbook that cannot be written is an ExportError", "[xlsx][errors]") {
    ScratchDir dir("xlsx-errors");
    scorecard::CheckedScorecard checked = scorecard::read_and_check(fixture_path("children-families-2022-23-q3.txt"), {});
    scorecard::ExportContext context;
    context.created = kFixedTime;
    CHECK_THROWS_AS(scorecard::write_workbook(checked.scorecard, checked.findings, checked.layout, context,
                                              dir.file("no/such/folder/out.xlsx")),
                    scorecard::ExportError);
    CHECK_FALSE(file_exists(dir.file("no/such/folder/out.xlsx")));

    scorecard::OutputTemplate broken = checked.layout;
    broken.font_regular = dir.file("missing-font.ttf");
    try {
        scorecard::write_workbook(checked.scorecard, checked.findings, broken, context, dir.file("out.xlsx"));
        FAIL("a missing font file was not reported");
    } catch (const scorecard::ExportError& e) {
        CHECK(std::string(e.what()).find("missing-font.ttf") != std::string::npos);
    }
    CHECK_FALSE(file_exists(dir.file("out.xlsx")));
}

TEST_CASE("scorecard build writes the same workbook twice under SOURCE_DATE_EPOCH", "[xlsx][reproducible][cli]") {
    ScratchDir one("xlsx-cli-one"), two("xlsx-cli-two");
    const std::string input = fixture_path("children-families-2022-23-q3.txt");
    const std::map<std::string, std::string> env{{"SOURCE_DATE_EPOCH", "1700000000"}};
    REQUIRE(run_scorecard({"build", input, "-o", one.path()}, env).exit_code == 0);
    REQUIRE(run_scorecard({"build", input, "-o", two.path()}, env).exit_code == 0);
    const std::string a = read_file(one.file("children-families-2022-23-q3.xlsx"));
    CHECK(a == read_file(two.file("children-families-2022-23-q3.xlsx")));
    XlsxWorkbook book(one.file("children-families-2022-23-q3.xlsx"));
    CHECK(book.properties().created == "2023-11-14T22:13:20Z");
    CHECK(book.sheet_names().size() == 7);  // with Trend data: the flat seed's charts
}
