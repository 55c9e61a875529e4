#include "pdf_syntax.hpp"

#include <cmath>

namespace scorecard::pdf {

namespace {

void append_unsigned(std::string& out, unsigned long long v) {
    char digits[24];
    int n = 0;
    do {
        digits[n++] = static_cast<char>('0' + v % 10);
        v /= 10;
    } while (v != 0);
    while (n > 0) out += digits[--n];
}

// `scaled` is the value times 10^decimals; trailing zeros of the fraction are left out.
void append_fixed(std::string& out, long long scaled, int decimals) {
    unsigned long long v;
    if (scaled < 0) {
        out += '-';
        v = static_cast<unsigned long long>(-(scaled + 1)) + 1;
    } else {
        v = static_cast<unsigned long long>(scaled);
    }
    unsigned long long unit = 1;
    for (int i = 0; i < decimals; ++i) unit *= 10;
    append_unsigned(out, v / unit);
    unsigned long long frac = v % unit;
    if (frac == 0) return;
    out += '.';
    while (frac != 0) {
        unit /= 10;
        out += static_cast<char>('0' + frac / unit);
        frac %= unit;
    }
}

}  // namespace

void append_integer(std::string& out, long long value) { append_fixed(out, value, 0); }

void append_hundredths(std::string& out, long long hundredths) { append_fixed(out, hundredths, 2); }

long long to_hundredths(double value) { return std::llround(value * 100.0); }

void append_number(std::string& out, double value) { append_fixed(out, to_hundredths(value), 2); }

void append_thousandths(std::string& out, double value) { append_fixed(out, std::llround(value * 1000.0), 3); }

void append_colour(std::string& out, const Rgb& c) {
    append_thousandths(out, c.r / 255.0);
    out += ' ';
    append_thousandths(out, c.g / 255.0);
    out += ' ';
    append_thousandths(out, c.b / 255.0);
}

std::string pdf_number(double value) {
    std::string out;
    append_number(out, value);
    return out;
}

}  // namespace scorecard::pdf
