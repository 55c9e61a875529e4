#include "deflate.hpp"

#include <limits>

#include "export_context.hpp"

namespace scorecard {

namespace {
[[noreturn]] void fail(const char* what) { throw ExportError(std::string("zlib: ") + what); }
}  // namespace

Deflater::Deflater(int level, DeflateFormat format) : level_(level) {
    // Raw deflate is asked for with negative window bits; 8 is zlib's default memLevel.
    const int window_bits = format == DeflateFormat::Raw ? -MAX_WBITS : MAX_WBITS;
    if (deflateInit2(&stream_, level, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        fail("cannot start a compressor (out of memory?)");
}

Deflater::~Deflater() { deflateEnd(&stream_); }

void Deflater::compress(const char* data, std::size_t size, std::string& out) {
    if (size > std::numeric_limits<uInt>::max() / 2) fail("a stream too large to compress at once");
    start();
    out.resize(deflateBound(&stream_, static_cast<uLong>(size)));
    stream_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data));
    stream_.avail_in = static_cast<uInt>(size);
    stream_.next_out = reinterpret_cast<Bytef*>(&out[0]);
    stream_.avail_out = static_cast<uInt>(out.size());
    // deflateBound is enough for one call to finish the stream.
    if (deflate(&stream_, Z_FINISH) != Z_STREAM_END) fail("cannot compress a stream");
    out.resize(stream_.total_out);
}

void Deflater::start() {
    if (deflateReset(&stream_) != Z_OK) fail("cannot reset the compressor");
}

void Deflater::put(const char* data, std::size_t size, Flush how, const Sink& sink) {
    const int flush = how == Flush::Finish ? Z_FINISH : how == Flush::Segment ? Z_SYNC_FLUSH : Z_NO_FLUSH;
    // Pieces beyond what one call of zlib takes are fed in parts, the last with the flush.
    constexpr std::size_t kMaxPiece = std::numeric_limits<uInt>::max() / 2;
    while (size > kMaxPiece) {
        put(data, kMaxPiece, Flush::None, sink);
        data += kMaxPiece;
        size -= kMaxPiece;
    }
    stream_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data));
    stream_.avail_in = static_cast<uInt>(size);
    char chunk[1 << 16];
    while (true) {
        stream_.next_out = reinterpret_cast<Bytef*>(chunk);
        stream_.avail_out = sizeof chunk;
        const int result = deflate(&stream_, flush);
        if (result == Z_STREAM_ERROR) fail("cannot compress a stream");
        const std::size_t made = sizeof chunk - stream_.avail_out;
        if (made) sink(chunk, made);
        // Done when every byte is taken and, for a flush, all of its output is out.
        if (flush == Z_FINISH ? result == Z_STREAM_END : (stream_.avail_in == 0 && stream_.avail_out != 0)) return;
    }
}

std::string deflate_raw_piece(const std::string& text, int level, bool last) {
    Deflater deflater(level, DeflateFormat::Raw);
    std::string out;
    deflater.put(text.data(), text.size(), last ? Deflater::Flush::Finish : Deflater::Flush::Segment,
                 [&out](const char* p, std::size_t n) { out.append(p, n); });
    return out;
}

}  // namespace scorecard
