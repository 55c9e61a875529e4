// Reads the parts of a zip archive held in memory (an .xlsx or .ods), with the limits a file
// from outside needs: how many entries, how large each unpacks, the packing ratio (zip
// bombs), names that try to leave the archive, encrypted entries. minizip does the zip work
// (the central directory, zip64, deflate, CRC checks); this class only adds the limits.
//
// Every problem is thrown as a WorkbookError naming the entry.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "stages/ingest/ingest_limits.hpp"

namespace scorecard {

class ZipArchive {
public:
    // `bytes` must outlive the archive. Lists the entries and checks every name and declared
    // size; throws WorkbookError for a damaged archive or one that breaks a limit.
    ZipArchive(const std::string& bytes, const WorkbookLimits& limits);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    // Part names compare without regard to case, as the Open Packaging Conventions say.
    bool has(const std::string& name) const;
    std::vector<std::string> names() const;  // in archive order
    bool encrypted(const std::string& name) const;

    // Unpacks an entry in pieces of up to 64 KiB, each passed to `sink` as it comes; `sink`
    // returns false to stop early (the rest is not unpacked). Throws WorkbookError past a
    // limit or on damage (a bad CRC, a broken deflate stream).
    void read(const std::string& name, const std::function<bool(const char* data, std::size_t size)>& sink);
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
    std::size_t total_unpacked_ = 0;  // bytes unpacked so far, across parts
};

}  // namespace scorecard
