#include "value.hpp"

#include <cmath>
#include <algorithm>
#include <charconv>
#include <cstring>
#include <cstdio>
#include <cstdlib>

#include "decimal.hpp"
#include "text_utils.hpp"

namespace scorecard {

bool is_not_applicable_text(const std::string& trimmed) {
    const std::string folded = to_lower_ascii(trimmed);
    return folded == "n/a" || folded == "na" || folded == "n.a." || folded == "-" ||
           folded == "\xE2\x80\x93" /* en dash */ || folded == "not applicable";
}

bool is_suppression_symbol(const std::string& trimmed) {
    static const char* const symbols[] = {"x",   "c",   "z",   "u",   "low",   ":",    "..",
                                          "*",   "[c]", "[x]", "[z]", "[u]",   "[low]"};
    const std::string folded = to_lower_ascii(trimmed);
    for (const char* s : symbols)
        if (folded == s) return true;
    return false;
}

Value parse_published_value(const std::string& text, SourceLocation where) {
    const std::string trimmed = trim(text);
    if (!is_suppression_symbol(trimmed)) return parse_value(text, where);
    Value v;
    v.state = ValueState::Suppressed;
    v.text = trimmed;
    v.where = where;
    return v;
}

namespace {

// Replaces the Unicode minus (U+2212) and en dash used as minus by an ASCII hyphen.
std::string normalise_minus(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.compare(i, 3, "\xE2\x88\x92") == 0 || s.compare(i, 3, "\xE2\x80\x93") == 0) {
            out += '-';
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

// Checks "1,234,567" style grouping: groups of three after the first 1-3 digits.
bool valid_grouping(const std::string& digits_with_commas) {
    std::size_t first = digits_with_commas.find(',');
    if (first == std::string::npos) return true;
    if (first == 0 || first > 3) return false;
    std::size_t pos = first;
    while (pos != std::string::npos) {
        std::size_t next = digits_with_commas.find(',', pos + 1);
        std::size_t end = next == std::string::npos ? digits_with_commas.size() : next;
        if (end - pos - 1 != 3) return false;
        pos = next;
    }
    return true;
}

}  // namespace

Value parse_value(const std::string& raw, SourceLocation where) {
    Value v;
    v.where = where;
    v.text = trim(raw);
    if (v.text.empty()) {
        v.state = ValueState::Blank;
        return v;
    }
    if (is_not_applicable_text(v.text)) {
        v.state = ValueState::NotApplicable;
        return v;
    }
    std::string s = normalise_minus(v.text);
    std::size_t i = 0;
    bool negative = false;
    if (s[i] == '-' || s[i] == '+') {
        negative = s[i] == '-';
        ++i;
    }
    std::string int_part, frac_part;
    bool seen_point = false;
    for (; i < s.size(); ++i) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            (seen_point ? frac_part : int_part) += c;
        } else if (c == ',' && !seen_point) {
            int_part += c;
        } else if (c == '.' && !seen_point) {
            seen_point = true;
        } else {
            break;
        }
    }
    std::string rest = trim(s.substr(i));
    bool percent = false;
    if (rest == "%") {
        percent = true;
        rest.clear();
    }
    const bool has_digits = int_part.find_first_of("0123456789") != std::string::npos ||
                            !frac_part.empty();
    if (!rest.empty() || !has_digits || (seen_point && frac_part.empty()) ||
        !valid_grouping(int_part) || (!int_part.empty() && int_part.front() == ',')) {
        v.state = ValueState::Invalid;
        return v;
    }
    v.grouped = int_part.find(',') != std::string::npos;
    std::string plain;
    for (char c : int_part)
        if (c != ',') plain += c;
    if (plain.empty()) plain = "0";
    const std::string number_text = plain + (frac_part.empty() ? "" : "." + frac_part);
    v.number = std::strtod(number_text.c_str(), nullptr);
    if (negative) v.number = -v.number;
    if (!std::isfinite(v.number) || frac_part.size() > 15 || plain.size() > 15) {
        v.state = ValueState::Invalid;  // beyond what a double holds exactly: not a table figure
        return v;
    }
    v.decimals = static_cast<int>(frac_part.size());
    v.unit = percent ? Unit::Percent : (v.decimals == 0 ? Unit::Count : Unit::Other);
    v.state = ValueState::Number;
    return v;
}

