#include "zip_archive.hpp"

#include <unzip.h>

#include <algorithm>
#include <cstring>

#include "workbook_error.hpp"

namespace scorecard {

namespace {

constexpr std::size_t kPiece = std::size_t{64} * 1024;

// The archive's bytes and where minizip is reading in them.
struct MemoryStream {
    const std::string* bytes;
    std::uint64_t position;
};

// minizip reads through these callbacks, here from the bytes in memory.
voidpf ZCALLBACK memory_open(voidpf opaque, const void*, int) { return opaque; }

uLong ZCALLBACK memory_read(voidpf, voidpf stream, void* buffer, uLong size) {
    auto* m = static_cast<MemoryStream*>(stream);
    const std::uint64_t left = m->bytes->size() - std::min<std::uint64_t>(m->position, m->bytes->size());
    const uLong n = static_cast<uLong>(std::min<std::uint64_t>(left, size));
    if (n) std::memcpy(buffer, m->bytes->data() + m->position, n);
    m->position += n;
    return n;
}

uLong ZCALLBACK memory_write(voidpf, voidpf, const void*, uLong) { return 0; }

ZPOS64_T ZCALLBACK memory_tell(voidpf, voidpf stream) {
    return static_cast<MemoryStream*>(stream)->position;
}

long ZCALLBACK memory_seek(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
    auto* m = static_cast<MemoryStream*>(stream);
    std::uint64_t base = 0;
    switch (origin) {
        case ZLIB_FILEFUNC_SEEK_SET: base = 0; break;
        case ZLIB_FILEFUNC_SEEK_CUR: base = m->position; break;
        case ZLIB_FILEFUNC_SEEK_END: base = m->bytes->size(); break;
        default: return -1;
    }
    if (offset > m->bytes->size() || base + offset > m->bytes->size()) return -1;
    m->position = base + offset;
    return 0;
}

int ZCALLBACK memory_close(voidpf, voidpf) { return 0; }
int ZCALLBACK memory_error(voidpf, voidpf) { return 0; }

std::string fold(const std::string& name) {
    std::string out = name;
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string mib(std::uint64_t bytes) {
    if (bytes < std::size_t{1024} * 1024) return std::to_string((bytes + 1023) / 1024) + " KiB";
    return std::to_string(bytes / (std::size_t{1024} * 1024)) + " MiB";
}

// A name that would lead outside the archive if it were unpacked: absolute, a drive, a
// backslash path, or a ".." step.
bool leaves_archive(const std::string& name) {
    if (name.empty() || name[0] == '/' || name.find('\\') != std::string::npos ||
        name.find(':') != std::string::npos || name.find('\0') != std::string::npos)
        return true;
    std::size_t start = 0;
    while (start <= name.size()) {
        std::size_t slash = name.find('/', start);
        const std::string step = name.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
        if (step == "..") return true;
        if (slash == std::string::npos) break;
        start = slash + 1;
    }
    return false;
}

[[noreturn]] void damaged(const std::string& what) {
    throw WorkbookError("damaged-workbook", "the workbook is damaged: " + what +
                                                "; open it in Excel or LibreOffice and save it again");
}

}  // namespace

ZipArchive::ZipArchive(const std::string& bytes, const WorkbookLimits& limits,
                       std::shared_ptr<std::atomic<std::size_t>> unpacked)
    : limits_(limits),
      total_unpacked_(unpacked ? std::move(unpacked) : std::make_shared<std::atomic<std::size_t>>(0)) {
    try {
        open(bytes);
    } catch (...) {
        release();  // a constructor that throws runs no destructor
        throw;
    }
}

void ZipArchive::open(const std::string& bytes) {
    auto* stream = new MemoryStream{&bytes, 0};
    zlib_filefunc64_def io{};
    io.zopen64_file = memory_open;
    io.zread_file = memory_read;
    io.zwrite_file = memory_write;
    io.ztell64_file = memory_tell;
    io.zseek64_file = memory_seek;
    io.zclose_file = memory_close;
    io.zerror_file = memory_error;
    io.opaque = stream;
    stream_ = stream;
    unzip_ = unzOpen2_64("memory", &io);
    if (!unzip_)
        throw WorkbookError("damaged-workbook",
                            "the file starts like a zip archive (an .xlsx or .ods workbook) but has no zip directory: "
                            "it is damaged or cut short; open it in Excel or LibreOffice and save it again");

    unz_global_info64 global{};
    if (unzGetGlobalInfo64(unzip_, &global) != UNZ_OK) damaged("its zip directory cannot be read");
    if (global.number_entry > limits_.max_entries)
        throw WorkbookError("too-many-entries", "the archive holds " + std::to_string(global.number_entry) +
                                                    " entries; the limit is " + std::to_string(limits_.max_entries) +
                                                    " (a workbook has a few dozen)");
    int status = unzGoToFirstFile(unzip_);
    while (status == UNZ_OK) {
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(unzip_, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
            damaged("an entry of its zip directory cannot be read");
        std::string name(info.size_filename, '\0');
        if (unzGetCurrentFileInfo64(unzip_, &info, name.data(), static_cast<uLong>(name.size() + 1), nullptr, 0,
                                    nullptr, 0) != UNZ_OK)
            damaged("an entry of its zip directory cannot be read");
        if (leaves_archive(name))
            throw WorkbookError("unsafe-archive", "the archive holds an entry named \"" + name +
                                                      "\", which points outside the archive; a workbook never does, "
                                                      "so the file is refused");
        Entry e;
        e.name = name;
        e.packed = info.compressed_size;
        e.unpacked = info.uncompressed_size;
        e.encrypted = (info.flag & 1) != 0;
        e.method = static_cast<int>(info.compression_method);
        unz64_file_pos position{};
        unzGetFilePos64(unzip_, &position);
        e.position = position.pos_in_zip_directory;
        e.file_number = position.num_of_file;
        if (e.unpacked > limits_.max_part_bytes)
            throw WorkbookError("archive-too-large", "the entry " + name + " would unpack to " + mib(e.unpacked) +
                                                         "; the limit is " + mib(limits_.max_part_bytes));
        if (e.unpacked > limits_.ratio_from_bytes && e.unpacked / std::max<std::uint64_t>(e.packed, 1) > limits_.max_ratio)
            throw WorkbookError("zip-bomb", "the entry " + name + " would unpack to " + mib(e.unpacked) + " from " +
                                                mib(e.packed) + " (" +
                                                std::to_string(e.unpacked / std::max<std::uint64_t>(e.packed, 1)) +
                                                " times); the limit is " + std::to_string(limits_.max_ratio) +
                                                " times, so the file is refused as a zip bomb");
        if (!by_folded_name_.emplace(fold(name), entries_.size()).second)
            damaged("it holds two entries named " + name);
        entries_.push_back(std::move(e));
        status = unzGoToNextFile(unzip_);
    }
    if (status != UNZ_END_OF_LIST_OF_FILE) damaged("its zip directory is cut short");
}

ZipArchive::~ZipArchive() { release(); }

std::unique_ptr<ZipArchive> ZipArchive::reopen() const {
    return std::make_unique<ZipArchive>(*static_cast<MemoryStream*>(stream_)->bytes, limits_, total_unpacked_);
}

void ZipArchive::release() {
    if (unzip_) unzClose(unzip_);
    unzip_ = nullptr;
    delete static_cast<MemoryStream*>(stream_);
    stream_ = nullptr;
}

bool ZipArchive::has(const std::string& name) const { return by_folded_name_.count(fold(name)) > 0; }

std::vector<std::string> ZipArchive::names() const {
    std::vector<std::string> out;
    for (const auto& e : entries_) out.push_back(e.name);
    return out;
}

bool ZipArchive::encrypted(const std::string& name) const { return entry(name).encrypted; }

std::uint64_t ZipArchive::declared_size(const std::string& name) const { return entry(name).unpacked; }

const ZipArchive::Entry& ZipArchive::entry(const std::string& name) const {
    auto it = by_folded_name_.find(fold(name));
    if (it == by_folded_name_.end()) damaged("the part " + name + " is missing");
    return entries_[it->second];
}

void ZipArchive::read(const std::string& name, const std::function<bool(const char*, std::size_t)>& sink) {
    std::string piece(kPiece, '\0');
    read_into(
        name, [&](std::size_t) { return piece.data(); },
        [&](std::size_t filled) { return sink(piece.data(), filled); });
}

void ZipArchive::read_into(const std::string& name, const std::function<char*(std::size_t)>& buffer,
                           const std::function<bool(std::size_t)>& filled) {
    const Entry& e = entry(name);
    if (e.encrypted)
        throw WorkbookError("encrypted-workbook", "the part " + e.name +
                                                      " is encrypted; save the workbook without a password");
    if (e.method != 0 && e.method != Z_DEFLATED)
        throw WorkbookError("damaged-workbook", "the part " + e.name + " is packed with zip method " +
                                                    std::to_string(e.method) +
                                                    ", which scorecard does not unpack (only stored and deflate); "
                                                    "save the workbook again in Excel or LibreOffice");
    unz64_file_pos position{e.position, e.file_number};
    if (unzGoToFilePos64(unzip_, &position) != UNZ_OK || unzOpenCurrentFile(unzip_) != UNZ_OK)
        damaged("the part " + e.name + " cannot be opened");
    std::uint64_t unpacked = 0;
    bool stopped = false;
    try {
        for (;;) {
            char* into = buffer(kPiece);
            const int got = unzReadCurrentFile(unzip_, into, static_cast<unsigned>(kPiece));
            if (got < 0) damaged("the part " + e.name + " does not unpack (zip error " + std::to_string(got) + ")");
            if (got == 0) break;
            unpacked += static_cast<std::uint64_t>(got);
            const std::size_t total = (*total_unpacked_ += static_cast<std::size_t>(got));
            // The sizes the directory declares may lie: the limits hold for what really comes out.
            if (unpacked > limits_.max_part_bytes)
                throw WorkbookError("archive-too-large", "the part " + e.name + " unpacks to more than " +
                                                             mib(limits_.max_part_bytes) + ", the limit");
            if (total > limits_.max_total_bytes)
                throw WorkbookError("archive-too-large", "the workbook unpacks to more than " +
                                                             mib(limits_.max_total_bytes) + ", the limit");
            if (unpacked > limits_.ratio_from_bytes && unpacked / std::max<std::uint64_t>(e.packed, 1) > limits_.max_ratio)
                throw WorkbookError("zip-bomb", "the part " + e.name + " unpacks to more than " +
                                                    std::to_string(limits_.max_ratio) + " times its packed size (" +
                                                    mib(e.packed) + "); the file is refused as a zip bomb");
            if (!filled(static_cast<std::size_t>(got))) {
                stopped = true;
                break;
            }
        }
    } catch (...) {
        unzCloseCurrentFile(unzip_);
        throw;
    }
    const int closed = unzCloseCurrentFile(unzip_);
    if (!stopped && closed == UNZ_CRCERROR) damaged("the part " + e.name + " fails its CRC check");
}

std::string ZipArchive::read_all(const std::string& name) {
    std::string out;
    read(name, [&](const char* data, std::size_t size) {
        out.append(data, size);
        return true;
    });
    return out;
}

}  // namespace scorecard
