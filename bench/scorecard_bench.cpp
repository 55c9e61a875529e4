// scorecard_bench: times each stage of a build on synthetic tables of growing size and
// reports rows per second and peak memory.
//
//   scorecard_bench run --sizes 30,1000,10000,100000 --out bench/results   (bench/run.sh does this)
//   scorecard_bench generate N FILE                                           (just the table)
//   scorecard_bench measure FILE OUTDIR                                       (one size, JSON out)
//   scorecard_bench ingest FILE                                               (ingest alone, JSON out)
//
// Each size is measured in child processes of its own, so its peak memory is its own: one
// times the stages one after another, one times the whole build as the CLI runs it (with the
// Excel and PDF writers side by side).
//   scorecard_bench build FILE OUTDIR                                         (whole build, JSON out)
//   scorecard_bench national ROWS DIR                                         (national data, JSON out)
//   scorecard_bench pack PAGES DIR                                            (a pack with an imported PDF, JSON out)
#include <Poco/File.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>

#include <sys/resource.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "pipeline/driver/batch_build.hpp"
#include "pipeline/driver/pipeline_run.hpp"
#include "national_bench.hpp"
#include "pack_bench.hpp"
#include "stage_timer.hpp"
#include "stages/ingest/ingest.hpp"
#include "synthetic_table.hpp"
#include "table_forms.hpp"

using namespace scorecard;
using namespace scorecard::bench;

namespace {

Poco::JSON::Object::Ptr to_json(const Measurement& m) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("indicators", m.indicators);
    Poco::JSON::Array::Ptr stages = new Poco::JSON::Array;
    for (const auto& s : m.stages) {
        Poco::JSON::Object::Ptr so = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        so->set("stage", s.stage);
        so->set("seconds", s.seconds);
        so->set("rss_mib_after", s.rss_kib_after / 1024.0);
        stages->add(so);
    }
    o->set("stages", stages);
    o->set("total_seconds", m.total_seconds);
    o->set("rows_per_second", m.total_seconds > 0 ? static_cast<double>(m.indicators) / m.total_seconds : 0.0);
    o->set("peak_rss_mib", m.peak_rss_kib / 1024.0);
    o->set("pdf_pages", m.pdf_pages);
    o->set("xlsx_bytes", m.xlsx_bytes);
    o->set("pdf_bytes", m.pdf_bytes);
    o->set("html_bytes", m.html_bytes);
    o->set("csv_bytes", m.csv_bytes);
    return o;
}

std::string machine_description() {
    std::ifstream cpuinfo("/proc/cpuinfo");
    std::string line, model = "unknown CPU";
    while (std::getline(cpuinfo, line))
        if (line.rfind("model name", 0) == 0) {
            model = line.substr(line.find(':') + 2);
            break;
        }
    std::ifstream meminfo("/proc/meminfo");
    std::string label;
    long kib = 0;
    meminfo >> label >> kib;
    std::ostringstream out;
    out << std::thread::hardware_concurrency() << " cores (" << model << "), " << (kib / 1024 / 1024) << " GiB";
    return out.str();
}

std::vector<std::size_t> parse_sizes(const std::string& text) {
    std::vector<std::size_t> sizes;
    std::stringstream s(text);
    for (std::string item; std::getline(s, item, ',');) sizes.push_back(static_cast<std::size_t>(std::stoul(item)));
    return sizes;
}

