#include "flate.hpp"

#include <limits>
#include <stdexcept>

namespace scorecard::pdf {

Deflater::Deflater(int level) {
    if (deflateInit(&stream_, level) != Z_OK) throw std::runtime_error("zlib will not start a compressor");
}

Deflater::~Deflater() { deflateEnd(&stream_); }

void Deflater::compress(const char* data, std::size_t size, std::string& out) {
    if (size > std::numeric_limits<uInt>::max() / 2) throw std::length_error("a stream too large to compress at once");
    if (deflateReset(&stream_) != Z_OK) throw std::runtime_error("zlib will not reset its compressor");
    out.resize(deflateBound(&stream_, static_cast<uLong>(size)));
    stream_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data));
    stream_.avail_in = static_cast<uInt>(size);
    stream_.next_out = reinterpret_cast<Bytef*>(&out[0]);
    stream_.avail_out = static_cast<uInt>(out.size());
    // deflateBound is enough for one call to finish the stream.
    if (deflate(&stream_, Z_FINISH) != Z_STREAM_END) throw std::runtime_error("zlib could not compress a stream");
    out.resize(stream_.total_out);
}

}  // namespace scorecard::pdf
