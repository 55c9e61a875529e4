#include "memory_zip.hpp"

#include <zip.h>

#include <algorithm>
#include <cstring>

namespace scorecard::fuzz {

namespace {

struct Buffer {
    std::string bytes;
    std::size_t position = 0;
};

voidpf ZCALLBACK open_buffer(voidpf opaque, const void*, int) { return opaque; }

uLong ZCALLBACK read_buffer(voidpf, voidpf stream, void* out, uLong size) {
    auto* b = static_cast<Buffer*>(stream);
    const uLong n = static_cast<uLong>(std::min<std::size_t>(size, b->bytes.size() - std::min(b->position, b->bytes.size())));
    std::memcpy(out, b->bytes.data() + b->position, n);
    b->position += n;
    return n;
}

uLong ZCALLBACK write_buffer(voidpf, voidpf stream, const void* data, uLong size) {
    auto* b = static_cast<Buffer*>(stream);
    if (b->position + size > b->bytes.size()) b->bytes.resize(b->position + size);
    std::memcpy(b->bytes.data() + b->position, data, size);
    b->position += size;
    return size;
}

ZPOS64_T ZCALLBACK tell_buffer(voidpf, voidpf stream) { return static_cast<Buffer*>(stream)->position; }

long ZCALLBACK seek_buffer(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
    auto* b = static_cast<Buffer*>(stream);
    const std::size_t base = origin == ZLIB_FILEFUNC_SEEK_SET ? 0
                             : origin == ZLIB_FILEFUNC_SEEK_CUR ? b->position
                                                                : b->bytes.size();
    b->position = base + static_cast<std::size_t>(offset);
    return 0;
}

int ZCALLBACK close_buffer(voidpf, voidpf) { return 0; }
int ZCALLBACK error_buffer(voidpf, voidpf) { return 0; }

}  // namespace

std::string zip_in_memory(const std::vector<std::pair<std::string, std::string>>& parts) {
    Buffer buffer;
    zlib_filefunc64_def io{};
    io.zopen64_file = open_buffer;
    io.zread_file = read_buffer;
    io.zwrite_file = write_buffer;
    io.ztell64_file = tell_buffer;
    io.zseek64_file = seek_buffer;
    io.zclose_file = close_buffer;
    io.zerror_file = error_buffer;
    io.opaque = &buffer;
    zipFile zip = zipOpen2_64("memory", APPEND_STATUS_CREATE, nullptr, &io);
    if (!zip) return {};
    for (const auto& [name, data] : parts) {
        zip_fileinfo info{};
        // Stored: the readers see the fuzzer's bytes as they are, and packing costs nothing.
        zipOpenNewFileInZip64(zip, name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, 0, 0, 0);
        zipWriteInFileInZip(zip, data.data(), static_cast<unsigned>(data.size()));
        zipCloseFileInZip(zip);
    }
    zipClose(zip, nullptr);
    return buffer.bytes;
}

}  // namespace scorecard::fuzz
