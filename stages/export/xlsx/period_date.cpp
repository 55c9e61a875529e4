#include "period_date.hpp"

#include <cstdio>

namespace scorecard::xlsx {

namespace {

// Days from 1970-01-01 to a civil date (Howard Hinnant's days_from_civil).
long days_from_civil(long y, unsigned m, unsigned d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

}  // namespace

std::optional<ExcelDate> period_end_date(const Period& period) {
    if (!period.is_known()) return std::nullopt;
    const long year = period.end_month / 12;
    const auto month = static_cast<unsigned>(period.end_month % 12 + 1);
    const long first_of_month = days_from_civil(year, month, 1);
    const long first_of_next = month == 12 ? days_from_civil(year + 1, 1, 1) : days_from_civil(year, month + 1, 1);
    const long last_day = first_of_next - first_of_month;  // the month's length is its last day
    constexpr long kExcelEpoch = -25569;                   // 1899-12-30 in days from 1970-01-01
    ExcelDate date;
    date.serial = static_cast<double>(first_of_next - 1 - kExcelEpoch);
    char text[32];
    std::snprintf(text, sizeof text, "%04ld-%02u-%02ld", year, month, last_day);
    date.iso = text;
    return date;
}

}  // namespace scorecard::xlsx
