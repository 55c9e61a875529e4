#include "number_format_parts.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace scorecard {

namespace number_format_detail {

namespace {

// Decimal digits of a double, at Excel's 15 significant digits.
struct Decimal {
    std::string digits;  // the value is 0.DIGITS x 10^exponent; "" for zero
    int exponent = 0;
};

Decimal to_decimal(double x) {
    Decimal d;
    if (x == 0 || !std::isfinite(x)) return d;
    char buffer[40];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(x), std::chars_format::scientific, 14);
    const std::string text(buffer, result.ptr);  // "d.dddddddddddddde+XX"
    const std::size_t e = text.find('e');
    d.digits = text.substr(0, 1) + text.substr(2, e - 2);
    d.exponent = std::atoi(text.c_str() + e + 1) + 1;
    while (!d.digits.empty() && d.digits.back() == '0') d.digits.pop_back();
    return d;
}

// Rounds to `decimals` places, half away from zero: the integer digits ("" for 0) and exactly
// `decimals` fraction digits.
void round_fixed(const Decimal& d, int decimals, std::string* integer, std::string* fraction) {
    integer->clear();
    fraction->assign(static_cast<std::size_t>(std::max(decimals, 0)), '0');
    if (d.digits.empty()) return;
    const int keep = d.exponent + decimals;  // digits of d.digits that survive
    if (keep < 0) return;
    std::string digits = d.digits;
    int exponent = d.exponent;
    if (keep < static_cast<int>(digits.size())) {
        const bool up = digits[static_cast<std::size_t>(keep)] >= '5';
        digits.resize(static_cast<std::size_t>(keep));
        if (up) {
            int i = keep - 1;
            while (i >= 0 && digits[static_cast<std::size_t>(i)] == '9') digits[static_cast<std::size_t>(i--)] = '0';
            if (i >= 0) ++digits[static_cast<std::size_t>(i)];
            else {
                digits.insert(digits.begin(), '1');
                ++exponent;
            }
        }
    }
    // Place the digits: `exponent` of them before the point.
    std::string all;
    if (exponent < 0) all = std::string(static_cast<std::size_t>(-exponent), '0') + digits;
    else all = digits;
    const int int_count = std::max(exponent, 0);
    if (static_cast<int>(all.size()) < int_count + std::max(decimals, 0))
        all.resize(static_cast<std::size_t>(int_count) + static_cast<std::size_t>(std::max(decimals, 0)), '0');
    *integer = all.substr(0, static_cast<std::size_t>(int_count));
    if (decimals > 0) *fraction = all.substr(static_cast<std::size_t>(int_count), static_cast<std::size_t>(decimals));
    const std::size_t first = integer->find_first_not_of('0');
    *integer = first == std::string::npos ? "" : integer->substr(first);
}

std::string group_thousands(const std::string& digits) {
    std::string out;
    const std::size_t n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string scientific_general(double a, int width, bool negative) {
    Decimal d = to_decimal(a);
    int exponent = d.exponent - 1;
    for (int decimals = 14; decimals >= 0; --decimals) {
        // Round the mantissa to `decimals` places and see whether it fits.
        Decimal m = d;
        m.exponent = 1;
        std::string integer, fraction;
        round_fixed(m, decimals, &integer, &fraction);
        int e = exponent;
        if (integer.size() > 1) {  // 9.99 rounded up to 10.0
            fraction.insert(0, integer, 1, std::string::npos);
            fraction.pop_back();
            integer = "1";
            ++e;
        }
        while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
        std::string exp = std::to_string(std::abs(e));
        if (exp.size() < 2) exp.insert(0, "0");
        std::string text = negative ? "-" : "";
        text += integer;
        if (!fraction.empty()) {
            text += '.';
            text += fraction;
        }
        text += e < 0 ? "E-" : "E+";
        text += exp;
        if (static_cast<int>(text.size()) <= width || decimals == 0) return text;
    }
    return "";
}

// The digits a run of placeholders shows: `digits` right-aligned into the placeholders, any
// digits beyond them before the first one.
std::string fill_integer(const std::string& placeholders, const std::string& digits, bool grouping) {
    std::string out;
    const std::size_t n = placeholders.size();
    const std::size_t extra = digits.size() > n ? digits.size() - n : 0;
    std::string shown = digits.substr(0, extra);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t from_right = n - i;  // 1 for the last placeholder
        if (digits.size() >= from_right) shown += digits[digits.size() - from_right];
        else if (placeholders[i] == '0') shown += '0';
        else if (placeholders[i] == '?') shown += ' ';
    }
    if (!grouping) return shown;
    // Group the digits (padding spaces stay in front).
    const std::size_t first_digit = shown.find_first_not_of(' ');
    if (first_digit == std::string::npos) return shown;
    return shown.substr(0, first_digit) + group_thousands(shown.substr(first_digit));
}

// The fraction digits a run of placeholders shows: trailing zeros dropped for '#', spaces for '?'.
std::string fill_fraction(const std::string& placeholders, std::string digits) {
    for (std::size_t i = placeholders.size(); i-- > 0;) {
        if (digits[i] != '0' || placeholders[i] == '0') break;
        if (placeholders[i] == '#') digits.erase(i, 1);
        else digits[i] = ' ';
    }
    return digits;
}

// The best fraction for `x` (0 <= x < 1 for a mixed number) with a denominator of at most
// `max_denominator`, or exactly `fixed`.
void best_fraction(double x, int max_denominator, int fixed, long long* numerator, long long* denominator) {
    if (fixed > 0) {
        *numerator = std::llround(x * fixed);
        *denominator = fixed;
        return;
    }
    double best_error = 2;
    *numerator = 0;
    *denominator = 1;
    for (int d = 1; d <= max_denominator; ++d) {
        const long long n = std::llround(x * d);
        const double error = std::fabs(x - static_cast<double>(n) / d);
        if (error < best_error - 1e-12) {
            best_error = error;
            *numerator = n;
            *denominator = d;
        }
    }
}

std::string pad_placeholders(const std::string& placeholders, const std::string& digits, bool left) {
    if (digits.size() >= placeholders.size()) return digits;
    std::string pad;
    for (std::size_t i = 0; i < placeholders.size() - digits.size(); ++i)
        pad += placeholders[i] == '0' ? "0" : placeholders[i] == '?' ? " " : "";
    return left ? pad + digits : digits + pad;
}

}  // namespace

