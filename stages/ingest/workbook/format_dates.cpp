#include "number_format_parts.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace scorecard::number_format_detail {

namespace {

const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};
const char* const kDays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

struct DateTime {
    int year = 1900, month = 1, day = 0, weekday = 0;  // weekday 0 = Sunday
    int hour = 0, minute = 0, second = 0, millisecond = 0;
    double serial = 0;
};

// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
void civil_from_days(long long z, int* y, int* m, int* d) {
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const long long doe = z - era * 146097;
    const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long long mp = (5 * doy + 2) / 153;
    *d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    *m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    *y = static_cast<int>(yoe + era * 400 + (*m <= 2 ? 1 : 0));
}

// False for serials Excel cannot show as a date (negative, or past 9999).
bool to_date_time(double serial, DateSystem system, int subsecond_digits, DateTime* out) {
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466) return false;
    // Round the time of day to what the format shows (a second, or a fraction of one).
    const double unit = subsecond_digits > 0 ? std::pow(10.0, -subsecond_digits) : 1.0;
    long long days = static_cast<long long>(std::floor(serial));
    double seconds = (serial - static_cast<double>(days)) * 86400.0;
    seconds = std::floor(seconds / unit + 0.5 + 1e-9) * unit;
    if (seconds >= 86400.0) {
        seconds -= 86400.0;
        ++days;
    }
    const long long whole = static_cast<long long>(std::floor(seconds + 1e-9));
    out->hour = static_cast<int>(whole / 3600);
    out->minute = static_cast<int>(whole / 60 % 60);
    out->second = static_cast<int>(whole % 60);
    out->millisecond = static_cast<int>(std::lround((seconds - static_cast<double>(whole)) * 1000.0));
    out->serial = serial;
    // Days since 1970-01-01 of the date system's day 0.
    if (system == DateSystem::Excel1904) {
        civil_from_days(days - 24107, &out->year, &out->month, &out->day);
        out->weekday = static_cast<int>(((days - 24107) % 7 + 7 + 4) % 7);
    } else if (days == 0) {  // Excel shows serial 0 as 0 January 1900
        out->year = 1900, out->month = 1, out->day = 0, out->weekday = 6;
    } else if (days == 60) {  // and keeps Lotus 1-2-3's 29 February 1900
        out->year = 1900, out->month = 2, out->day = 29, out->weekday = 3;
    } else {
        const long long unix_days = days - (days < 60 ? 25568 : 25569);
        civil_from_days(unix_days, &out->year, &out->month, &out->day);
        out->weekday = static_cast<int>((unix_days % 7 + 7 + 4) % 7);
    }
    return true;
}

std::string two_digits(int n) {
    std::string s = std::to_string(n);
    return s.size() < 2 ? "0" + s : s;
}

// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
long long days_from_civil(int y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const long long yoe = y - era * 400;
    const long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

}  // namespace

std::string render_date(const Section& s, double value, DateSystem system) {
    int subsecond = 0;
    for (const auto& t : s.tokens)
        if (t.kind == Token::SubSecond) subsecond = std::max(subsecond, t.count);
    DateTime dt;
    if (!to_date_time(value, system, subsecond, &dt)) return format_general(value);
    std::string out;
    for (const auto& t : s.tokens) {
        switch (t.kind) {
            case Token::Literal: out += t.text; break;
            case Token::Year:
                out += t.count <= 2 ? two_digits(dt.year % 100) : std::to_string(dt.year);
                break;
            case Token::Month:
                if (t.count == 1) out += std::to_string(dt.month);
                else if (t.count == 2) out += two_digits(dt.month);
                else if (t.count == 3) out += std::string(kMonths[dt.month - 1]).substr(0, 3);
                else if (t.count == 5) out += kMonths[dt.month - 1][0];
                else out += kMonths[dt.month - 1];
                break;
            case Token::Day:
                if (t.count == 1) out += std::to_string(dt.day);
                else if (t.count == 2) out += two_digits(dt.day);
                else if (t.count == 3) out += std::string(kDays[dt.weekday]).substr(0, 3);
                else out += kDays[dt.weekday];
                break;
            case Token::Hour: {
                int h = dt.hour;
                if (s.twelve_hour) h = h % 12 == 0 ? 12 : h % 12;
                out += t.count >= 2 ? two_digits(h) : std::to_string(h);
                break;
            }
            case Token::Minute: out += t.count >= 2 ? two_digits(dt.minute) : std::to_string(dt.minute); break;
            case Token::Second: out += t.count >= 2 ? two_digits(dt.second) : std::to_string(dt.second); break;
            case Token::SubSecond: {
                std::string ms = std::to_string(dt.millisecond);
                ms.insert(0, 3 - std::min<std::size_t>(3, ms.size()), '0');
                out += '.';
                out += ms.substr(0, static_cast<std::size_t>(t.count));
                break;
            }
            case Token::AmPm: {
                const bool pm = dt.hour >= 12;
                if (t.text.size() == 5) out += pm ? "PM" : "AM";
                else out += pm ? (t.text[2] == 'p' ? "p" : "P") : (t.text[0] == 'a' ? "a" : "A");
                break;
            }
            case Token::ElapsedHour:
            case Token::ElapsedMinute:
            case Token::ElapsedSecond: {
                const double total_seconds = std::floor(value * 86400.0 + 0.5);
                const long long n = static_cast<long long>(
                    t.kind == Token::ElapsedHour ? std::floor(total_seconds / 3600)
                    : t.kind == Token::ElapsedMinute ? std::floor(total_seconds / 60)
                                                     : total_seconds);
                std::string digits = std::to_string(n);
                if (static_cast<int>(digits.size()) < t.count)
                    digits.insert(0, static_cast<std::size_t>(t.count) - digits.size(), '0');
                out += digits;
                break;
            }
            case Token::General: out += format_general(value); break;
            default: break;
        }
    }
    return out;
}

}  // namespace scorecard::number_format_detail

namespace scorecard {

bool iso_date_serial(const std::string& iso, DateSystem dates, double* serial) {
    int y = 0, m = 0, d = 0, hh = 0, mm = 0;
    double ss = 0;
    char* end = nullptr;
    const char* p = iso.c_str();
    y = static_cast<int>(std::strtol(p, &end, 10));
    if (end == p || *end != '-') return false;
    p = end + 1;
    m = static_cast<int>(std::strtol(p, &end, 10));
    if (end == p || *end != '-') return false;
    p = end + 1;
    d = static_cast<int>(std::strtol(p, &end, 10));
    if (end == p || y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) return false;
    if (*end == 'T') {
        p = end + 1;
        hh = static_cast<int>(std::strtol(p, &end, 10));
        if (end == p || *end != ':') return false;
        p = end + 1;
        mm = static_cast<int>(std::strtol(p, &end, 10));
        if (end == p) return false;
        if (*end == ':') {
            p = end + 1;
            ss = std::strtod(p, &end);
        }
    }
    const long long days = number_format_detail::days_from_civil(y, m, d);
    const long long day0 = dates == DateSystem::Excel1904 ? number_format_detail::days_from_civil(1904, 1, 1)
                                                          : number_format_detail::days_from_civil(1899, 12, 30);
    double serial_days = static_cast<double>(days - day0);
    // Before 1 March 1900 Excel's serials are one less (its 29 February 1900 comes after them).
    if (dates == DateSystem::Excel1900 && serial_days < 61) serial_days -= 1;
    *serial = serial_days + (hh * 3600 + mm * 60 + ss) / 86400.0;
    return true;
}

}  // namespace scorecard
