// Every table of fixtures/ as the workbooks made of it (fixtures/workbooks/make_workbooks.py):
// saved by openpyxl (typed figures with their number formats, merged topics, inline strings),
// XlsxWriter (shared strings, formulas with saved results, the 1904 date system) and
// LibreOffice (.xlsx and .ods). Each must build to the same indicators, values and findings
// as its text form: the validate JSON is compared, value by value.
#include <catch2/catch.hpp>

#include "model_json.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"

using namespace scorecard::test;

namespace {

const char* const kTables[] = {"children-families-2022-23-q3", "children-families-2019-20-q3", "made-up-one-page",
                               "made-up-even-pages", "made-up-unicode-text"};
const char* const kForms[] = {"openpyxl.xlsx", "xlsxwriter.xlsx", "libreoffice.xlsx", "libreoffice.ods"};

void check_same(const std::string& text, const std::string& workbook, const ModelJsonOptions& options) {
    const auto expected = validated_model(fixture_path(text), options);
    const auto got = validated_model(fixture_path(workbook), options);
    INFO(workbook << " against " << text);
    CHECK(first_difference(expected, got) == "");
    // Not an empty comparison: the model has its indicators and their figures.
    CHECK(got.size() > 100);
}

}  // namespace

TEST_CASE("each workbook form of a table builds to the same model and findings as its text", "[workbook]") {
    for (const char* table : kTables)
        for (const char* form : kForms)
            check_same(std::string(table) + ".txt", std::string("workbooks/") + table + "." + form, {});
}

TEST_CASE("a workbook as councils keep it reads as its table: hidden rows, columns and sheets, merges, "
          "blank rows, formatted empty cells",
          "[workbook]") {
    ModelJsonOptions options;
    options.keep_lines = false;  // the workbook has blank and hidden rows the text has not
    for (const char* form : {"xlsxwriter.xlsx", "libreoffice.xlsx", "libreoffice.ods"})
        check_same("made-up-one-page.txt", std::string("workbooks/artefacts.") + form, options);
}

TEST_CASE("how a workbook was read is said in notes", "[workbook]") {
    for (const std::string format : {"xlsx", "ods"}) {
        const std::string input =
            fixture_path("workbooks/artefacts." + std::string(format == "xlsx" ? "xlsxwriter" : "libreoffice") + "." + format);
        const CommandResult r = run_scorecard({"validate", input});
        INFO(r.err);
        CHECK(r.exit_code == 0);
        CHECK(r.err.find(input + ":Q3: note: read sheet 'Q3' of the ." + format + " workbook (the first visible sheet whose header row matches a layout); not read: 'Cover' (no "
                         "header row), 'Old data' (hidden)") != std::string::npos);
        CHECK(r.err.find(input + ":Q3: note: row 4 is hidden in the workbook") != std::string::npos);
        CHECK(r.err.find(input + ":Q3: note: column D is hidden in the workbook") != std::string::npos);
        CHECK(r.err.find(input + ":Q3: note: cells merged down several rows give their text to each of those rows: "
                                 "A2:A4, A6:A7, A9:A10") != std::string::npos);
    }
}
