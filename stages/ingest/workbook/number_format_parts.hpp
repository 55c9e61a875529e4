// The parsed form of an Excel number-format code, shared by the files that render it:
// format_code_parser.cpp (code -> sections of tokens), format_digits.cpp (numbers and
// General), format_dates.cpp (dates and times) and number_format.cpp (which section a value
// takes). Not for use outside them; number_format.hpp is the interface.
#pragma once

#include <string>
#include <vector>

#include "number_format.hpp"

namespace scorecard::number_format_detail {

struct Token {
    enum Kind {
        Literal,
        Digit,       // '0', '#' or '?' (text holds which)
        Point,       // the decimal point
        Comma,       // resolved to grouping, scaling or a literal ','
        Percent,
        Exponent,    // "E+" or "E-" (plus: show '+' for positive exponents)
        Slash,       // a fraction's '/'
        Text,        // '@'
        General,
        Year, Month, Minute, Day, Hour, Second, SubSecond, AmPm,
        ElapsedHour, ElapsedMinute, ElapsedSecond
    };
    Kind kind = Literal;
    std::string text;  // a literal's text; a digit's placeholder; an AM/PM marker as written
    int count = 1;     // letters in a date or time run ("mmm" is 3); digits of a fraction of a second
    bool plus = false;
};

// The digit placeholders of a number section by part, in order ("#,##0.00" has integer "###0"
// and fraction "00"): each '0', '#' or '?'.
struct Placeholders {
    std::string integer, fraction, exponent, numerator, denominator;
};

struct Section {
    std::vector<Token> tokens;
    Placeholders digits;  // worked out once, when the code is read
    bool has_condition = false;
    std::string condition;  // "<", "<=", ">", ">=", "=", "<>"
    double threshold = 0;
    bool is_date = false;
    bool has_text = false;     // '@'
    bool general = false;      // holds "General"
    bool grouping = false;     // thousands separators
    int scale = 0;             // each trailing comma divides by 1,000
    int percent = 0;           // each '%' multiplies by 100
    bool point = false;
    bool scientific = false;
    bool fraction = false;
    int fixed_denominator = 0;  // "?/8"
    bool twelve_hour = false;
    // Only digits, an optional decimal point and percent signs ("0", "0.00%", "#,##0.0"): the
    // formats nearly every figure has, rendered by a shorter path (render_plain_number).
    bool plain = false;
    bool empty() const { return tokens.empty(); }
};

// The sections of a code (at most four), or none when the code cannot be read.
std::vector<Section> parse_format_code(const std::string& code);

// The text of a non-negative number in a number section (the sign is the caller's).
std::string render_number(const Section& section, double value);
// The same for a plain section (Section::plain); false when the number is too large or too
// near a rounding tie for the shorter path, and render_number must be used.
bool render_plain_number(const Section& section, double value, std::string* out);
// The text of a date or time section; a serial that is no date shows as General.
std::string render_date(const Section& section, double value, DateSystem dates);
// The section has digit placeholders (0 # ?) of its own.
bool has_digit_placeholders(const Section& section);

}  // namespace scorecard::number_format_detail
