// Periods of every kind the councils use parse and sort on one time line.
#include <catch2/catch.hpp>

#include <algorithm>

#include "stages/model/period.hpp"

using namespace scorecard;

TEST_CASE("each kind of period is recognised", "[period]") {
    CHECK(parse_period("Q3 2022/23").kind == PeriodKind::FinancialQuarter);
    CHECK(parse_period("FY2019/20 Q3").kind == PeriodKind::FinancialQuarter);
    CHECK(parse_period("Autumn 2022").kind == PeriodKind::SchoolTerm);
    CHECK(parse_period("Spring Term 2023").kind == PeriodKind::SchoolTerm);
    CHECK(parse_period("2021/22 Final").kind == PeriodKind::Year);
    CHECK(parse_period("2018/19").kind == PeriodKind::Year);
    CHECK(parse_period("Sep-22").kind == PeriodKind::Month);
    CHECK(parse_period("September 2022").kind == PeriodKind::Month);
    CHECK(parse_period("2019").kind == PeriodKind::CalendarYear);
    CHECK(parse_period("Q3").kind == PeriodKind::Quarter);
    CHECK(parse_period("N/A").kind == PeriodKind::NotApplicable);
    CHECK(parse_period("").kind == PeriodKind::Blank);
    CHECK(parse_period("Separately").kind == PeriodKind::Unrecognised);
    CHECK(parse_period("Q5 2022/23").kind == PeriodKind::Unrecognised);
}

TEST_CASE("financial quarters end where the UK financial year puts them", "[period]") {
    // Q3 of 2022/23 is October to December 2022; Q4 ends in March 2023.
    CHECK(period_sort_key(parse_period("Q3 2022/23")).substr(0, 6) == "202212");
    CHECK(period_sort_key(parse_period("Q4 2022/23")).substr(0, 6) == "202303");
    CHECK(period_sort_key(parse_period("Q1 2022/23")).substr(0, 6) == "202206");
}

TEST_CASE("a bare quarter takes the scorecard's financial year", "[period]") {
    Period q = resolve_quarter(parse_period("Q2"), 2019);
    CHECK(q.kind == PeriodKind::FinancialQuarter);
    CHECK(period_sort_key(q).substr(0, 6) == "201909");
    CHECK(q.text == "Q2");
}

TEST_CASE("mixed kinds sort on one time line", "[period]") {
    std::vector<std::string> texts = {"Q3 2022/23", "Summer 2022", "2021/22 Final", "Sep-22", "Q2 2021/22",
                                      "2019",       "Autumn 2022", "Dec-22",        "2018/19", "Spring 2022"};
    std::vector<Period> periods;
    for (const auto& t : texts) periods.push_back(parse_period(t));
    std::sort(periods.begin(), periods.end(), period_before);
    std::vector<std::string> sorted;
    for (const auto& p : periods) sorted.push_back(p.text);
    CHECK(sorted == std::vector<std::string>{"2018/19", "2019", "Q2 2021/22", "2021/22 Final", "Spring 2022",
                                             "Summer 2022", "Sep-22", "Q3 2022/23", "Autumn 2022", "Dec-22"});
    // The stored key sorts the same way as text, which is what the history store relies on.
    std::vector<std::string> keys;
    for (const auto& p : periods) keys.push_back(period_sort_key(p));
    CHECK(std::is_sorted(keys.begin(), keys.end()));
}

TEST_CASE("unknown periods sort after known ones", "[period]") {
    CHECK(period_before(parse_period("2019"), parse_period("whenever")));
    CHECK_FALSE(period_before(parse_period("whenever"), parse_period("2019")));
}
