// zlib's deflate, wrapped once for every stream the writers compress themselves: the PDF's page
// content, object and cross-reference streams (zlib format, as /FlateDecode expects) and the
// workbook's sheet rows (raw deflate, as a zip entry holds it).
#pragma once

#include <cstddef>
#include <functional>
#include <string>

#include <zlib.h>

namespace scorecard {

enum class DeflateFormat {
    Zlib,  // RFC 1950: a two-byte header and an Adler-32 trailer (PDF /FlateDecode)
    Raw    // RFC 1951 alone (the data of a zip entry)
};

class Deflater {
public:
    // `level`: zlib's, 1 (fastest) to 9, or Z_DEFAULT_COMPRESSION.
    explicit Deflater(int level, DeflateFormat format = DeflateFormat::Zlib);
    ~Deflater();
    Deflater(const Deflater&) = delete;
    Deflater& operator=(const Deflater&) = delete;

    // Compressed bytes as they come out, in order.
    using Sink = std::function<void(const char* data, std::size_t size)>;

    // A whole stream at once: replaces `out` with it. `out` keeps its capacity, so a buffer
    // reused stream after stream stops allocating.
    void compress(const char* data, std::size_t size, std::string& out);
    void compress(const std::string& data, std::string& out) { compress(data.data(), data.size(), out); }

    // What a piece of a stream ends with.
    enum class Flush {
        None,     // nothing: more follows
        Segment,  // a byte boundary (zlib's Z_SYNC_FLUSH), after which more deflated data,
                  // compressed apart, may follow: the pieces join into one stream
        Finish    // the end of the stream
    };

    // A stream made from pieces: start(), then put() for each piece, the last with
    // Flush::Finish (or Flush::Segment, and the compressor restarted with start()).
    void start();
    void put(const char* data, std::size_t size, Flush flush, const Sink& sink);

    // The same, appending the compressed bytes to a string.
    void add(const char* data, std::size_t size, std::string& out) { put(data, size, Flush::None, appender(out)); }
    void finish(std::string& out) { put(nullptr, 0, Flush::Finish, appender(out)); }

    int level() const { return level_; }

private:
    static Sink appender(std::string& out) {
        return [&out](const char* p, std::size_t n) { out.append(p, n); };
    }

    int level_;
    z_stream stream_{};
};

// `text` deflated raw in one piece, ending either the stream (`last`) or a segment that more
// can follow (Z_SYNC_FLUSH), in memory.
std::string deflate_raw_piece(const std::string& text, int level, bool last);

}  // namespace scorecard
