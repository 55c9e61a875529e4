#include "pack_bench.hpp"

#include <Poco/File.h>

#include <podofo/podofo.h>

#include <sys/resource.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "pipeline/driver/pack_run.hpp"
#include "stage_timer.hpp"
#include "stages/export/pdf/pack_writer.hpp"
#include "synthetic_table.hpp"

namespace scorecard::bench {

namespace {

// A word processor's PDF: text on every page, a bookmark every ten pages.
void write_imported(int pages, const std::string& path) {
    PoDoFo::PdfMemDocument doc;
    PoDoFo::PdfFont* font = doc.CreateFont("Helvetica");
    PoDoFo::PdfOutlineItem* root = doc.GetOutlines()->CreateRoot(PoDoFo::PdfString("Appendix"));
    for (int i = 0; i < pages; ++i) {
        PoDoFo::PdfPage* page = doc.CreatePage(PoDoFo::PdfPage::CreateStandardPageSize(PoDoFo::ePdfPageSize_A4));
        PoDoFo::PdfPainter painter;
        painter.SetPage(page);
        font->SetFontSize(11);
        painter.SetFont(font);
        for (int line = 0; line < 40; ++line)
            painter.DrawText(72, 760 - 16 * line, ("Appendix page " + std::to_string(i + 1) + ", line " +
                                                   std::to_string(line + 1) + ": the report's text as written.")
                                                      .c_str());
        painter.FinishPage();
        if (i % 10 == 0)
            root->CreateChild(PoDoFo::PdfString(("Section " + std::to_string(i / 10 + 1)).c_str()),
                              PoDoFo::PdfDestination(page));
    }
    doc.Write(path.c_str());
}

double cpu_seconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

PackMeasurement measure_pack(int imported_pages, const std::string& dir) {
    PackMeasurement m;
    m.imported_pages = imported_pages;
    Poco::File(dir).createDirectories();
    const std::string imported = dir + "/appendix-" + std::to_string(imported_pages) + ".pdf";
    const std::string table = dir + "/table.tsv";
    write_imported(imported_pages, imported);
    {
        std::ofstream f(table, std::ios::binary);
        f << synthetic_table(100);
    }
    {
        std::ifstream in(imported, std::ios::binary | std::ios::ate);
        m.imported_bytes = static_cast<double>(in.tellg());
    }
    auto start = std::chrono::steady_clock::now();
    (void)pdf::inspect_pdf(imported, imported);
    m.inspect_seconds = since(start);

    PackOptions options;
    options.items = {table, imported};
    options.output = dir + "/pack.pdf";
    options.first_page = 37;
    options.force = true;  // the benchmark's own folder
    std::ostringstream ignored;
    start = std::chrono::steady_clock::now();
    const double cpu_start = cpu_seconds();
    const PackReport report = pack_items(options, ignored);
    m.pack_seconds = since(start);
    m.pack_cpu_seconds = cpu_seconds() - cpu_start;
    if (report.exit_code != 0) throw std::runtime_error("the pack failed: " + report.message + "\n" + ignored.str());
    m.pack_pages = report.pages;
    m.peak_rss_kib = peak_rss_kib();
    return m;
}

}  // namespace scorecard::bench
