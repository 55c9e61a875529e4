// The bytes of content streams and object streams: an output buffer, and numbers and
// colours as PDF wants them.
//
// Fixed point with no locale and no trailing zeros, formatted with integer arithmetic: a
// 100,000-indicator table writes tens of millions of numbers, and going through printf or an
// ostream (as PoDoFo's painter does) was a tenth of the PDF stage's time. They are written
// into a PdfOut, which appends without std::string's checks and calls for every few bytes
// (those were a fifth of the writer's own time once the rest was fast); its storage is a
// std::string, handed over whole when the stream is done and taken back for the next one, so
// writing a page allocates nothing once the buffer has grown to a page's size.
#pragma once

#include <cstddef>
#include <cstring>
#include <string>

#include "stages/templates/output_template.hpp"

namespace scorecard::pdf {

class PdfOut {
public:
    PdfOut() = default;
    // Writes into `storage`, keeping its capacity (its content is dropped).
    explicit PdfOut(std::string storage) : buf_(std::move(storage)) { buf_.resize(buf_.capacity()); }

    // Room for `n` more bytes: write up to `n` at the pointer, then commit() what was written.
    char* room(std::size_t n) {
        if (buf_.size() - size_ < n) grow(n);
        return &buf_[0] + size_;
    }
    void commit(std::size_t n) { size_ += n; }

    PdfOut& operator+=(char c) {
        *room(1) = c;
        ++size_;
        return *this;
    }
    // A string literal: its length is known when compiled.
    template <std::size_t N>
    PdfOut& operator+=(const char (&literal)[N]) {
        put(literal, N - 1);
        return *this;
    }
    PdfOut& operator+=(const std::string& s) {
        put(s.data(), s.size());
        return *this;
    }
    void put(const char* p, std::size_t n) {
        std::memcpy(room(n), p, n);
        size_ += n;
    }
    void put_c_string(const char* s) { put(s, std::strlen(s)); }

    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    const char* data() const { return buf_.data(); }
    void clear() { size_ = 0; }
    // The bytes written, as a string; the buffer is left empty (and without storage).
    std::string release() {
        buf_.resize(size_);
        size_ = 0;
        return std::move(buf_);
    }

private:
    void grow(std::size_t n);
    std::string buf_;       // its size is the room in use; the first size_ bytes are written
    std::size_t size_ = 0;
};

void append_integer(PdfOut& out, long long value);
// A whole number of hundredths, as "12.3", "-0.05", "7".
void append_hundredths(PdfOut& out, long long hundredths);
// A number rounded to two decimals (the precision of every coordinate on the page).
long long to_hundredths(double value);
void append_number(PdfOut& out, double value);
// A number rounded to three decimals (font sizes, colour channels).
void append_thousandths(PdfOut& out, double value);
// "r g b" in 0..1, each to three decimals, which keeps every 8-bit value apart and exact
// enough (#FFC000 is "1 0.753 0").
void append_colour(PdfOut& out, const Rgb& colour);

// The same, appended to a std::string.
void append_integer(std::string& out, long long value);
void append_hundredths(std::string& out, long long hundredths);
void append_number(std::string& out, double value);
void append_thousandths(std::string& out, double value);
void append_colour(std::string& out, const Rgb& colour);

// A number as content streams want it: fixed point, at most two decimals, no locale.
std::string pdf_number(double value);

}  // namespace scorecard::pdf
