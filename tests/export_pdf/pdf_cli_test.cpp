// The PDF as `scorecard build` writes it: through the driver's temporary file and rename.
#include <catch2/catch.hpp>

#include <Poco/DirectoryIterator.h>

#include <algorithm>

#include "support/pdf_reader.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"

using namespace scorecard::test;

namespace {
std::vector<std::string> files_in(const std::string& dir) {
    std::vector<std::string> names;
    for (Poco::DirectoryIterator it(dir), end; it != end; ++it) names.push_back(it.name());
    std::sort(names.begin(), names.end());
    return names;
}
}  // namespace

TEST_CASE("scorecard build writes STEM.pdf numbered from --first-page, and reproducibly", "[pdf][cli]") {
    ScratchDir dir("pdf-cli");
    const std::string input = fixture_path("made-up-one-page.txt");
    const std::map<std::string, std::string> env{{"SOURCE_DATE_EPOCH", "1675166400"}};
    const CommandResult first =
        run_scorecard({"build", input, "-o", dir.file("a"), "--first-page", "41", "--no-history", "--quiet"}, env);
    INFO(first.err);
    REQUIRE(first.exit_code == 0);
    const std::string pdf_path = dir.file("a/made-up-one-page.pdf");
    REQUIRE(file_exists(pdf_path));
    // Only the finished files are left: no temporary PDF beside them.
    CHECK(files_in(dir.file("a")) == std::vector<std::string>{"made-up-one-page-data.csv", "made-up-one-page.html", "made-up-one-page.pdf",
                                                              "made-up-one-page.xlsx"});

    // The summary page, then the table's page: two pages, so no blank page is needed.
    PdfReader pdf(pdf_path);
    REQUIRE(pdf.page_count() == 2);
    const std::string page_one = collapse_whitespace(pdf.page_text(0));
    CHECK(page_one.rfind("Summary ", 0) == 0);
    CHECK(page_one.substr(page_one.size() - 7) == "Page 41");
    const std::string page_two = collapse_whitespace(pdf.page_text(1));
    CHECK(page_two.find("Topic Theme Indicator") != std::string::npos);
    CHECK(page_two.substr(page_two.size() - 7) == "Page 42");
    CHECK(pdf.info().at("CreationDate").find("2023") != std::string::npos);

    const CommandResult second =
        run_scorecard({"build", input, "-o", dir.file("b"), "--first-page", "41", "--no-history", "--quiet"}, env);
    REQUIRE(second.exit_code == 0);
    CHECK(read_file(pdf_path) == read_file(dir.file("b/made-up-one-page.pdf")));
}
