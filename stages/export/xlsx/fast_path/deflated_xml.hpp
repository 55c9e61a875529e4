// XML deflated as it is written, into a temporary file, for a part that the zip rewrite puts
// into the workbook still compressed (zip_rewrite.hpp): the rows of a large sheet
// (streamed_sheet.hpp).
//
// The text is deflated in segments. Each segment ends on a byte boundary with an empty stored
// block (zlib's Z_SYNC_FLUSH) and none is marked last, so segments, and the deflated pieces the
// rewrite puts before and after them, join byte for byte into one valid deflate stream (the
// way pigz joins blocks it compressed apart). A segment refers back only into itself.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "stages/export/common/deflate.hpp"

namespace scorecard::xlsx {

class DeflatedXml {
public:
    // `level`: zlib's, 1 (fastest) to 9.
    explicit DeflatedXml(int level);
    ~DeflatedXml();
    DeflatedXml(const DeflatedXml&) = delete;
    DeflatedXml& operator=(const DeflatedXml&) = delete;

    // Adds text; call flush_if_full() now and then, and it is deflated in large pieces as it
    // comes. Inline, with the length of a literal known: the rows of 100,000 indicators are
    // written in some 30 million pieces, and a call to std::string::append for each showed.
    void put(const char* data, std::size_t size) {
        if (size > capacity_ - held_) grow(size);
        std::memcpy(text_.get() + held_, data, size);
        held_ += size;
    }
    template <std::size_t N>
    void put(const char (&literal)[N]) {
        put(literal, N - 1);
    }
    void put(const std::string& text) { put(text.data(), text.size()); }
    void put(char c) {
        if (held_ == capacity_) grow(1);
        text_[held_++] = c;
    }
    void flush_if_full() {
        if (held_ >= kPiece) deflate_text(false);
    }
    // Deflates what is held and ends the segment. The compressor's memory is freed until
    // more text comes.
    void end_segment();

    int level() const { return level_; }
    std::uint64_t size() const { return size_; }  // uncompressed, every segment so far
    unsigned long crc() const { return crc_; }    // CRC-32 of the same
    // Reads back every ended segment's deflated bytes, in order, a chunk at a time.
    void read(const std::function<void(const char*, std::size_t)>& chunk) const;

private:
    static constexpr std::size_t kPiece = std::size_t{256} * 1024;
    void deflate_text(bool end);
    void grow(std::size_t more);

    int level_;
    std::FILE* file_;
    std::unique_ptr<Deflater> deflater_;  // while a segment is open
    std::unique_ptr<char[]> text_;  // held, not yet deflated
    std::size_t held_ = 0, capacity_ = 0;
    std::uint64_t size_ = 0;
    unsigned long crc_ = 0;
};

}  // namespace scorecard::xlsx
