// Limits on what ingest will read. A scorecard table is small; these are far above any real
// one (a department's 100,000-indicator set fits) and exist so hostile or broken input gets a
// clear error instead of exhausting memory.
#pragma once

#include <cstddef>

namespace scorecard {

// A workbook is a zip archive of XML parts from outside: what it may unpack to.
struct WorkbookLimits {
    std::size_t max_entries = 10000;                        // entries in the archive
    std::size_t max_part_bytes = std::size_t{512} * 1024 * 1024;  // one part, unpacked
    std::size_t max_total_bytes = std::size_t{1024} * 1024 * 1024;  // every part read, unpacked
    // Unpacked against packed size, for parts past `ratio_from_bytes`. Real sheet XML packs
    // 5 to 20 times (tried: 200,000 formatted empty rows pack 13 times); a zip bomb packs
    // about 1,000 times.
    std::size_t max_ratio = 200;
    std::size_t ratio_from_bytes = std::size_t{1024} * 1024;
    std::size_t max_shared_strings = 2000000;
    std::size_t max_shared_string_bytes = std::size_t{256} * 1024 * 1024;
    std::size_t max_merged_ranges = 100000;
    std::size_t max_sheets = 1000;
    std::size_t max_styles = 65536;                         // cell formats (Excel allows 64,000)
    // A sheet part this large (unpacked) is read by two threads at once, a half each
    // (workbook/sheet_halves.hpp); tests lower it to read small sheets so too.
    std::size_t halves_from_bytes = std::size_t{8} * 1024 * 1024;
};

struct IngestLimits {
    std::size_t max_file_bytes = std::size_t{64} * 1024 * 1024;  // 64 MiB
    std::size_t max_line_bytes = std::size_t{1024} * 1024;       // one physical line
    std::size_t max_cell_bytes = std::size_t{32} * 1024;         // one cell (Excel's own cell limit is 32,767)
    std::size_t max_rows = 1000000;
    std::size_t max_columns = 256;
    std::size_t header_search_rows = 30;  // how far down to look for the header row
    WorkbookLimits workbook;
};

}  // namespace scorecard
