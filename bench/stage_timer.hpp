// Times each stage of a build and reads the process's memory, for the benchmark.
#pragma once

#include <string>
#include <vector>

namespace scorecard::bench {

struct StageTime {
    std::string stage;
    double seconds = 0;
    long rss_kib_after = 0;  // resident memory when the stage ended
};

struct Measurement {
    std::size_t indicators = 0;
    std::vector<StageTime> stages;  // ingest, validate, compute, excel, pdf
    double total_seconds = 0;
    long peak_rss_kib = 0;  // getrusage: the most the process ever held
    int pdf_pages = 0;
    long xlsx_bytes = 0, pdf_bytes = 0, html_bytes = 0, csv_bytes = 0;
};

// Builds `input` into `out_dir` stage by stage, timing each.
Measurement measure_build(const std::string& input, const std::string& out_dir);

long current_rss_kib();
long peak_rss_kib();

}  // namespace scorecard::bench
