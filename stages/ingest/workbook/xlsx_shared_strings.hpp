// The shared-string table of an .xlsx (sharedStrings.xml), which text cells refer to by
// number. Rich text (runs of differently formatted text) reads as its runs joined; phonetic
// guides (rPh) are not part of the text.
#pragma once

#include <future>
#include <mutex>
#include <string>
#include <vector>

#include "zip_archive.hpp"

namespace scorecard {

// Throws WorkbookError for a damaged part or a table past the limits on count and size.
std::vector<std::string> read_shared_strings(ZipArchive& archive, const std::string& part, const WorkbookLimits& limits);

// The shared strings read on a thread of their own while the sheet is read (they are a
// fifth of a large workbook's XML). Where no thread can be started they are read at once.
class SharedStringsReading {
public:
    // `bytes` (the workbook) must outlive this. `part` "" means the workbook has none.
    SharedStringsReading(const std::string& bytes, const std::string& part, const WorkbookLimits& limits,
                         const std::shared_ptr<std::atomic<std::size_t>>& unpacked);
    ~SharedStringsReading();
    SharedStringsReading(const SharedStringsReading&) = delete;
    SharedStringsReading& operator=(const SharedStringsReading&) = delete;

    // True once they are read (never waits). Both may be called from several threads.
    bool ready();
    // Waits for them; throws what reading them threw (WorkbookError).
    const std::vector<std::string>& get();

private:
    std::mutex lock_;
    std::future<std::vector<std::string>> reading_;
    std::vector<std::string> strings_;
    bool done_ = false;
};

}  // namespace scorecard
