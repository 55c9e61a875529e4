// National benchmarking in the documents: a build with the made-up published files
// (fixtures/national/) shows the England and regional figures beside the neighbour average in
// the workbook and the PDF, a suppression symbol as text, and the computed national fields on
// the Data sheet. Read back from the files, as a reader would see them.
#include <catch2/catch.hpp>

#include "support/pdf_reader.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"
#include "support/xlsx_reader.hpp"

using namespace scorecard::test;

namespace {

const char* const kStem = "made-up-scorecard-2022-23-q3";

std::vector<std::string> national_build(const std::string& outdir) {
    return {"build", fixture_path("national/made-up-scorecard-2022-23-q3.txt"), "-o", outdir, "--no-history",
            "--national", fixture_path("national/made-up-ees-care-leavers.csv"),
            "--national", fixture_path("national/made-up-ees-ks4.csv"),
            "--national", fixture_path("national/made-up-adoption-long.csv"),
            "--national-map", fixture_path("national/made-up-ees-map.json"),
            "--neighbours", fixture_path("national/made-up-neighbours-wide.csv"), "--authority", "E06000116"};
}

struct Built {
    ScratchDir dir{"national-outputs"};
    CommandResult result;
    Built() { result = run_scorecard(national_build(dir.path()), {{"SOURCE_DATE_EPOCH", "1700000000"}}); }
    std::string file(const std::string& ext) const { return dir.file(std::string(kStem) + ext); }
};

const Built& built() {
    static const Built b;
    return b;
}

int column_headed(const XlsxSheet& s, int row, const std::string& header) {
    for (const auto& [ref, cell] : s.cells) {
        int r, c;
        split_ref(ref, &r, &c);
        if (r == row && cell.text == header) return c;
    }
    return 0;
}

// The Data sheet row of an indicator (by its Id), or 0.
int data_row(const XlsxSheet& s, const std::string& id) {
    const int column = column_headed(s, 3, "Indicator ID");
    for (int row = 4; row <= s.last_row(); ++row)
        if (s.at(cell_ref(row, column)).text == id) return row;
    return 0;
}

}  // namespace

TEST_CASE("national build: the Data sheet holds the national fields, symbols as text", "[national][xlsx]") {
    INFO(built().result.err);
    REQUIRE(built().result.exit_code == 0);
    XlsxWorkbook book(built().file(".xlsx"));
    const XlsxSheet& data = book.sheet("Data");
    const int leavers = data_row(data, "care-leavers-suitable-accommodation");
    const int p8 = data_row(data, "progress-8");
    REQUIRE(leavers > 0);
    REQUIRE(p8 > 0);
    auto cell = [&](int row, const char* header) {
        const int column = column_headed(data, 3, header);
        INFO(header);
        REQUIRE(column > 0);
        return data.at(cell_ref(row, column));
    };
    // Figures are numbers with the source's format: 85.1% is 0.851 shown 0.0%.
    CHECK(cell(leavers, "England average").is_number());
    CHECK(cell(leavers, "England average").number == Approx(0.851));
    CHECK(cell(leavers, "England average").style.number_format == "0.0%");
    CHECK(cell(leavers, "Regional average").number == Approx(0.863));
    CHECK(cell(leavers, "Region").text == "East Midlands");
    CHECK(cell(leavers, "National rank").number == 53);
    CHECK(cell(leavers, "Authorities ranked").number == 141);
    CHECK(cell(leavers, "Computed national quartile").number == 2);
    CHECK(cell(leavers, "Position in quartile").number == Approx(0.5));
    CHECK(cell(leavers, "National neighbour average").number == Approx(0.67));
    CHECK(cell(leavers, "Neighbours averaged").number == 9);
    CHECK(cell(leavers, "National data period").text == "Q3 2022/23");
    // The East Midlands Progress 8 figure is "[x]": the symbol as published beside the figure
    // column, which says [x] (not available) in the shorthand the Cover explains.
    CHECK(cell(p8, "Regional average if not a figure").is_string());
    CHECK(cell(p8, "Regional average if not a figure").text == "[x]");
    CHECK(cell(p8, "Regional average").text == "[x]");
    CHECK(cell(p8, "England average").number == Approx(-0.03));
    const int adoption = data_row(data, "adopted-within-12-months");
    CHECK(cell(adoption, "No quartile because").text ==
          "only 4 authorities have a value, fewer than the 10 a quartile needs");
}

TEST_CASE("national build: the Scorecard sheet and the PDF show England and regional averages", "[national][pdf]") {
    REQUIRE(built().result.exit_code == 0);
    XlsxWorkbook book(built().file(".xlsx"));
    const XlsxSheet& sheet = book.sheet("Scorecard");
    const int neighbour = column_headed(sheet, 2, "Most recent Statistical Neighbour average");
    REQUIRE(neighbour > 0);
    CHECK(column_headed(sheet, 2, "England average") == neighbour + 1);
    CHECK(column_headed(sheet, 2, "Regional average") == neighbour + 2);

    PdfReader pdf(built().file(".pdf"));
    const std::string text = collapse_whitespace(pdf.text());
    CHECK(text.find("England average") != std::string::npos);
    CHECK(text.find("Regional average") != std::string::npos);
    CHECK(text.find("85.1%") != std::string::npos);
    CHECK(text.find("86.3%") != std::string::npos);
    CHECK(text.find("[x]") != std::string::npos);
}

TEST_CASE("without national data the columns of national figures are left out", "[national][pdf]") {
    ScratchDir dir("national-outputs-none");
    const CommandResult r = run_scorecard({"build", fixture_path("national/made-up-scorecard-2022-23-q3.txt"), "-o",
                                           dir.path(), "--no-history"});
    REQUIRE(r.exit_code == 0);
    XlsxWorkbook book(dir.file(std::string(kStem) + ".xlsx"));
    CHECK(column_headed(book.sheet("Scorecard"), 2, "Most recent Statistical Neighbour average") == 14);
    CHECK(column_headed(book.sheet("Scorecard"), 2, "England average") == 0);
    PdfReader pdf(dir.file(std::string(kStem) + ".pdf"));
    CHECK(collapse_whitespace(pdf.text()).find("England average") == std::string::npos);
}