std::string render_number(const Section& s, double a) {
    // `a` is not negative here: the sign is the caller's.
    const Placeholders& p = s.digits;
    double x = a * std::pow(100.0, s.percent) / std::pow(1000.0, s.scale);

    std::string integer_text, fraction_text, exponent_text, numerator_text, denominator_text;
    bool exponent_negative = false;
    if (s.scientific) {
        const int k = std::max<int>(1, static_cast<int>(p.integer.size()));
        const bool engineering = k > 1 && p.integer.find('#') != std::string::npos;
        int e = 0;
        if (x != 0) {
            const int magnitude = to_decimal(x).exponent - 1;  // floor(log10 x)
            e = engineering ? static_cast<int>(std::floor(static_cast<double>(magnitude) / k)) * k
                            : magnitude - (k - 1);
        }
        for (int attempt = 0; attempt < 2; ++attempt) {
            Decimal m = to_decimal(x);
            m.exponent -= e;
            std::string integer;
            round_fixed(m, static_cast<int>(p.fraction.size()), &integer, &fraction_text);
            if (static_cast<int>(integer.size()) > k && x != 0 && attempt == 0) {
                e += engineering ? k : 1;
                continue;
            }
            integer_text = integer;
            break;
        }
        exponent_negative = e < 0;
        exponent_text = std::to_string(std::abs(e));
    } else if (s.fraction) {
        double whole = 0, part = x;
        if (!p.integer.empty()) {
            whole = std::floor(x);
            part = x - whole;
        }
        const int max_den = static_cast<int>(std::pow(10.0, std::min<std::size_t>(p.denominator.size(), 4))) - 1;
        long long num = 0, den = 1;
        best_fraction(part, std::max(max_den, 1), s.fixed_denominator, &num, &den);
        if (!p.integer.empty() && num == den) {
            whole += 1;
            num = 0;
        }
        round_fixed(to_decimal(whole), 0, &integer_text, &fraction_text);
        if (num == 0 && !p.integer.empty()) {
            // A whole number: Excel shows it with the fraction's places as spaces ("3    ").
            if (integer_text.empty()) integer_text = "0";
        } else {
            numerator_text = std::to_string(num);
            denominator_text = std::to_string(den);
        }
    } else {
        round_fixed(to_decimal(x), static_cast<int>(p.fraction.size()), &integer_text, &fraction_text);
    }

    std::string out;
    bool integer_done = false;
    const bool numeric_zero_fraction = s.fraction && numerator_text.empty();
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
        const Token& t = s.tokens[i];
        switch (t.kind) {
            case Token::Literal: out += t.text; break;
            case Token::Percent: out += '%'; break;
            case Token::General: out += format_general(x); break;
            case Token::Point:
                if (!integer_done && p.integer.empty()) out += integer_text;  // no integer placeholders
                integer_done = true;
                out += '.';
                out += fill_fraction(p.fraction, fraction_text);
                break;
            case Token::Exponent:
                if (!integer_done) out += fill_integer(p.integer, integer_text, s.grouping);
                integer_done = true;
                out += 'E';
                out += exponent_negative ? "-" : (t.plus ? "+" : "");
                out += pad_placeholders(p.exponent, exponent_text, true);
                break;
            case Token::Slash:
                out += numeric_zero_fraction ? " " : "/";
                break;
            case Token::Digit: {
                // Digits are written as a whole at the first placeholder of their part.
                const bool first_of_run = i == 0 || s.tokens[i - 1].kind != Token::Digit;
                if (!first_of_run) break;
                if (!integer_done && !s.fraction) {
                    out += fill_integer(p.integer, integer_text, s.grouping);
                    integer_done = true;
                    // Integer placeholders after a literal inside the number ("000-000") were
                    // filled above in one piece.
                } else if (s.fraction) {
                    // which run: whole, numerator or denominator
                    std::size_t slash = 0;
                    for (std::size_t j = 0; j < s.tokens.size(); ++j)
                        if (s.tokens[j].kind == Token::Slash) slash = j;
                    std::size_t run_end = i;
                    while (run_end < s.tokens.size() && s.tokens[run_end].kind == Token::Digit) ++run_end;
                    if (i > slash) {
                        out += numeric_zero_fraction ? std::string(p.denominator.size(), ' ')
                                                     : pad_placeholders(p.denominator, denominator_text, false);
                    } else if (run_end == slash) {
                        out += numeric_zero_fraction ? std::string(p.numerator.size(), ' ')
                                                     : pad_placeholders(p.numerator, numerator_text, true);
                    } else if (!integer_done) {
                        out += fill_integer(p.integer, integer_text, s.grouping);
                        integer_done = true;
                    }
                }
                break;
            }
            default: break;
        }
    }
    if (!integer_done && !s.scientific && !s.fraction && !p.integer.empty())
        out += fill_integer(p.integer, integer_text, s.grouping);
    return out;
}

