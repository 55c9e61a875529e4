// A period as a real Excel date: the last day of the month the period ends in. One time line
// for periods of every kind (quarters, terms, years, months), so the Data sheet's period
// columns sort and pivot by time and the sparklines' date axis spaces bars by time.
#pragma once

#include <optional>
#include <string>

#include "stages/model/period.hpp"

namespace scorecard::xlsx {

struct ExcelDate {
    double serial = 0;  // days from 1899-12-30, as Excel stores a date
    std::string iso;    // the same day as yyyy-mm-dd
};

// Nothing for a period off the time line (blank, n/a or text that is not a period).
std::optional<ExcelDate> period_end_date(const Period& period);

inline const char* const kExcelDateFormat = "yyyy-mm-dd";

}  // namespace scorecard::xlsx
