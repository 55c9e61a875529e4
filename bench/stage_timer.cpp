#include "stage_timer.hpp"

#include <sys/resource.h>

#include <chrono>
#include <fstream>

#include <Poco/File.h>

#include "stages/templates/output_template.hpp"
#include "scorecard_version.hpp"
#include "stages/compute/compute.hpp"
#include "stages/export/html/html_writer.hpp"
#include "stages/export/pdf/pdf_writer.hpp"
#include "stages/export/xlsx/data_csv.hpp"
#include "stages/export/xlsx/xlsx_writer.hpp"
#include "stages/ingest/ingest.hpp"
#include "stages/validate/validate.hpp"

namespace scorecard::bench {

long current_rss_kib() {
    std::ifstream statm("/proc/self/statm");
    long pages_total = 0, pages_resident = 0;
    statm >> pages_total >> pages_resident;
    return pages_resident * 4;
}

long peak_rss_kib() {
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;  // KiB on Linux
}

Measurement measure_build(const std::string& input, const std::string& out_dir) {
    Measurement m;
    using clock = std::chrono::steady_clock;
    auto start = clock::now();
    auto lap = [&](const char* stage) {
        auto now = clock::now();
        m.stages.push_back({stage, std::chrono::duration<double>(now - start).count(), current_rss_kib()});
        start = now;
    };
    Findings findings(input);
    IngestResult ingested = ingest_file(input, findings);
    lap("ingest");
    Scorecard& scorecard = ingested.scorecard;
    validate(scorecard, findings);
    lap("validate");
    OutputTemplate layout = load_template(resolve_template_path(default_template_name(scorecard.layout)));
    compute(scorecard, layout.rules, findings);
    lap("compute");
    m.indicators = scorecard.indicator_count();
    ExportContext context;
    context.source_name = input;
    context.template_name = layout.name;
    context.version = SCORECARD_VERSION;
    context.created = 1700000000;
    Poco::File(out_dir).createDirectories();
    write_workbook(scorecard, findings, layout, context, out_dir + "/bench.xlsx");
    lap("excel");
    PdfSummary pdf = write_pdf(scorecard, layout, context, out_dir + "/bench.pdf");
    lap("pdf");
    m.xlsx_bytes = static_cast<long>(Poco::File(out_dir + "/bench.xlsx").getSize());
    m.pdf_bytes = static_cast<long>(Poco::File(out_dir + "/bench.pdf").getSize());
    write_data_csv(scorecard, layout, out_dir + "/bench-data.csv");
    lap("csv");
    m.csv_bytes = static_cast<long>(Poco::File(out_dir + "/bench-data.csv").getSize());
    // The web page last, as the build writes it: it states the other files' sizes.
    write_html(scorecard, findings.all(), layout, context, out_dir + "/bench.html",
               {{"bench.xlsx", "The workbook", "Excel workbook", static_cast<std::uintmax_t>(m.xlsx_bytes), ""},
                {"bench.pdf", "The PDF", "PDF document", static_cast<std::uintmax_t>(m.pdf_bytes), ""},
                {"bench-data.csv", "The Data table", "CSV file", static_cast<std::uintmax_t>(m.csv_bytes), ""}});
    lap("html");
    m.html_bytes = static_cast<long>(Poco::File(out_dir + "/bench.html").getSize());
    m.pdf_pages = pdf.pages;
    for (const auto& s : m.stages) m.total_seconds += s.seconds;
    m.peak_rss_kib = peak_rss_kib();
    return m;
}

}  // namespace scorecard::bench
