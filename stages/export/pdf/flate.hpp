// Flate (zlib) compression of the streams this writer makes itself: page content and the
// structure tree's object and cross-reference streams.
//
// PoDoFo compresses a content stream as it is appended to, at zlib's default level, with a
// new compressor (and its 256 KiB of state, cleared) for every stream. Here one compressor is
// reset and reused for every stream, and the level is ours to choose: see kFlateLevel.
#pragma once

#include <cstddef>
#include <string>

#include <zlib.h>

namespace scorecard::pdf {

// zlib level 1 (Z_BEST_SPEED), not the default 6. Measured on the content and structure
// streams of a generated 10,000-indicator table (718 pages): level 6 made the file about a
// quarter smaller than level 1 but took three times as long to compress, and at 100,000
// indicators that difference alone was over a second of a PDF stage meant to take four. The
// streams are repetitive operator and dictionary text, which even level 1 shrinks about
// sixfold, so the saving level 6 adds is small next to what compressing at all saves.
constexpr int kFlateLevel = Z_BEST_SPEED;

class Deflater {
public:
    explicit Deflater(int level = kFlateLevel);
    ~Deflater();
    Deflater(const Deflater&) = delete;
    Deflater& operator=(const Deflater&) = delete;

    // Replaces `out` with the zlib stream (RFC 1950, as /FlateDecode expects) of the bytes.
    // `out` keeps its capacity, so a buffer reused page after page stops allocating.
    void compress(const char* data, std::size_t size, std::string& out);
    void compress(const std::string& data, std::string& out) { compress(data.data(), data.size(), out); }

private:
    z_stream stream_{};
};

}  // namespace scorecard::pdf