std::string format_figure(double number, Unit unit, int decimals, bool grouped) {
    if (decimals < 0) decimals = 0;
    if (decimals > 15) decimals = 15;
    // to_chars gives the same correctly rounded digits as printf("%.*f") at a fraction of the
    // cost; the writers format every figure of a 100,000-row table through here.
    char digits[400];
    const auto result = std::to_chars(digits, digits + sizeof digits, std::fabs(number), std::chars_format::fixed,
                                      decimals);
    const std::size_t length = result.ec == std::errc() ? static_cast<std::size_t>(result.ptr - digits) : 0;
    const char* point = static_cast<const char*>(std::memchr(digits, '.', length));
    const std::size_t int_length = point ? static_cast<std::size_t>(point - digits) : length;
    // "-0.00" reads oddly; only show a minus when the shown figure is not zero.
    bool shows_nonzero = false;
    for (std::size_t i = 0; i < length; ++i)
        if (digits[i] >= '1' && digits[i] <= '9') shows_nonzero = true;
    std::string out;
    out.reserve(length + length / 3 + 3);
    if (number < 0 && shows_nonzero) out += '-';
    for (std::size_t i = 0; i < int_length; ++i) {
        if (grouped && i > 0 && (int_length - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    out.append(digits + int_length, length - int_length);
    if (unit == Unit::Percent) out += '%';
    return out;
}

double rounded_to(double x, int decimals) {
    const double scale = std::pow(10.0, decimals);
    const double r = std::round(x * scale) / scale;
    return r == 0 ? 0.0 : r;
}

std::string display_text(const Value& value) {
    switch (value.state) {
        case ValueState::Number:
            return format_figure(value.number, value.unit, value.decimals, value.grouped);
        case ValueState::NotApplicable:
        case ValueState::Invalid:
        case ValueState::Suppressed:
            return value.text;
        case ValueState::Blank:
            break;
    }
    return "";
}

std::string excel_number_format(const Value& value) {
    std::string base = value.grouped ? "#,##0" : "0";
    if (value.decimals > 0) base += "." + std::string(static_cast<std::size_t>(value.decimals), '0');
    if (value.unit == Unit::Percent) base += "%";
    return base;
}

namespace {

// Both figures at `decimals`, rounded half away from zero, compared exactly. A figure too long
// for exact digits (not one a table shows) falls back to rounding its double.
int compare_at(const Value& a, const Value& b, int decimals) {
    const auto da = decimal_of(a), db = decimal_of(b);
    if (da && db) {
        const auto ra = rescale(*da, decimals), rb = rescale(*db, decimals);
        if (ra && rb) return compare(*ra, *rb);
    }
    const long double scale = std::pow(10.0L, decimals);
    const long double sa = std::roundl(static_cast<long double>(a.number) * scale);
    const long double sb = std::roundl(static_cast<long double>(b.number) * scale);
    return sa < sb ? -1 : (sa > sb ? 1 : 0);
}

}  // namespace

int compare_at_shown_precision(const Value& a, const Value& b) {
    return compare_at(a, b, std::min(a.decimals, b.decimals));
}

int compare_as_shown(const Value& a, const Value& b) {
    const auto da = decimal_of(a), db = decimal_of(b);
    if (da && db) return compare(*da, *db);  // exact at any pair of scales
    return compare_at(a, b, std::max(a.decimals, b.decimals));
}

bool same_kind_of_unit(const Value& a, const Value& b) {
    return (a.unit == Unit::Percent) == (b.unit == Unit::Percent);
}

const char* unit_name(Unit unit) {
    switch (unit) {
        case Unit::Percent: return "percent";
        case Unit::Count: return "count";
        case Unit::Other: return "other";
    }
    return "other";
}

}  // namespace scorecard
