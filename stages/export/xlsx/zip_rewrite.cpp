#include "zip_rewrite.hpp"

#include <unzip.h>
#include <zip.h>
#include <zlib.h>

#include <memory>
#include <set>
#include <vector>

#include "stages/export/common/export_context.hpp"

namespace scorecard::xlsx {

namespace {

constexpr std::size_t kChunk = std::size_t{64} * 1024;
constexpr std::size_t kTail = std::size_t{64} * 1024;
constexpr std::uint64_t kFastAbove = std::uint64_t{8} * 1024 * 1024;

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
void copy_edited(unzFile in, zipFile out, const std::string& name, const unz_file_info64& info,
                 const std::vector<const TailEdit*>& edits) {
    if (unzOpenCurrentFile(in) != UNZ_OK) fail("cannot read " + name + " from the workbook");
    const zip_fileinfo zi = file_info_of(info);
    // zip64 only when the part comes near 4 GiB, as libxlsxwriter itself does not use it.
    const int zip64 = info.uncompressed_size >= 0xF0000000u ? 1 : 0;
    // A big part (a sheet of 100,000 rows is hundreds of megabytes of XML) is deflated at the
    // fastest level: three times quicker than the default for a file some 20% larger. Small
    // parts keep the default.
    const int level = info.uncompressed_size > kFastAbove ? Z_BEST_SPEED : Z_DEFAULT_COMPRESSION;
    if (zipOpenNewFileInZip2_64(out, name.c_str(), &zi, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, level, 0,
                                zip64) != ZIP_OK)
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
    for (const TailEdit* edit : edits) held = edit->edit(held);  // in the order they were given
    write(held.data(), held.size());
    if (zipCloseFileInZip(out) != ZIP_OK) fail("cannot write " + name);
}

std::string read_entry(unzFile in, const std::string& name) {
    if (unzOpenCurrentFile(in) != UNZ_OK) fail("cannot read " + name + " from the workbook");
    std::string text;
    std::vector<char> buffer(kChunk);
    int got;
    while ((got = unzReadCurrentFile(in, buffer.data(), static_cast<unsigned>(buffer.size()))) > 0)
        text.append(buffer.data(), static_cast<std::size_t>(got));
    if (got < 0) fail("cannot read " + name + " from the workbook");
    unzCloseCurrentFile(in);
    return text;
}

// The frame libxlsxwriter wrote, with the rows put in place of its empty <sheetData/>: the two
// halves of the frame are deflated apart, the rows copied between them as they are.
void copy_spliced(unzFile in, zipFile out, const std::string& name, const unz_file_info64& info,
                  const RowsSplice& splice, const std::vector<const TailEdit*>& edits) {
    const std::string frame = read_entry(in, name);  // a few kilobytes
    const std::string empty = "<sheetData/>";
    const std::size_t at = frame.find(empty);
    if (at == std::string::npos || frame.find(empty, at + 1) != std::string::npos)
        fail(name + " is not the empty frame its rows were meant for");
    std::string head = frame.substr(0, at);
    std::string tail = frame.substr(at + empty.size());
    const std::string ref = "<dimension ref=\"";
    const std::size_t ref_at = head.find(ref);
    const std::size_t ref_end = ref_at == std::string::npos ? ref_at : head.find('"', ref_at + ref.size());
    if (ref_end == std::string::npos) fail(name + " has no <dimension>");
    head.replace(ref_at + ref.size(), ref_end - ref_at - ref.size(), splice.dimension);
    for (const TailEdit* edit : edits) tail = edit->edit(tail);  // in the order they were given

    const DeflatedXml& rows = *splice.rows;
    const std::uint64_t size = head.size() + rows.size() + tail.size();
    uLong crc = crc32_z(crc32(0, nullptr, 0), reinterpret_cast<const Bytef*>(head.data()), head.size());
    crc = crc32_combine(crc, rows.crc(), static_cast<z_off_t>(rows.size()));
    crc = crc32_combine(crc, crc32_z(crc32(0, nullptr, 0), reinterpret_cast<const Bytef*>(tail.data()), tail.size()),
                        static_cast<z_off_t>(tail.size()));

    const zip_fileinfo zi = file_info_of(info);
    const int zip64 = size >= 0xF0000000u ? 1 : 0;
    if (zipOpenNewFileInZip2_64(out, name.c_str(), &zi, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, rows.level(), 1,
                                zip64) != ZIP_OK)
        fail("cannot write " + name);
    auto write = [&](const char* data, std::size_t bytes) {
        if (bytes && zipWriteInFileInZip(out, data, static_cast<unsigned>(bytes)) != ZIP_OK) fail("cannot write " + name);
    };
    const std::string first = deflate_raw_piece(head, Z_DEFAULT_COMPRESSION, false);
    write(first.data(), first.size());
    rows.read(write);
    const std::string last = deflate_raw_piece(tail, Z_DEFAULT_COMPRESSION, true);
    write(last.data(), last.size());
    if (zipCloseFileInZipRaw64(out, size, crc) != ZIP_OK) fail("cannot write " + name);
}

// Writes a new entry, deflated, dated like libxlsxwriter's own (1 January 1980) so rebuilds of
// the same input stay byte-identical.
void add_entry(zipFile out, const NewEntry& entry) {
    zip_fileinfo zi{};
    zi.tmz_date.tm_year = 1980;
    zi.tmz_date.tm_mday = 1;
    if (zipOpenNewFileInZip2_64(out, entry.part.c_str(), &zi, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                Z_DEFAULT_COMPRESSION, 0, 0) != ZIP_OK ||
        zipWriteInFileInZip(out, entry.content.data(), static_cast<unsigned>(entry.content.size())) != ZIP_OK ||
        zipCloseFileInZip(out) != ZIP_OK)
        fail("cannot write " + entry.part);
}

}  // namespace

std::vector<std::string> zip_entries(const std::string& path) {
    std::unique_ptr<void, UnzipCloser> in(unzOpen64(path.c_str()));
    if (!in) fail("cannot open " + path);
    std::vector<std::string> names;
    for (int status = unzGoToFirstFile(in.get()); status == UNZ_OK; status = unzGoToNextFile(in.get())) {
        unz_file_info64 info{};
        char name[1024];
        if (unzGetCurrentFileInfo64(in.get(), &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK)
            fail("cannot read the entries of " + path);
        names.push_back(name);
    }
    return names;
}

void rewrite_zip(const std::string& from, const std::string& to, const std::vector<TailEdit>& edits,
                 const std::vector<NewEntry>& additions, const std::vector<RowsSplice>& splices) {
    std::unique_ptr<void, UnzipCloser> in(unzOpen64(from.c_str()));
    if (!in) fail("cannot reopen " + from + " to add what libxlsxwriter cannot write");
    std::unique_ptr<void, ZipCloser> out(zipOpen64(to.c_str(), APPEND_STATUS_CREATE));
    if (!out) fail("cannot create " + to);

    std::set<std::string> done, seen;
    for (int status = unzGoToFirstFile(in.get()); status == UNZ_OK; status = unzGoToNextFile(in.get())) {
        unz_file_info64 info{};
        char name_buffer[1024];
        if (unzGetCurrentFileInfo64(in.get(), &info, name_buffer, sizeof name_buffer, nullptr, 0, nullptr, 0) != UNZ_OK)
            fail("cannot read the workbook's entries");
        const std::string name = name_buffer;
        seen.insert(name);
        std::vector<const TailEdit*> mine;
        for (const auto& e : edits)
            if (e.part == name) mine.push_back(&e);
        const RowsSplice* splice = nullptr;
        for (const auto& r : splices)
            if (r.part == name) splice = &r;
        if (splice) {
            copy_spliced(in.get(), out.get(), name, info, *splice, mine);
            done.insert(name);
        } else if (!mine.empty()) {
            copy_edited(in.get(), out.get(), name, info, mine);
            done.insert(name);
        } else {
            copy_raw(in.get(), out.get(), name, info);
        }
    }
    for (const auto& e : edits)
        if (!done.count(e.part)) fail("the workbook has no part " + e.part);
    for (const auto& r : splices)
        if (!done.count(r.part)) fail("the workbook has no part " + r.part);
    for (const auto& entry : additions) {
        if (seen.count(entry.part)) fail("the workbook already has a part " + entry.part);
        add_entry(out.get(), entry);
    }
    // Closing writes the central directory; a failure there is a failed file.
    void* zip = out.release();
    if (zipClose(zip, nullptr) != ZIP_OK) fail("cannot finish " + to);
}

}  // namespace scorecard::xlsx