// Processor time (user and system) of this thread (RUSAGE_THREAD) or the process (RUSAGE_SELF).
double cpu_seconds(int who) {
    rusage usage{};
    getrusage(who, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

std::string fmt(double v, int decimals) {
    char b[64];
    std::snprintf(b, sizeof b, "%.*f", decimals, v);
    return b;
}

// Reads one table file as a build does (ingest only), in a process of its own, and says how
// long it took and the most memory it held.
Poco::JSON::Object::Ptr measure_ingest(const std::string& path) {
    Poco::Pipe out_pipe;
    Poco::ProcessHandle child = Poco::Process::launch(own_executable_path(), {"ingest", path}, nullptr, &out_pipe, nullptr);
    Poco::PipeInputStream stream(out_pipe);
    std::string json;
    Poco::StreamCopier::copyToString(stream, json);
    if (child.wait() != 0) throw std::runtime_error("reading " + path + " failed");
    Poco::JSON::Parser parser;
    return parser.parse(json).extract<Poco::JSON::Object::Ptr>();
}

int run(const std::vector<std::string>& args) {
    std::string sizes_text = "30,1000,10000,100000", out_dir = "bench/results", national_text = "1500,15000,150000",
                pack_text = "10,100,1000";
    bool check = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--sizes" && i + 1 < args.size()) sizes_text = args[++i];
        else if (args[i] == "--national-rows" && i + 1 < args.size()) national_text = args[++i];
        else if (args[i] == "--pack-pages" && i + 1 < args.size()) pack_text = args[++i];
        else if (args[i] == "--out" && i + 1 < args.size()) out_dir = args[++i];
        else if (args[i] == "--check") check = true;
    }
    Poco::File(out_dir).createDirectories();
    Poco::JSON::Object::Ptr root = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    root->set("machine", machine_description());
    Poco::JSON::Array::Ptr results = new Poco::JSON::Array;
    Poco::JSON::Array::Ptr ingest_forms = new Poco::JSON::Array;
    std::ostringstream table;
    table << "| indicators | ingest s | validate s | compute s | Excel s | PDF s | CSV s | HTML s | stages s | build s | "
             "build rows/s | build peak MiB | PDF pages |\n"
          << "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    std::ostringstream forms;
    forms << "| indicators | CSV ingest s | .xlsx ingest s | .xlsx against CSV | CSV main-thread CPU s | "
             ".xlsx main-thread CPU s | .xlsx against CSV (CPU) | .xlsx all-threads CPU s | CSV peak MiB | "
             ".xlsx peak MiB | .xlsx file MiB |\n"
          << "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    for (std::size_t size : parse_sizes(sizes_text)) {
        const std::string table_path = out_dir + "/synthetic-" + std::to_string(size) + ".tsv";
        const std::string tsv = synthetic_table(size);
        {
            std::ofstream f(table_path, std::ios::binary);
            f << tsv;
        }
        // The same table as CSV and as a workbook: how long each takes to read.
        {
            const std::string csv_path = out_dir + "/synthetic-" + std::to_string(size) + ".csv";
            const std::string xlsx_path = out_dir + "/synthetic-" + std::to_string(size) + ".xlsx";
            write_csv(tsv, csv_path);
            write_xlsx(tsv, xlsx_path);
            const auto csv = measure_ingest(csv_path);
            const auto xlsx = measure_ingest(xlsx_path);
            if (check && (csv->getValue<std::size_t>("indicators") != size ||
                          xlsx->getValue<std::size_t>("indicators") != size)) {
                std::cerr << "scorecard_bench: the CSV or the workbook of " << size << " indicators did not read whole\n";
                return 1;
            }
            Poco::JSON::Object::Ptr both = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
            both->set("indicators", size);
            both->set("csv", csv);
            both->set("xlsx", xlsx);
            both->set("xlsx_bytes", static_cast<double>(Poco::File(xlsx_path).getSize()));
            ingest_forms->add(both);
            auto ratio = [](double a, double b) { return fmt(a / std::max(b, 1e-6), 2) + "x"; };
            const double csv_s = csv->getValue<double>("seconds"), xlsx_s = xlsx->getValue<double>("seconds");
            const double csv_main = csv->getValue<double>("main_thread_cpu_seconds");
            const double xlsx_main = xlsx->getValue<double>("main_thread_cpu_seconds");
            forms << "| " << size << " | " << fmt(csv_s, 3) << " | " << fmt(xlsx_s, 3) << " | " << ratio(xlsx_s, csv_s)
                  << " | " << fmt(csv_main, 3) << " | " << fmt(xlsx_main, 3) << " | " << ratio(xlsx_main, csv_main)
                  << " | " << fmt(xlsx->getValue<double>("all_threads_cpu_seconds"), 3) << " | "
                  << fmt(csv->getValue<double>("peak_rss_mib"), 1) << " | "
                  << fmt(xlsx->getValue<double>("peak_rss_mib"), 1) << " | "
                  << fmt(static_cast<double>(Poco::File(xlsx_path).getSize()) / (1024 * 1024), 1) << " |\n";
            std::remove(csv_path.c_str());
            std::remove(xlsx_path.c_str());
        }
        Poco::Pipe out_pipe;
        Poco::ProcessHandle child = Poco::Process::launch(
            own_executable_path(), {"measure", table_path, out_dir + "/out-" + std::to_string(size)}, nullptr, &out_pipe,
            nullptr);
        Poco::PipeInputStream stream(out_pipe);
        std::string json;
        Poco::StreamCopier::copyToString(stream, json);
        if (child.wait() != 0) {
            std::cerr << "scorecard_bench: measuring " << size << " indicators failed\n";
            return 1;
        }
        Poco::JSON::Parser parser;
        Poco::JSON::Object::Ptr m = parser.parse(json).extract<Poco::JSON::Object::Ptr>();
        {
            Poco::Pipe build_pipe;
            Poco::ProcessHandle build = Poco::Process::launch(
                own_executable_path(), {"build", table_path, out_dir + "/build-" + std::to_string(size)}, nullptr,
                &build_pipe, nullptr);
            Poco::PipeInputStream build_stream(build_pipe);
            std::string build_json;
            Poco::StreamCopier::copyToString(build_stream, build_json);
            if (build.wait() != 0) {
                std::cerr << "scorecard_bench: building " << size << " indicators failed\n";
                return 1;
            }
            Poco::JSON::Parser build_parser;
            auto b = build_parser.parse(build_json).extract<Poco::JSON::Object::Ptr>();
            m->set("build_seconds", b->getValue<double>("build_seconds"));
            m->set("build_peak_rss_mib", b->getValue<double>("build_peak_rss_mib"));
            m->set("build_rows_per_second", static_cast<double>(size) / b->getValue<double>("build_seconds"));
        }
        results->add(m);
        Poco::JSON::Array::Ptr stages = m->getArray("stages");
        table << "| " << size;
        for (std::size_t s = 0; s < stages->size(); ++s)
            table << " | " << fmt(stages->getObject(static_cast<unsigned>(s))->getValue<double>("seconds"), 3);
        table << " | " << fmt(m->getValue<double>("total_seconds"), 3) << " | "
              << fmt(m->getValue<double>("build_seconds"), 3) << " | "
              << fmt(m->getValue<double>("build_rows_per_second"), 0) << " | "
              << fmt(m->getValue<double>("build_peak_rss_mib"), 1) << " | " << m->getValue<int>("pdf_pages") << " |\n";
        if (check && (m->getValue<std::size_t>("indicators") != size || m->getValue<int>("pdf_pages") < 1 ||
                      stages->size() != 7)) {
            std::cerr << "scorecard_bench: the measurement of " << size << " indicators is incomplete:\n" << json;
            return 1;
        }
        std::remove(table_path.c_str());
    }
    root->set("results", results);

    // National data: an EES file of 150 authorities, 20 mapped measures, read and benchmarked.
    Poco::JSON::Array::Ptr national = new Poco::JSON::Array;
    table << "\n| national rows | indicators | read s | benchmark s | peak MiB |\n|---:|---:|---:|---:|---:|\n";
    for (std::size_t rows : parse_sizes(national_text)) {
        const std::string dir = out_dir + "/national-" + std::to_string(rows);
        Poco::File(dir).createDirectories();
        Poco::Pipe out_pipe;
        Poco::ProcessHandle child =
            Poco::Process::launch(own_executable_path(), {"national", std::to_string(rows), dir}, nullptr, &out_pipe, nullptr);
        Poco::PipeInputStream stream(out_pipe);
        std::string json;
        Poco::StreamCopier::copyToString(stream, json);
        if (child.wait() != 0) {
            std::cerr << "scorecard_bench: measuring national data of " << rows << " rows failed\n";
            return 1;
        }
        Poco::JSON::Parser parser;
        Poco::JSON::Object::Ptr m = parser.parse(json).extract<Poco::JSON::Object::Ptr>();
        national->add(m);
        table << "| " << m->getValue<std::size_t>("rows") << " | " << m->getValue<std::size_t>("indicators") << " | "
              << fmt(m->getValue<double>("read_seconds"), 3) << " | " << fmt(m->getValue<double>("benchmark_seconds"), 4)
              << " | " << fmt(m->getValue<double>("peak_rss_mib"), 1) << " |\n";
        if (check && m->getValue<std::size_t>("rows") < rows / 2) {
            std::cerr << "scorecard_bench: the national measurement of " << rows << " rows is incomplete:\n" << json;
            return 1;
        }
        Poco::File(dir).remove(true);
    }
    root->set("national", national);

    // Agenda packs: a scorecard of 100 indicators and an imported PDF of growing size.
    Poco::JSON::Array::Ptr packs = new Poco::JSON::Array;
    table << "\n| imported PDF pages | imported MiB | check and parse s | whole pack s | whole pack CPU s | pack pages | "
             "peak MiB |\n|---:|---:|---:|---:|---:|---:|---:|\n";
    for (std::size_t pages : parse_sizes(pack_text)) {
        const std::string dir = out_dir + "/pack-" + std::to_string(pages);
        Poco::File(dir).createDirectories();
        Poco::Pipe out_pipe;
        Poco::ProcessHandle child =
            Poco::Process::launch(own_executable_path(), {"pack", std::to_string(pages), dir}, nullptr, &out_pipe, nullptr);
        Poco::PipeInputStream stream(out_pipe);
        std::string json;
        Poco::StreamCopier::copyToString(stream, json);
        if (child.wait() != 0) {
            std::cerr << "scorecard_bench: measuring a pack with a PDF of " << pages << " pages failed\n";
            return 1;
        }
        Poco::JSON::Parser parser;
        Poco::JSON::Object::Ptr m = parser.parse(json).extract<Poco::JSON::Object::Ptr>();
        packs->add(m);
        table << "| " << pages << " | " << fmt(m->getValue<double>("imported_bytes") / (1024 * 1024), 2) << " | "
              << fmt(m->getValue<double>("inspect_seconds"), 3) << " | " << fmt(m->getValue<double>("pack_seconds"), 3)
              << " | " << fmt(m->getValue<double>("pack_cpu_seconds"), 3) << " | " << m->getValue<int>("pack_pages") << " | " << fmt(m->getValue<double>("peak_rss_mib"), 1) << " |\n";
        if (check && m->getValue<int>("pack_pages") < static_cast<int>(pages) + 1) {
            std::cerr << "scorecard_bench: the pack measurement of " << pages << " pages is incomplete:\n" << json;
            return 1;
        }
        Poco::File(dir).remove(true);
    }
    root->set("packs", packs);
    root->set("ingest_by_form", ingest_forms);
    {
        std::ofstream f(out_dir + "/results.json");
        root->stringify(f, 2);
        f << "\n";
    }
    {
        std::ofstream f(out_dir + "/results.md");
        f << "Machine: " << root->getValue<std::string>("machine") << "\n\n" << table.str()
          << "\nReading the same table as CSV and as an .xlsx workbook:\n\n" << forms.str();
    }
    std::cout << "Machine: " << root->getValue<std::string>("machine") << "\n\n" << table.str()
              << "\nReading the same table as CSV and as an .xlsx workbook:\n\n" << forms.str() << "\nwrote "
              << out_dir << "/results.json and " << out_dir << "/results.md\n";
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    try {
        if (args.size() == 3 && args[0] == "generate") {
            std::ofstream f(args[2], std::ios::binary);
            f << synthetic_table(static_cast<std::size_t>(std::stoul(args[1])));
            return f ? 0 : 1;
        }
        if (args.size() == 3 && args[0] == "build") {
            // The whole build as the CLI runs it (writers side by side), timed end to end.
            BuildOptions options;
            options.output_directory = args[2];
            options.use_history = false;
            options.force = true;  // the benchmark's own folder, rebuilt on every run
            std::ostringstream ignored;
            const auto start = std::chrono::steady_clock::now();
            BuildReport report = build_one(args[1], options, ignored);
            const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            if (report.exit_code != 0) {
                std::cerr << report.message << "\n";
                return 1;
            }
            Poco::JSON::Object o;
            o.set("build_seconds", seconds);
            o.set("build_peak_rss_mib", peak_rss_kib() / 1024.0);
            o.stringify(std::cout);
            std::cout << "\n";
            return 0;
        }
        if (args.size() == 2 && args[0] == "ingest") {
            // Ingest alone, as a build starts: the file read and turned into the model. Beside
            // the time, the processor time of this (the main) thread and of all threads: on a
            // busy machine the wall time stretches, and the main thread's is then the better
            // measure of the time on free cores (a workbook's sheet is read by two threads).
            const auto start = std::chrono::steady_clock::now();
            const double main_start = cpu_seconds(RUSAGE_THREAD), all_start = cpu_seconds(RUSAGE_SELF);
            Findings findings(args[1]);
            const IngestResult result = ingest_file(args[1], findings);
            const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            const double main_cpu = cpu_seconds(RUSAGE_THREAD) - main_start;
            const double all_cpu = cpu_seconds(RUSAGE_SELF) - all_start;
            if (!result.ok) {
                for (const auto& f : findings.all())
                    if (f.severity == Severity::Error) std::cerr << format_finding(f) << "\n";
                return 1;
            }
            Poco::JSON::Object o;
            o.set("seconds", seconds);
            o.set("main_thread_cpu_seconds", main_cpu);
            o.set("all_threads_cpu_seconds", all_cpu);
            o.set("peak_rss_mib", peak_rss_kib() / 1024.0);
            o.set("indicators", result.scorecard.indicator_count());
            o.stringify(std::cout);
            std::cout << "\n";
            return 0;
        }
        if (args.size() == 3 && args[0] == "measure") {
            to_json(measure_build(args[1], args[2]))->stringify(std::cout);
            std::cout << "\n";
            return 0;
        }
        if (args.size() == 3 && args[0] == "national") {
            const NationalMeasurement m = measure_national(static_cast<std::size_t>(std::stoul(args[1])), args[2]);
            Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
            o.set("rows", m.rows);
            o.set("indicators", m.indicators);
            o.set("read_seconds", m.read_seconds);
            o.set("benchmark_seconds", m.benchmark_seconds);
            o.set("peak_rss_mib", m.peak_rss_kib / 1024.0);
            o.stringify(std::cout);
            std::cout << "\n";
            return 0;
        }
        if (args.size() == 3 && args[0] == "pack") {
            const PackMeasurement m = measure_pack(std::stoi(args[1]), args[2]);
            Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
            o.set("imported_pages", m.imported_pages);
            o.set("imported_bytes", m.imported_bytes);
            o.set("inspect_seconds", m.inspect_seconds);
            o.set("pack_seconds", m.pack_seconds);
            o.set("pack_cpu_seconds", m.pack_cpu_seconds);
            o.set("pack_pages", m.pack_pages);
            o.set("peak_rss_mib", m.peak_rss_kib / 1024.0);
            o.stringify(std::cout);
            std::cout << "\n";
            return 0;
        }
        if (!args.empty() && args[0] == "run") return run(std::vector<std::string>(args.begin() + 1, args.end()));
    } catch (const std::exception& e) {
        std::cerr << "scorecard_bench: " << e.what() << "\n";
        return 1;
    }
    std::cerr << "usage: scorecard_bench run [--sizes 30,1000,10000,100000] [--national-rows 1500,15000,150000] "
                 "[--pack-pages 10,100,1000] [--out DIR] [--check]\n"
                 "       scorecard_bench national ROWS DIR\n       scorecard_bench pack PAGES DIR\n"
                 "       scorecard_bench generate N FILE\n       scorecard_bench measure FILE OUTDIR\n"
                 "       scorecard_bench ingest FILE\n";
    return 2;
}