bool render_plain_number(const Section& s, double a, std::string* out) {
    static const double kPowers[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    const std::size_t decimals = s.digits.fraction.size();
    if (decimals > 15 || s.percent > 2) return false;
    const double x = a * kPowers[std::size_t{2} * static_cast<std::size_t>(s.percent)] * kPowers[decimals];
    if (!(x < 9e15)) return false;  // past 2^53: the long path keeps the digits right
    const double whole = std::floor(x);
    // Near half a unit the double may sit either side of what its 15 digits say: Excel rounds
    // those digits, so the long path decides.
    if (std::fabs(x - whole - 0.5) < 1e-6 + x * 1e-13) return false;
    const unsigned long long units = static_cast<unsigned long long>(whole) + (x - whole > 0.5 ? 1 : 0);
    const unsigned long long scale = static_cast<unsigned long long>(kPowers[decimals]);
    char digits[32];
    auto r = std::to_chars(digits, digits + sizeof digits, units / scale);
    std::string integer(digits, r.ptr);
    std::size_t zeros = 0;  // '0' placeholders: the digits always shown
    for (char c : s.digits.integer) zeros += c == '0';
    if (integer.size() < zeros) integer.insert(0, zeros - integer.size(), '0');
    out->clear();
    *out = s.grouping ? group_thousands(integer) : integer;
    if (decimals) {
        r = std::to_chars(digits, digits + sizeof digits, units % scale);
        out->push_back('.');
        out->append(decimals - static_cast<std::size_t>(r.ptr - digits), '0');
        out->append(digits, r.ptr);
    }
    out->append(static_cast<std::size_t>(s.percent), '%');
    return true;
}

bool has_digit_placeholders(const Section& s) {
    const Placeholders& p = s.digits;
    return !p.integer.empty() || !p.fraction.empty();
}

}  // namespace number_format_detail

using number_format_detail::Decimal;
using number_format_detail::round_fixed;
using number_format_detail::scientific_general;
using number_format_detail::to_decimal;

std::string format_general(double value) {
    if (std::isnan(value)) return "#NUM!";
    if (std::isinf(value)) return "#NUM!";
    if (value == 0) return "0";
    const bool negative = value < 0;
    const double a = std::fabs(value);
    const int width = negative ? 10 : 11;
    const Decimal d = to_decimal(a);
    const int integer_digits = std::max(d.exponent, 1);
    if (integer_digits <= width) {
        const int decimals = std::max(width - integer_digits - 1, 0);
        std::string integer, fraction;
        round_fixed(d, decimals, &integer, &fraction);
        while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
        if (static_cast<int>(std::max<std::size_t>(integer.size(), 1)) <= width && (!integer.empty() || !fraction.empty()))
            return (negative ? "-" : "") + (integer.empty() ? std::string("0") : integer) +
                   (fraction.empty() ? "" : "." + fraction);
    }
    return scientific_general(a, width + (negative ? 1 : 0), negative);
}

}  // namespace scorecard
