// Reporting periods as tables write them, parsed to something that sorts.
//
// Councils mix financial quarters ("Q3 2022/23"), school terms ("Autumn 2022"), academic or
// financial years ("2021/22 Final"), months ("Sep-22") and calendar years ("2019"). Each is
// placed on one time line by the month it ends in, so a history of mixed kinds still sorts.
#pragma once

#include <string>

#include "source_location.hpp"

namespace scorecard {

enum class PeriodKind {
    Blank,
    NotApplicable,
    FinancialQuarter,  // Q3 2022/23: October to December 2022 (UK financial year from April)
    Quarter,           // Q3 alone: a quarter of the scorecard's own year, resolved by context
    SchoolTerm,        // Autumn 2022, Spring 2023, Summer 2023
    Year,              // 2021/22, 2021/22 Final: a financial or academic year
    Month,             // Sep-22, Sep 2022, September 2022
    CalendarYear,      // 2019
    Unrecognised       // kept as text, sorts last
};

struct Period {
    std::string text;  // as written
    PeriodKind kind = PeriodKind::Blank;
    int end_month = 0;  // months since January of year 0 of the month the period ends in
    int quarter = 0;    // for Quarter / FinancialQuarter: 1..4
    SourceLocation where;
    bool two_digit_year = false;  // the year was written with two digits ("Sep-22"): see kTwoDigitYearPivot

    bool is_known() const { return end_month > 0; }
};

// A year written with two digits is read in the window 1970 to 2069: "Sep-22" is September
// 2022, "Sep-99" September 1999 (the window POSIX strptime uses for %y, give or take a year).
// validate notes each such period so the reading is visible.
constexpr int kTwoDigitYearPivot = 70;  // 70..99 -> 19xx, 00..69 -> 20xx
int year_from_two_digits(int yy);

Period parse_period(const std::string& text, SourceLocation where = {});

// A bare "Q3" read in the context of a financial year ("FY2019/20 Q3" gives 2019/20).
Period resolve_quarter(const Period& quarter, int financial_year_start);

// The text a period is stored under: a bare "Q3" resolved to "Q3 2019/20" so quarters of
// different years stay apart; other periods as written, spacing collapsed.
std::string canonical_period_text(const Period& period);

// Whether two periods are the same period, as parsed rather than as written: "Q3 2022/23",
// "q3 2022/23" and "Q3  FY2022/23" are one; "2022/23" and "2022/23 Final" are one; a quarter
// and a month that end together are not. Periods that do not parse compare by their text,
// case and spacing folded.
bool same_period(const Period& a, const Period& b);

// A key equal for exactly the periods same_period() calls the same (for grouping).
std::string period_match_key(const Period& period);

// Orders periods on the time line; unknown periods sort after known ones, by text.
bool period_before(const Period& a, const Period& b);

// The key stored in the history store and used to sort: "202212-3" style, fixed width,
// so that a plain text sort in SQLite orders periods correctly.
std::string period_sort_key(const Period& period);

const char* period_kind_name(PeriodKind kind);

}  // namespace scorecard
