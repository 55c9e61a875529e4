#include "deflated_xml.hpp"

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "stages/export/common/export_context.hpp"

namespace scorecard::xlsx {

namespace {

constexpr std::size_t kOut = 64 * 1024;

[[noreturn]] void fail(const std::string& what) { throw ExportError("Excel export: " + what); }

void start(z_stream& z, int level) {
    z = z_stream{};
    // Raw deflate (negative window bits): a zip entry holds no zlib header.
    if (deflateInit2(&z, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        fail("out of memory starting to compress a sheet");
}

}  // namespace

DeflatedXml::DeflatedXml(int level)
    : level_(level), file_(std::tmpfile()), stream_(std::make_unique<z_stream_s>()) {
    if (!file_) fail(std::string("cannot create a temporary file for a sheet's rows: ") + std::strerror(errno));
    crc_ = crc32(0, nullptr, 0);
}

void DeflatedXml::grow(std::size_t more) {
    const std::size_t capacity = std::max({capacity_ * 2, held_ + more, kPiece + 64 * 1024});
    std::unique_ptr<char[]> text(new char[capacity]);
    if (held_) std::memcpy(text.get(), text_.get(), held_);
    text_ = std::move(text);
    capacity_ = capacity;
}

DeflatedXml::~DeflatedXml() {
    if (started_) deflateEnd(stream_.get());
    std::fclose(file_);  // a tmpfile() is removed when closed
}

void DeflatedXml::write_out(std::size_t bytes) {
    if (bytes && std::fwrite(out_.data(), 1, bytes, file_) != bytes)
        fail(std::string("cannot write a temporary file for a sheet's rows: ") + std::strerror(errno));
}

void DeflatedXml::deflate_text(bool end) {
    if (held_ == 0 && !(end && started_)) return;
    z_stream& z = *stream_;
    if (!started_) {
        start(z, level_);
        started_ = true;
        out_.resize(kOut);
    }
    unsigned char* data = reinterpret_cast<unsigned char*>(text_.get());
    crc_ = crc32_z(crc_, data, held_);
    size_ += held_;
    z.next_in = data;
    z.avail_in = static_cast<uInt>(held_);
    const int flush = end ? Z_SYNC_FLUSH : Z_NO_FLUSH;
    do {
        z.next_out = out_.data();
        z.avail_out = static_cast<uInt>(out_.size());
        if (deflate(&z, flush) == Z_STREAM_ERROR) fail("cannot compress a sheet's rows");
        write_out(out_.size() - z.avail_out);
    } while (z.avail_out == 0);
    held_ = 0;
    if (end) {
        deflateEnd(&z);
        started_ = false;
        out_ = {};
        text_.reset();
        capacity_ = 0;
    }
}

void DeflatedXml::end_segment() {
    deflate_text(true);
    if (std::fflush(file_) != 0)
        fail(std::string("cannot write a temporary file for a sheet's rows: ") + std::strerror(errno));
}

void DeflatedXml::read(const std::function<void(const char*, std::size_t)>& chunk) const {
    if (started_) fail("a sheet's rows were read before they were finished");
    std::rewind(file_);
    std::vector<char> buffer(kOut);
    std::size_t got;
    while ((got = std::fread(buffer.data(), 1, buffer.size(), file_)) > 0) chunk(buffer.data(), got);
    if (std::ferror(file_)) fail(std::string("cannot read back a sheet's rows: ") + std::strerror(errno));
    std::fseek(file_, 0, SEEK_END);  // where the next segment, if any, goes
}

std::string deflate_segment(const std::string& text, int level, bool last) {
    z_stream z;
    start(z, level);
    std::string out(deflateBound(&z, text.size()) + 16, '\0');
    z.next_in = reinterpret_cast<unsigned char*>(const_cast<char*>(text.data()));
    z.avail_in = static_cast<uInt>(text.size());
    z.next_out = reinterpret_cast<unsigned char*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    // deflateBound leaves room for a sync marker too; a short piece needs one call.
    const int status = deflate(&z, last ? Z_FINISH : Z_SYNC_FLUSH);
    const bool done = last ? status == Z_STREAM_END : status == Z_OK && z.avail_in == 0 && z.avail_out > 0;
    out.resize(out.size() - z.avail_out);
    deflateEnd(&z);
    if (!done) fail("cannot compress a sheet's frame");
    return out;
}

}  // namespace scorecard::xlsx
