// Numbers and colours as content streams want them, appended to a buffer.
//
// Fixed point with no locale and no trailing zeros, formatted with integer arithmetic: a
// 100,000-indicator table writes tens of millions of numbers, and going through printf or an
// ostream (as PoDoFo's painter does) was a tenth of the PDF stage's time. Each formatter
// appends to the caller's buffer, so writing a page allocates nothing once the buffer has
// grown to a page's size.
#pragma once

#include <string>

#include "../../../pipeline/templates/output_template.hpp"

namespace scorecard::pdf {

void append_integer(std::string& out, long long value);

// A whole number of hundredths, as "12.3", "-0.05", "7".
void append_hundredths(std::string& out, long long hundredths);

// A number rounded to two decimals (the precision of every coordinate on the page).
long long to_hundredths(double value);
void append_number(std::string& out, double value);

// A number rounded to three decimals (font sizes, colour channels).
void append_thousandths(std::string& out, double value);

// "r g b" in 0..1, each to three decimals, which keeps every 8-bit value apart and exact
// enough (#FFC000 is "1 0.753 0").
void append_colour(std::string& out, const Rgb& colour);

// A number as content streams want it: fixed point, at most two decimals, no locale.
std::string pdf_number(double value);

}  // namespace scorecard::pdf
