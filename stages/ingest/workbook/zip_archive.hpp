// Reads the parts of a zip archive held in memory (an .xlsx or .ods), with the limits a file
// from outside needs: how many entries, how large each unpacks, the packing ratio (zip
// bombs), names that try to leave the archive, encrypted entries. minizip does the zip work
// (the central directory, zip64, deflate, CRC checks); this class only adds the limits.
//
// Every problem is thrown as a WorkbookError naming the entry.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "stages/ingest/ingest_limits.hpp"

namespace scorecard {

class ZipArchive {
public:
    // `bytes` must outlive the archive. Lists the entries and checks every name and declared
    // size; throws WorkbookError for a damaged archive or one that breaks a limit.
    // `unpacked` counts the bytes unpacked against limits.max_total_bytes; archives opened on
    // the same bytes for other threads share it (see unpacked_counter()).
    ZipArchive(const std::string& bytes, const WorkbookLimits& limits,
               std::shared_ptr<std::atomic<std::size_t>> unpacked = nullptr);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    // Another reader of the same bytes (minizip's reader is not shared between threads); it
    // counts what it unpacks with this one.
    std::unique_ptr<ZipArchive> reopen() const;

    // Part names compare without regard to case, as the Open Packaging Conventions say.
    bool has(const std::string& name) const;
    std::vector<std::string> names() const;  // in archive order
    bool encrypted(const std::string& name) const;
    // The size the directory says the entry unpacks to (reading checks what really comes).
    std::uint64_t declared_size(const std::string& name) const;

    // Unpacks an entry in pieces of up to 64 KiB, each passed to `sink` as it comes; `sink`
    // returns false to stop early (the rest is not unpacked). Throws WorkbookError past a
    // limit or on damage (a bad CRC, a broken deflate stream).
    void read(const std::string& name, const std::function<bool(const char* data, std::size_t size)>& sink);
    // The same, unpacking straight into the caller's buffers (an XML parser's own, so the
    // bytes are not copied again): `buffer(n)` gives room for n bytes, `filled(k)` says k were
    // written there and returns false to stop.
    void read_into(const std::string& name, const std::function<char*(std::size_t size)>& buffer,
                   const std::function<bool(std::size_t filled)>& filled);
    // The whole entry as a string (for the small parts).
    std::string read_all(const std::string& name);

private:
    struct Entry {
        std::string name;
        std::uint64_t position = 0;     // minizip's central-directory position
        std::uint64_t file_number = 0;
        std::uint64_t packed = 0, unpacked = 0;
        bool encrypted = false;
        int method = 0;
    };
    const Entry& entry(const std::string& name) const;
    void open(const std::string& bytes);
    void release();

    void* stream_ = nullptr;  // the bytes and minizip's position in them
    void* unzip_ = nullptr;
    WorkbookLimits limits_;
    std::vector<Entry> entries_;
    std::map<std::string, std::size_t> by_folded_name_;
    std::shared_ptr<std::atomic<std::size_t>> total_unpacked_;  // bytes unpacked so far, across parts

public:
    std::shared_ptr<std::atomic<std::size_t>> unpacked_counter() const { return total_unpacked_; }
};

}  // namespace scorecard
