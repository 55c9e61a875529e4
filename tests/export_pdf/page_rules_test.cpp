// Blank pages and footers: the agenda-pack page rules as functions.
#include <catch2/catch.hpp>

#include "stages/export/pdf/column_layout.hpp"
#include "stages/export/pdf/page_rules.hpp"

using namespace scorecard;
using namespace scorecard::pdf;

TEST_CASE("an odd page count gets one blank page under the even rule", "[page-rules]") {
    CHECK(blank_pages_needed(1, BlankPageRule::Even) == 1);
    CHECK(blank_pages_needed(2, BlankPageRule::Even) == 0);
    CHECK(blank_pages_needed(3, BlankPageRule::Even) == 1);
    CHECK(blank_pages_needed(1000, BlankPageRule::Even) == 0);
    CHECK(blank_pages_needed(1001, BlankPageRule::Even) == 1);
}

TEST_CASE("booklets are padded to a multiple of four", "[page-rules]") {
    CHECK(blank_pages_needed(1, BlankPageRule::MultipleOfFour) == 3);
    CHECK(blank_pages_needed(2, BlankPageRule::MultipleOfFour) == 2);
    CHECK(blank_pages_needed(3, BlankPageRule::MultipleOfFour) == 1);
    CHECK(blank_pages_needed(4, BlankPageRule::MultipleOfFour) == 0);
    CHECK(blank_pages_needed(5, BlankPageRule::MultipleOfFour) == 3);
}

TEST_CASE("the rule can be turned off", "[page-rules]") {
    for (int n = 1; n < 6; ++n) CHECK(blank_pages_needed(n, BlankPageRule::Off) == 0);
}

namespace {
std::string footer(const std::string& text, int first_page, int index, int last_page = 0) {
    PlaceholderValues values;
    values.first_page = first_page;
    values.pages = last_page;
    values.title = "Children and Families Performance FY2022/23 Q3";
    values.period = "FY2022/23 Q3";
    values.council = "Leicestershire County Council";
    return footer_text(text, values, index);
}
}  // namespace

TEST_CASE("footers count from the first page number the user gives", "[page-rules]") {
    CHECK(footer("Page {page}", 1, 0) == "Page 1");
    CHECK(footer("Page {page}", 1, 4) == "Page 5");
    CHECK(footer("Page {page}", 37, 0) == "Page 37");
    CHECK(footer("Page {page}", 37, 2) == "Page 39");
    CHECK(footer("Appendix A, page {page} ({page})", 5, 1) == "Appendix A, page 6 (6)");
    CHECK(footer("No number", 5, 1) == "No number");
}

TEST_CASE("footers fill every placeholder", "[page-rules]") {
    CHECK(footer("Page {page} of {pages}", 37, 1, 42) == "Page 38 of 42");
    CHECK(footer("{council}: {title}, pages {first_page} to {pages}", 37, 0, 42) ==
          "Leicestershire County Council: Children and Families Performance FY2022/23 Q3, pages 37 to 42");
    CHECK(footer("{period} - {page}", 1, 0) == "FY2022/23 Q3 - 1");
    // Braces that do not hold a placeholder name are text.
    CHECK(footer("{ draft } {2023} {page", 1, 0) == "{ draft } {2023} {page");
}

TEST_CASE("column widths are scaled together to fill the printable width", "[page-rules]") {
    std::vector<ColumnSpec> columns(3);
    columns[0].width_mm = 10;
    columns[1].width_mm = 30;
    columns[2].width_mm = 60;
    const auto boxes = lay_out_columns(columns, 34, 500);
    REQUIRE(boxes.size() == 3);
    CHECK(boxes[0].left == Approx(34));
    CHECK(boxes[0].width == Approx(50));
    CHECK(boxes[1].left == Approx(84));
    CHECK(boxes[1].width == Approx(150));
    CHECK(boxes[2].width == Approx(300));
    CHECK(boxes[2].right() == Approx(534));
}
