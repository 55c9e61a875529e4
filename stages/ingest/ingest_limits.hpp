// Limits on what ingest will read. A scorecard table is small; these are far above any real
// one (a department's 100,000-indicator set fits) and exist so hostile or broken input gets a
// clear error instead of exhausting memory.
#pragma once

#include <cstddef>

namespace scorecard {

struct IngestLimits {
    std::size_t max_file_bytes = std::size_t{64} * 1024 * 1024;  // 64 MiB
    std::size_t max_line_bytes = std::size_t{1024} * 1024;       // one physical line
    std::size_t max_cell_bytes = std::size_t{32} * 1024;         // one cell (Excel's own cell limit is 32,767)
    std::size_t max_rows = 1000000;
    std::size_t max_columns = 256;
    std::size_t header_search_rows = 30;  // how far down to look for the header row
};

}  // namespace scorecard
