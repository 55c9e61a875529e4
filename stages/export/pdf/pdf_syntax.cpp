#include "pdf_syntax.hpp"

#include <cmath>

namespace scorecard::pdf {

namespace {

// `scaled` is the value times 10^decimals; trailing zeros of the fraction are left out. The
// digits are made right to left in a small buffer and appended at once.
void append_fixed(std::string& out, long long scaled, int decimals) {
    static constexpr unsigned long long kPowers[] = {1, 10, 100, 1000};
    char buffer[32];
    char* const end = buffer + sizeof buffer;
    char* p = end;
    unsigned long long v = scaled < 0 ? 0ULL - static_cast<unsigned long long>(scaled) : static_cast<unsigned long long>(scaled);
    if (decimals > 0) {
        unsigned long long frac = v % kPowers[decimals];
        v /= kPowers[decimals];
        if (frac != 0) {
            int digits = decimals;
            while (frac % 10 == 0) {
                frac /= 10;
                --digits;
            }
            for (int k = 0; k < digits; ++k) {
                *--p = static_cast<char>('0' + frac % 10);
                frac /= 10;
            }
            *--p = '.';
        }
    }
    do {
        *--p = static_cast<char>('0' + v % 10);
        v /= 10;
    } while (v != 0);
    if (scaled < 0) *--p = '-';
    out.append(p, static_cast<std::size_t>(end - p));
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
