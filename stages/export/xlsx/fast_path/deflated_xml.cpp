#include "deflated_xml.hpp"

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "stages/export/common/export_context.hpp"

namespace scorecard::xlsx {

namespace {

constexpr std::size_t kReadChunk = std::size_t{64} * 1024;

[[noreturn]] void fail(const std::string& what) { throw ExportError("Excel export: " + what); }

}  // namespace

DeflatedXml::DeflatedXml(int level)
    : level_(level), file_(std::tmpfile()) {
    if (!file_) fail(std::string("cannot create a temporary file for a sheet's rows: ") + std::strerror(errno));
    crc_ = crc32(0, nullptr, 0);
}

void DeflatedXml::grow(std::size_t more) {
    const std::size_t capacity = std::max({capacity_ * 2, held_ + more, kPiece + std::size_t{64} * 1024});
    std::unique_ptr<char[]> text(new char[capacity]);
    if (held_) std::memcpy(text.get(), text_.get(), held_);
    text_ = std::move(text);
    capacity_ = capacity;
}

DeflatedXml::~DeflatedXml() {
    std::fclose(file_);  // a tmpfile() is removed when closed
}

void DeflatedXml::deflate_text(bool end) {
    if (held_ == 0 && !(end && deflater_)) return;
    if (!deflater_) deflater_ = std::make_unique<Deflater>(level_, DeflateFormat::Raw);
    crc_ = crc32_z(crc_, reinterpret_cast<const unsigned char*>(text_.get()), held_);
    size_ += held_;
    deflater_->put(text_.get(), held_, end ? Deflater::Flush::Segment : Deflater::Flush::None,
                   [this](const char* data, std::size_t bytes) {
                       if (std::fwrite(data, 1, bytes, file_) != bytes)
                           fail(std::string("cannot write a temporary file for a sheet's rows: ") +
                                std::strerror(errno));
                   });
    held_ = 0;
    if (end) {
        // The compressor and the text buffer are freed until another segment starts.
        deflater_.reset();
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
    if (deflater_) fail("a sheet's rows were read before they were finished");
    std::rewind(file_);
    std::vector<char> buffer(kReadChunk);
    std::size_t got;
    while ((got = std::fread(buffer.data(), 1, buffer.size(), file_)) > 0) chunk(buffer.data(), got);
    if (std::ferror(file_)) fail(std::string("cannot read back a sheet's rows: ") + std::strerror(errno));
    std::fseek(file_, 0, SEEK_END);  // where the next segment, if any, goes
}

}  // namespace scorecard::xlsx
