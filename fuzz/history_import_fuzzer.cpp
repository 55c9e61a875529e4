// libFuzzer target: any bytes as a history CSV for `scorecard history import`. The reader
// takes a path, so the bytes go through a file of this process's own; no store is opened.
// The right answer to bad input is a finding (or a HistoryError for a file it cannot read);
// a crash, a hang or a leak is a bug.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>

#include "pipeline/history/history_store.hpp"

namespace {

const std::string& scratch_path() {
    static const std::string path = "/tmp/scorecard-history-fuzz-" + std::to_string(getpid()) + ".csv";
    return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace scorecard;
    {
        std::ofstream out(scratch_path(), std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    Findings findings(scratch_path());
    try {
        std::vector<HistoryRow> rows = read_history_csv(scratch_path(), findings);
        for (const auto& r : rows) (void)r.key.size();
    } catch (const HistoryError&) {
    }
    for (const auto& f : findings.all()) (void)format_finding(f);
    return 0;
}
