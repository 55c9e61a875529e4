// Exact decimal arithmetic for figures as tables show them.
//
// A table's "22.60%" is exactly 2260 hundredths; a binary double holds something near it. Where
// a rule turns on an exact midpoint, an exact half or an exact tie (a band position of one half,
// a mean of 0.335 rounded to two decimals, a value equal to a quartile cut point), a double can
// fall either side by accident. So the benchmark arithmetic and the comparisons at the precision
// shown are done here, on scaled 64-bit integers with 128-bit intermediates. Nothing in Debian
// offers a small fixed-point decimal (Boost.Multiprecision's cpp_dec_float is binary-floating in
// spirit and far heavier), hence this small type. docs/benchmarking.md gives the rounding rule.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "value.hpp"

namespace scorecard {

__extension__ typedef __int128 Int128;

// units × 10^-scale: "22.60" is {2260, 2}, "-0.64" is {-64, 2}, "3,775" is {3775, 0}.
struct Decimal {
    std::int64_t units = 0;
    int scale = 0;  // decimals, 0..kMaxDecimalScale
};

// The most decimals a Decimal carries; 10^18 still fits in 64 bits.
constexpr int kMaxDecimalScale = 18;

// The figure exactly as shown: the number at its shown decimals. Empty when the value is not
// a number, or has more digits than 15 significant ones (beyond what a double read from the
// text holds exactly, so the shown digits cannot be recovered).
std::optional<Decimal> decimal_of(const Value& value);

// Reads plain decimal text: an optional sign, digits, an optional point and digits ("-12.340").
// Empty for anything else or past 18 digits.
std::optional<Decimal> parse_decimal(const std::string& text);

// The shortest decimal that reads back as `x` ("0.5" for 0.5): for numbers a template gives as
// JSON. Empty when it needs more than kMaxDecimalScale decimals or 18 digits.
std::optional<Decimal> decimal_from_double(double x);

// `d` at another scale: more decimals exactly (empty if the units would overflow), fewer
// rounded half away from zero (0.335 to two decimals is 0.34, -0.335 is -0.34).
std::optional<Decimal> rescale(const Decimal& d, int scale);

// Exact comparison whatever the scales: -1, 0 or 1.
int compare(const Decimal& a, const Decimal& b);

// An exact ratio numerator / denominator, denominator > 0: a position within a band, a mean
// before it is rounded.
struct Ratio {
    Int128 numerator = 0;
    Int128 denominator = 1;
};

// Exact comparison of a ratio with a decimal: -1, 0 or 1. Both stay within 128 bits for
// numerators and denominators below 10^18.
int compare(const Ratio& r, const Decimal& d);

// The ratio rounded to `scale` decimals, half away from zero; empty if it would overflow.
std::optional<Decimal> round_to(const Ratio& r, int scale);

// The nearest double, for display and JSON only.
double to_double(const Ratio& r);

// numerator / denominator rounded to a whole number, half away from zero. denominator > 0.
Int128 divide_half_away_from_zero(Int128 numerator, Int128 denominator);

// 10^n for n in 0..36 (beyond that, 0: callers keep within it).
Int128 power_of_ten(int n);

// The nearest double (for display and JSON only; never compared).
double to_double(const Decimal& d);

// "22.60", "-0.64", "3775": every decimal of the scale shown.
std::string to_string(const Decimal& d);

}  // namespace scorecard
