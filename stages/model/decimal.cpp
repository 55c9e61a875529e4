#include "decimal.hpp"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace scorecard {

namespace {

constexpr std::int64_t kMaxRecoverableUnits = 1000000000000000LL;  // 10^15: 15 significant digits

bool fits_int64(Int128 x) { return x >= INT64_MIN && x <= INT64_MAX; }

// a × b, false when it does not fit in 128 bits.
bool multiply(Int128 a, Int128 b, Int128* out) { return !__builtin_mul_overflow(a, b, out); }

}  // namespace

Int128 power_of_ten(int n) {
    if (n < 0 || n > 36) return 0;
    Int128 p = 1;
    for (int i = 0; i < n; ++i) p *= 10;
    return p;
}

std::optional<Decimal> decimal_of(const Value& value) {
    if (!value.is_number() || !std::isfinite(value.number)) return std::nullopt;
    if (value.decimals < 0 || value.decimals > 15) return std::nullopt;
    // The double was read from at most 15 significant digits, so scaling it back and rounding
    // to the nearest whole number recovers those digits exactly (long double keeps the error
    // far below a half).
    const long double scaled = static_cast<long double>(value.number) * std::pow(10.0L, value.decimals);
    if (!(std::fabs(scaled) < static_cast<long double>(kMaxRecoverableUnits))) return std::nullopt;
    Decimal d;
    d.units = static_cast<std::int64_t>(std::llroundl(scaled));
    d.scale = value.decimals;
    return d;
}

std::optional<Decimal> parse_decimal(const std::string& text) {
    std::size_t i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) negative = text[i++] == '-';
    Int128 units = 0;
    int digits = 0, scale = 0;
    bool point = false, any = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '.' && !point) {
            point = true;
            continue;
        }
        if (c < '0' || c > '9') return std::nullopt;
        any = true;
        if (units != 0 || c != '0') ++digits;
        if (digits > 18) return std::nullopt;
        units = units * 10 + (c - '0');
        if (point) ++scale;
        if (scale > kMaxDecimalScale) return std::nullopt;
    }
    if (!any) return std::nullopt;
    Decimal d;
    d.units = static_cast<std::int64_t>(negative ? -units : units);
    d.scale = scale;
    return d;
}

std::optional<Decimal> decimal_from_double(double x) {
    if (!std::isfinite(x)) return std::nullopt;
    char buffer[400];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, x, std::chars_format::fixed);
    if (result.ec != std::errc()) return std::nullopt;
    return parse_decimal(std::string(buffer, result.ptr));
}

std::optional<Decimal> rescale(const Decimal& d, int scale) {
    if (scale < 0 || scale > kMaxDecimalScale) return std::nullopt;
    Decimal out;
    out.scale = scale;
    if (scale >= d.scale) {
        const Int128 units = static_cast<Int128>(d.units) * power_of_ten(scale - d.scale);
        if (!fits_int64(units)) return std::nullopt;
        out.units = static_cast<std::int64_t>(units);
    } else {
        out.units = static_cast<std::int64_t>(divide_half_away_from_zero(d.units, power_of_ten(d.scale - scale)));
    }
    return out;
}

int compare(const Decimal& a, const Decimal& b) {
    const int scale = a.scale > b.scale ? a.scale : b.scale;
    const Int128 x = static_cast<Int128>(a.units) * power_of_ten(scale - a.scale);
    const Int128 y = static_cast<Int128>(b.units) * power_of_ten(scale - b.scale);
    return x < y ? -1 : (x > y ? 1 : 0);
}

Int128 divide_half_away_from_zero(Int128 numerator, Int128 denominator) {
    const bool negative = numerator < 0;
    const Int128 magnitude = negative ? -numerator : numerator;
    Int128 quotient = magnitude / denominator;
    const Int128 remainder = magnitude % denominator;
    if (remainder >= denominator - remainder) ++quotient;  // the exact half goes away from zero
    return negative ? -quotient : quotient;
}

int compare(const Ratio& r, const Decimal& d) {
    // r.n / r.d against u / 10^s is r.n × 10^s against u × r.d.
    Int128 left = 0, right = 0;
    if (multiply(r.numerator, power_of_ten(d.scale), &left) && multiply(d.units, r.denominator, &right))
        return left < right ? -1 : (left > right ? 1 : 0);
    // Past 128 bits (no figure a table shows gets here): the nearest doubles decide.
    const double x = to_double(r), y = to_double(d);
    return x < y ? -1 : (x > y ? 1 : 0);
}

std::optional<Decimal> round_to(const Ratio& r, int scale) {
    if (scale < 0 || scale > kMaxDecimalScale || r.denominator <= 0) return std::nullopt;
    const Int128 shift = power_of_ten(scale);
    Int128 units = 0;
    if (r.denominator % shift == 0) {
        // A mean's denominator carries its values' scale: divide it rather than multiply.
        units = divide_half_away_from_zero(r.numerator, r.denominator / shift);
    } else {
        Int128 scaled = 0;
        if (!multiply(r.numerator, shift, &scaled)) return std::nullopt;
        units = divide_half_away_from_zero(scaled, r.denominator);
    }
    if (!fits_int64(units)) return std::nullopt;
    Decimal d;
    d.units = static_cast<std::int64_t>(units);
    d.scale = scale;
    return d;
}

double to_double(const Ratio& r) {
    // Seventeen significant digits are enough for the nearest double.
    const auto d = round_to(r, 17);
    if (d) return to_double(*d);
    return static_cast<double>(static_cast<long double>(r.numerator) / static_cast<long double>(r.denominator));
}

double to_double(const Decimal& d) {
    // Read back from its digits, so the double is the nearest one and formats to the same digits.
    return std::strtod(to_string(d).c_str(), nullptr);
}

std::string to_string(const Decimal& d) {
    const bool negative = d.units < 0;
    // Built from the magnitude as an unsigned number: -INT64_MIN does not fit a signed one.
    std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(d.units) : static_cast<std::uint64_t>(d.units);
    std::string digits = std::to_string(magnitude);
    if (d.scale > 0) {
        if (digits.size() <= static_cast<std::size_t>(d.scale))
            digits.insert(0, static_cast<std::size_t>(d.scale) + 1 - digits.size(), '0');
        digits.insert(digits.size() - static_cast<std::size_t>(d.scale), ".");
    }
    return (negative && magnitude != 0 ? "-" : "") + digits;
}

}  // namespace scorecard
