#include "pdf_syntax.hpp"

#include <algorithm>
#include <cmath>

namespace scorecard::pdf {

namespace {

// The longest number written: a sign, 20 digits and a point.
constexpr std::size_t kMaxNumber = 24;

// Formats `scaled` (the value times 10^decimals) to end just before `end`, trailing zeros of
// the fraction left out, and returns where it starts. The digits are made right to left.
char* format_fixed(char* end, long long scaled, int decimals) {
    static constexpr unsigned long long kPowers[] = {1, 10, 100, 1000};
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
    return p;
}

void append_fixed(PdfOut& out, long long scaled, int decimals) {
    char buffer[kMaxNumber];
    char* const end = buffer + sizeof buffer;
    const char* start = format_fixed(end, scaled, decimals);
    out.put(start, static_cast<std::size_t>(end - start));
}

void append_fixed(std::string& out, long long scaled, int decimals) {
    char buffer[kMaxNumber];
    char* const end = buffer + sizeof buffer;
    const char* start = format_fixed(end, scaled, decimals);
    out.append(start, static_cast<std::size_t>(end - start));
}

template <typename Out>
void append_colour_to(Out& out, const Rgb& c) {
    append_fixed(out, std::llround(c.r / 255.0 * 1000.0), 3);
    out += ' ';
    append_fixed(out, std::llround(c.g / 255.0 * 1000.0), 3);
    out += ' ';
    append_fixed(out, std::llround(c.b / 255.0 * 1000.0), 3);
}

}  // namespace

void PdfOut::grow(std::size_t n) {
    buf_.resize(std::max({buf_.size() * 2, size_ + n, std::size_t{4096}}));
}

long long to_hundredths(double value) { return std::llround(value * 100.0); }

void append_integer(PdfOut& out, long long value) { append_fixed(out, value, 0); }
void append_hundredths(PdfOut& out, long long hundredths) { append_fixed(out, hundredths, 2); }
void append_number(PdfOut& out, double value) { append_fixed(out, to_hundredths(value), 2); }
void append_thousandths(PdfOut& out, double value) { append_fixed(out, std::llround(value * 1000.0), 3); }
void append_colour(PdfOut& out, const Rgb& c) { append_colour_to(out, c); }

void append_integer(std::string& out, long long value) { append_fixed(out, value, 0); }
void append_hundredths(std::string& out, long long hundredths) { append_fixed(out, hundredths, 2); }
void append_number(std::string& out, double value) { append_fixed(out, to_hundredths(value), 2); }
void append_thousandths(std::string& out, double value) { append_fixed(out, std::llround(value * 1000.0), 3); }
void append_colour(std::string& out, const Rgb& c) { append_colour_to(out, c); }

std::string pdf_number(double value) {
    std::string out;
    append_number(out, value);
    return out;
}

}  // namespace scorecard::pdf
