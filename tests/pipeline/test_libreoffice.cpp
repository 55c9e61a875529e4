// Every workbook the fixtures give, opened in LibreOffice Calc (headless) as a partner agency
// without Excel would open it. LibreOffice saves each sheet as CSV, and every cell must read
// there as the workbook's XML holds it: the same text (text that looks like a formula stays
// text), the same numbers.
#include <catch2/catch.hpp>

#include <ctime>

#include <Poco/DirectoryIterator.h>
#include <Poco/File.h>
#include <Poco/Path.h>

#include <cmath>
#include <cstdlib>

#include "stages/ingest/raw_table.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"
#include "support/xlsx_reader.hpp"

using namespace scorecard::test;

namespace {

// LibreOffice's CSV export: comma, double quote, UTF-8 (76), from row 1, formulas' results,
// raw values rather than as shown, and the last field -1: every sheet to a file of its own,
// named STEM-SHEET.csv.
const char* const kEverySheetAsCsv = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

std::vector<std::vector<std::string>> read_csv(const std::string& path) {
    scorecard::RawTable table;
    scorecard::Findings problems(path);
    REQUIRE(scorecard::read_delimited(read_file(path), ',', {}, &table, problems));
    std::vector<std::vector<std::string>> rows;
    for (const auto& row : table.rows) {
        std::vector<std::string> cells;
        for (const auto& cell : row.cells) cells.push_back(cell.text);
        rows.push_back(cells);
    }
    return rows;
}

// An Excel date serial (days from 1899-12-30) as yyyy-mm-dd, the way a date cell exports.
std::string excel_date(double serial) {
    const std::time_t t = static_cast<std::time_t>((serial - 25569) * 86400);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &tm);
    return text;
}

// LibreOffice writes a raw number as "3775", "0.226" or, for a percentage, "22.6%".
bool same_number(const std::string& shown, double expected) {
    std::string text = shown;
    double scale = 1;
    if (!text.empty() && text.back() == '%') {
        text.pop_back();
        scale = 100;
    }
    char* end = nullptr;
    const double read = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0') return false;
    return std::fabs(read / scale - expected) <= 1e-9 * std::max(1.0, std::fabs(expected));
}

std::vector<std::string> workbooks_in(const std::string& folder) {
    std::vector<std::string> found;
    for (Poco::DirectoryIterator it(folder), end; it != end; ++it)
        if (Poco::Path(it.name()).getExtension() == "xlsx") found.push_back(it.path().toString());
    std::sort(found.begin(), found.end());
    return found;
}

}  // namespace

TEST_CASE("LibreOffice opens every fixture's workbook and reads every cell as written", "[xlsx][libreoffice]") {
    if (!tool_or_skip("soffice", "libreoffice-calc-nogui")) return;
    ScratchDir dir("libreoffice-every-workbook");
    const std::string books = dir.file("books");

    // Every table in fixtures/ and fixtures/variants/, as a batch.
    CommandResult built = run_scorecard(
        {"build", fixture_path(""), fixture_path("variants"), "-o", books, "--no-history", "--quiet", "-j", "2"});
    INFO(built.out << built.err);
    REQUIRE(built.exit_code == 0);
    // With national benchmarking columns, and with trend charts fed by the history store.
    REQUIRE(run_scorecard({"build", fixture_path("children-families-2022-23-q3.txt"), "-o", dir.file("national"),
                           "--no-history", "--national", fixture_path("national/made-up-national-2022-23.csv"),
                           "--neighbours", fixture_path("national/made-up-neighbours.csv")})
                .exit_code == 0);
    Poco::File(dir.file("national/children-families-2022-23-q3.xlsx")).copyTo(books + "/national-benchmarks.xlsx");
    const std::string history = dir.file("history.sqlite");
    REQUIRE(run_scorecard({"history", "import", fixture_path("history/2019-20-earlier-quarters-made-up.csv"),
                           "--history", history})
                .exit_code == 0);
    REQUIRE(run_scorecard({"build", fixture_path("children-families-2019-20-q3.txt"), "-o", dir.file("trend"),
                           "--history", history})
                .exit_code == 0);
    Poco::File(dir.file("trend/children-families-2019-20-q3.xlsx")).copyTo(books + "/trend-charts.xlsx");

    const std::vector<std::string> workbooks = workbooks_in(books);
    REQUIRE(workbooks.size() >= 12);

    // One start of LibreOffice for all of them (its first start is the slow part), with a
    // profile of its own so parallel tests and the user's settings do not interfere.
    std::vector<std::string> args = {"-env:UserInstallation=file://" + dir.file("profile"), "--headless",
                                     "--convert-to", kEverySheetAsCsv, "--outdir", dir.file("csv")};
    args.insert(args.end(), workbooks.begin(), workbooks.end());
    const CommandResult converted = run_command("soffice", args);
    INFO(converted.out << converted.err);
    REQUIRE(converted.exit_code == 0);

    for (const auto& path : workbooks) {
        const XlsxWorkbook book(path);
        const std::string stem = Poco::Path(path).getBaseName();
        for (const auto& name : book.sheet_names()) {
            const std::string csv = dir.file("csv/" + stem + "-" + name + ".csv");
            INFO(stem << ", sheet " << name);
            REQUIRE(file_exists(csv));
            const auto rows = read_csv(csv);
            const XlsxSheet& sheet = book.sheet(name);
            REQUIRE(rows.size() >= static_cast<std::size_t>(sheet.last_row()));
            std::size_t compared = 0;
            for (const auto& [ref, cell] : sheet.cells) {
                int row = 0, column = 0;
                split_ref(ref, &row, &column);
                const auto& cells = rows[static_cast<std::size_t>(row - 1)];
                const std::string shown =
                    static_cast<std::size_t>(column) <= cells.size() ? cells[static_cast<std::size_t>(column - 1)] : "";
                INFO("cell " << ref << ": the workbook holds '" << cell.text << "', LibreOffice reads '" << shown << "'");
                if (cell.is_string()) CHECK(shown == cell.text);
                else if (cell.is_number() && cell.style.number_format == "yyyy-mm-dd") CHECK(shown == excel_date(cell.number));
                else if (cell.is_number()) CHECK(same_number(shown, cell.number));
                else if (cell.type == XlsxCell::Type::Blank) CHECK(shown.empty());
                ++compared;
            }
            CHECK(compared > 0);
        }
    }
}
