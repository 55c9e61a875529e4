// The table's rows in reading order, the one sequence the PDF and the workbook's Scorecard
// sheet both lay out.
#include <catch2/catch.hpp>

#include "stages/export/common/table_rows.hpp"
#include "support/model_fixtures.hpp"

using namespace scorecard;

namespace {
OutputTemplate named(const std::string& name) { return load_template(resolve_template_path(name)); }
}  // namespace

TEST_CASE("a flat template lists every indicator in model order, with no heading rows", "[rows]") {
    const CheckedScorecard checked = test::check_fixture("children-families-2022-23-q3.txt");
    const std::vector<TableRow> rows = table_rows(checked.scorecard, named("flat-2022-23"));
    REQUIRE(rows.size() == checked.scorecard.indicator_count());
    std::size_t number = 0;
    for (std::size_t g = 0; g < checked.scorecard.groups.size(); ++g)
        for (std::size_t k = 0; k < checked.scorecard.groups[g].indicators.size(); ++k, ++number) {
            const TableRow& row = rows.at(number);
            CHECK(row.kind == RowKind::Indicator);
            CHECK(row.indicator == &checked.scorecard.groups[g].indicators[k]);
            CHECK(row.group == static_cast<int>(g));
            CHECK(row.number == number);
            CHECK(row.in_group == k);
        }
}

TEST_CASE("a sectioned template puts each group's heading before its indicators", "[rows]") {
    const CheckedScorecard checked = test::check_fixture("children-families-2019-20-q3.txt");
    const Scorecard& s = checked.scorecard;
    const std::vector<TableRow> rows = table_rows(s, named("sectioned-2019-20"));
    REQUIRE(rows.size() == s.indicator_count() + s.groups.size());
    std::size_t at = 0;
    for (std::size_t g = 0; g < s.groups.size(); ++g) {
        CHECK(rows.at(at).kind == RowKind::GroupHeading);
        CHECK(rows.at(at).group_ptr == &s.groups[g]);
        ++at;
        for (std::size_t k = 0; k < s.groups[g].indicators.size(); ++k, ++at) {
            CHECK(rows.at(at).kind == RowKind::Indicator);
            CHECK(rows.at(at).in_group == k);
        }
    }
    // The same model through the flat template: the groups go into the Topic column instead.
    CHECK(table_rows(s, named("flat-2022-23")).size() == s.indicator_count());
}

TEST_CASE("an empty table is one note row, and a group with neither name nor indicators has no heading", "[rows]") {
    Scorecard empty;
    empty.groups.push_back(Group{});
    const std::vector<TableRow> rows = table_rows(empty, named("sectioned-2019-20"));
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].kind == RowKind::Note);
    CHECK(std::string(kNoIndicatorsText) == "There are no indicators in this scorecard.");

    Scorecard s = test::check_fixture("children-families-2019-20-q3.txt").scorecard;
    s.groups.insert(s.groups.begin() + 1, Group{});                    // nothing to head
    s.groups.insert(s.groups.begin() + 1, Group{"An empty outcome", {}, {}});  // named: headed
    const std::vector<TableRow> with_empty = table_rows(s, named("sectioned-2019-20"));
    CHECK(with_empty.size() == s.indicator_count() + s.groups.size() - 1);
}
