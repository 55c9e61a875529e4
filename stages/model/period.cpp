#include "period.hpp"

#include <cctype>
#include <cstdio>
#include <cstdlib>

#include "text_utils.hpp"
#include "value.hpp"

namespace scorecard {

namespace {

int month_index(int year, int month /* 1..12 */) { return year * 12 + (month - 1); }

bool all_digits(const std::string& s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

// "22" -> 2022, "99" -> 1999 (year_from_two_digits), "2022" -> 2022.
int full_year(const std::string& digits) {
    int y = std::atoi(digits.c_str());
    return digits.size() == 2 ? year_from_two_digits(y) : y;
}

// "2022/23" or "2022/2023" or "2022-23": the first year, or -1.
int split_year_start(const std::string& s) {
    std::size_t sep = s.find_first_of("/-");
    if (sep != 4 || !all_digits(s.substr(0, 4))) return -1;
    std::string second = s.substr(5);
    if (!(second.size() == 2 || second.size() == 4) || !all_digits(second)) return -1;
    int first = std::atoi(s.substr(0, 4).c_str());
    int next = full_year(second);
    if (second.size() == 2) {
        next = (first / 100) * 100 + std::atoi(second.c_str());
        if (next < first) next += 100;  // 1999/00
    }
    if (next != first + 1) return -1;
    return first;
}

int month_from_name(const std::string& word) {
    static const char* names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
    if (word.size() < 3) return 0;
    std::string w = to_lower_ascii(word);
    for (int m = 0; m < 12; ++m)
        if (w.compare(0, 3, names[m]) == 0) {
            static const char* full[] = {"january", "february", "march",     "april",   "may",      "june",
                                         "july",    "august",   "september", "october", "november", "december"};
            std::string f = full[m];
            // Accept "Sep", "Sept", "September" but not "Separate".
            if (w.size() <= f.size() && f.compare(0, w.size(), w) == 0) return m + 1;
        }
    return 0;
}

// Financial quarter q of the year starting April of `fy_start`: the month it ends in.
int financial_quarter_end(int fy_start, int q) {
    static const int end_month[] = {6, 9, 12, 3};
    return month_index(q == 4 ? fy_start + 1 : fy_start, end_month[q - 1]);
}

bool parse_quarter_word(const std::string& w, int* q) {
    std::string l = to_lower_ascii(w);
    if (l.size() == 2 && l[0] == 'q' && l[1] >= '1' && l[1] <= '4') {
        *q = l[1] - '0';
        return true;
    }
    return false;
}

// "2022/23", "FY2022/23", "FY 2022/23"
int financial_year_word(const std::string& w) {
    std::string l = to_lower_ascii(w);
    if (starts_with(l, "fy")) l = l.substr(2);
    return split_year_start(l);
}

}  // namespace

int year_from_two_digits(int yy) { return yy >= kTwoDigitYearPivot ? 1900 + yy : 2000 + yy; }

Period parse_period(const std::string& raw, SourceLocation where) {
    Period p;
    p.where = where;
    p.text = trim(raw);
    if (p.text.empty()) return p;
    if (is_not_applicable_text(p.text)) {
        p.kind = PeriodKind::NotApplicable;
        return p;
    }
    std::vector<std::string> words = split_words(p.text);
    // "Sep-22" splits on the hyphen as one word; handle months first.
    if (words.size() == 1) {
        const std::string& w = words[0];
        std::size_t dash = w.find('-');
        if (dash != std::string::npos && dash >= 3) {
            int m = month_from_name(w.substr(0, dash));
            std::string y = w.substr(dash + 1);
            if (m && all_digits(y) && (y.size() == 2 || y.size() == 4)) {
                p.kind = PeriodKind::Month;
                p.end_month = month_index(full_year(y), m);
                p.two_digit_year = y.size() == 2;
                return p;
            }
        }
        int q = 0;
        if (parse_quarter_word(w, &q)) {
            p.kind = PeriodKind::Quarter;
            p.quarter = q;
            return p;
        }
        if (all_digits(w) && w.size() == 4) {
            p.kind = PeriodKind::CalendarYear;
            p.end_month = month_index(std::atoi(w.c_str()), 12);
            return p;
        }
        int fy = financial_year_word(w);
        if (fy > 0) {
            p.kind = PeriodKind::Year;
            p.end_month = month_index(fy + 1, 3);
            return p;
        }
    }
    if (words.size() >= 2) {
        int q = 0;
        // "Q3 2022/23", "Q3 FY2022/23", "FY2022/23 Q3", "2022/23 Q3"
        if (words.size() == 2) {
            int fy = -1;
            if (parse_quarter_word(words[0], &q)) fy = financial_year_word(words[1]);
            else if (parse_quarter_word(words[1], &q)) fy = financial_year_word(words[0]);
            if (fy > 0) {
                p.kind = PeriodKind::FinancialQuarter;
                p.quarter = q;
                p.end_month = financial_quarter_end(fy, q);
                return p;
            }
        }
        // "Autumn 2022", "Spring Term 2023", "Autumn 2022/23"
        std::string season = to_lower_ascii(words[0]);
        if (season == "autumn" || season == "spring" || season == "summer") {
            std::string year_word = words.back();
            int year = -1;
            int start = split_year_start(year_word);
            if (all_digits(year_word) && year_word.size() == 4) year = std::atoi(year_word.c_str());
            else if (start > 0) year = season == "autumn" ? start : start + 1;
            bool middle_ok = words.size() == 2 || (words.size() == 3 && to_lower_ascii(words[1]) == "term");
            if (year > 0 && middle_ok) {
                p.kind = PeriodKind::SchoolTerm;
                int end = season == "autumn" ? 12 : season == "spring" ? 4 : 7;
                p.end_month = month_index(year, end);
                return p;
            }
        }
        // "Sep 2022", "September 2022"
        if (words.size() == 2) {
            int m = month_from_name(words[0]);
            if (m && all_digits(words[1]) && (words[1].size() == 4 || words[1].size() == 2)) {
                p.kind = PeriodKind::Month;
                p.end_month = month_index(full_year(words[1]), m);
                p.two_digit_year = words[1].size() == 2;
                return p;
            }
        }
        // "2021/22 Final", "2021/22 (provisional)": a year with a status word after it
        int fy = financial_year_word(words[0]);
        if (fy > 0) {
            p.kind = PeriodKind::Year;
            p.end_month = month_index(fy + 1, 3);
            return p;
        }
        if (all_digits(words[0]) && words[0].size() == 4) {
            p.kind = PeriodKind::CalendarYear;
            p.end_month = month_index(std::atoi(words[0].c_str()), 12);
            return p;
        }
    }
    p.kind = PeriodKind::Unrecognised;
    return p;
}

Period resolve_quarter(const Period& quarter, int financial_year_start) {
    if (quarter.kind != PeriodKind::Quarter || financial_year_start <= 0) return quarter;
    Period p = quarter;
    p.kind = PeriodKind::FinancialQuarter;
    p.end_month = financial_quarter_end(financial_year_start, quarter.quarter);
    return p;
}

std::string canonical_period_text(const Period& period) {
    if (period.kind == PeriodKind::FinancialQuarter && period.is_known()) {
        // The quarter ends in month end_month; the financial year starts the April before.
        const int year = period.end_month / 12, month = period.end_month % 12 + 1;
        const int fy_start = month <= 3 ? year - 1 : year;
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "Q%d %04d/%02d", period.quarter, fy_start, (fy_start + 1) % 100);
        return buffer;
    }
    return collapse_spaces(period.text);
}

namespace {
int kind_rank(PeriodKind k) { return static_cast<int>(k); }
}  // namespace

bool period_before(const Period& a, const Period& b) {
    if (a.is_known() != b.is_known()) return a.is_known();
    if (a.end_month != b.end_month) return a.end_month < b.end_month;
    if (a.kind != b.kind) return kind_rank(a.kind) < kind_rank(b.kind);
    return a.text < b.text;
}

std::string period_match_key(const Period& period) {
    if (period.is_known()) return period_sort_key(period);
    return "?" + to_lower_ascii(collapse_spaces(canonical_period_text(period)));
}

bool same_period(const Period& a, const Period& b) { return period_match_key(a) == period_match_key(b); }

std::string period_sort_key(const Period& period) {
    char buffer[32];
    if (!period.is_known()) {
        std::snprintf(buffer, sizeof buffer, "999999-%d", kind_rank(period.kind));
    } else {
        std::snprintf(buffer, sizeof buffer, "%04d%02d-%d", period.end_month / 12, period.end_month % 12 + 1,
                      kind_rank(period.kind));
    }
    return buffer;
}

const char* period_kind_name(PeriodKind kind) {
    switch (kind) {
        case PeriodKind::Blank: return "blank";
        case PeriodKind::NotApplicable: return "not applicable";
        case PeriodKind::FinancialQuarter: return "financial quarter";
        case PeriodKind::Quarter: return "quarter";
        case PeriodKind::SchoolTerm: return "school term";
        case PeriodKind::Year: return "year";
        case PeriodKind::Month: return "month";
        case PeriodKind::CalendarYear: return "calendar year";
        case PeriodKind::Unrecognised: return "unrecognised";
    }
    return "unrecognised";
}

}  // namespace scorecard
