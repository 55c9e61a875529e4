#include "zip_rewrite.hpp"

#include <unzip.h>
#include <zip.h>
#include <zlib.h>

#include <memory>
#include <set>
#include <vector>

#include "../common/export_context.hpp"

namespace scorecard::xlsx {

namespace {

constexpr std::size_t kChunk = 64 * 1024;
constexpr std::size_t kTail = 64 * 1024;

[[noreturn]] void fail(const std::string& what) { throw ExportError("Excel export: " + what); }

struct UnzipCloser {
    void operator()(void* f) const {
        if (f) unzClose(f);
    }
};
struct ZipCloser {
    void operator()(void* f) const {
        if (f) zipClose(f, nullptr);
    }
};

zip_fileinfo file_info_of(const unz_file_info64& info) {
    zip_fileinfo out{};
    out.tmz_date.tm_sec = info.tmu_date.tm_sec;
    out.tmz_date.tm_min = info.tmu_date.tm_min;
    out.tmz_date.tm_hour = info.tmu_date.tm_hour;
    out.tmz_date.tm_mday = info.tmu_date.tm_mday;
    out.tmz_date.tm_mon = info.tmu_date.tm_mon;
    out.tmz_date.tm_year = info.tmu_date.tm_year;
    out.dosDate = 0;  // use tmz_date
    out.internal_fa = info.internal_fa;
    out.external_fa = info.external_fa;
    return out;
}

// Copies the current entry still compressed: same bytes, same CRC.
void copy_raw(unzFile in, zipFile out, const std::string& name, const unz_file_info64& info) {
    int method = 0, level = 0;
    if (unzOpenCurrentFile2(in, &method, &level, 1) != UNZ_OK) fail("cannot read " + name + " from the workbook");
    const zip_fileinfo zi = file_info_of(info);
    const int zip64 = info.uncompressed_size >= 0xffffffffu ? 1 : 0;
    if (zipOpenNewFileInZip2_64(out, name.c_str(), &zi, nullptr, 0, nullptr, 0, nullptr, method, level, 1, zip64) != ZIP_OK)
        fail("cannot write " + name);
    std::vector<char> buffer(kChunk);
    int got;
    while ((got = unzReadCurrentFile(in, buffer.data(), static_cast<unsigned>(buffer.size()))) > 0)
        if (zipWriteInFileInZip(out, buffer.data(), static_cast<unsigned>(got)) != ZIP_OK) fail("cannot write " + name);
    if (got < 0) fail("cannot read " + name + " from the workbook");
    unzCloseCurrentFile(in);
    if (zipCloseFileInZipRaw64(out, info.uncompressed_size, info.crc) != ZIP_OK) fail("cannot write " + name);
}

// Streams the current entry through `edit`: everything but the tail is passed on as it is read.
void copy_edited(unzFile in, zipFile out, const std::string& name, const unz_file_info64& info, const TailEdit& edit) {
    if (unzOpenCurrentFile(in) != UNZ_OK) fail("cannot read " + name + " from the workbook");
    const zip_fileinfo zi = file_info_of(info);
    // zip64 only when the part comes near 4 GiB, as libxlsxwriter itself does not use it.
    const int zip64 = info.uncompressed_size >= 0xF0000000u ? 1 : 0;
    if (zipOpenNewFileInZip2_64(out, name.c_str(), &zi, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                Z_DEFAULT_COMPRESSION, 0, zip64) != ZIP_OK)
        fail("cannot write " + name);
    auto write = [&](const char* data, std::size_t size) {
        if (size && zipWriteInFileInZip(out, data, static_cast<unsigned>(size)) != ZIP_OK) fail("cannot write " + name);
    };
    std::string held;  // the last bytes read, not yet written
    std::vector<char> buffer(kChunk);
    int got;
    while ((got = unzReadCurrentFile(in, buffer.data(), static_cast<unsigned>(buffer.size()))) > 0) {
        held.append(buffer.data(), static_cast<std::size_t>(got));
        if (held.size() > 2 * kTail) {
            const std::size_t pass = held.size() - kTail;
            write(held.data(), pass);
            held.erase(0, pass);
        }
    }
    if (got < 0) fail("cannot read " + name + " from the workbook");
    unzCloseCurrentFile(in);
    const std::string tail = edit.edit(held);
    write(tail.data(), tail.size());
    if (zipCloseFileInZip(out) != ZIP_OK) fail("cannot write " + name);
}

}  // namespace

void rewrite_zip(const std::string& from, const std::string& to, const std::vector<TailEdit>& edits) {
    std::unique_ptr<void, UnzipCloser> in(unzOpen64(from.c_str()));
    if (!in) fail("cannot reopen " + from + " to add what libxlsxwriter cannot write");
    std::unique_ptr<void, ZipCloser> out(zipOpen64(to.c_str(), APPEND_STATUS_CREATE));
    if (!out) fail("cannot create " + to);

    std::set<std::string> done;
    for (int status = unzGoToFirstFile(in.get()); status == UNZ_OK; status = unzGoToNextFile(in.get())) {
        unz_file_info64 info{};
        char name_buffer[1024];
        if (unzGetCurrentFileInfo64(in.get(), &info, name_buffer, sizeof name_buffer, nullptr, 0, nullptr, 0) != UNZ_OK)
            fail("cannot read the workbook's entries");
        const std::string name = name_buffer;
        const TailEdit* edit = nullptr;
        for (const auto& e : edits)
            if (e.part == name) edit = &e;
        if (edit) {
            copy_edited(in.get(), out.get(), name, info, *edit);
            done.insert(name);
        } else {
            copy_raw(in.get(), out.get(), name, info);
        }
    }
    for (const auto& e : edits)
        if (!done.count(e.part)) fail("the workbook has no part " + e.part);
    // Closing writes the central directory; a failure there is a failed file.
    void* zip = out.release();
    if (zipClose(zip, nullptr) != ZIP_OK) fail("cannot finish " + to);
}

}  // namespace scorecard::xlsx
