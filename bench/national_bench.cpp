#include "national_bench.hpp"

#include <chrono>
#include <fstream>

#include "stages/compute/national_benchmark.hpp"
#include "stages/ingest/national_reader.hpp"
#include "stages/templates/rating_rules.hpp"
#include "stage_timer.hpp"

namespace scorecard::bench {

namespace {

constexpr int kAuthorities = 150;
constexpr int kMeasures = 20;

std::string code(int a) {
    char b[16];
    std::snprintf(b, sizeof b, "E06%06d", 100 + a);
    return b;
}

// One row per authority and breakdown value, 20 measures each; every 37th figure suppressed.
void write_files(std::size_t rows, const std::string& dir) {
    const int breakdowns = static_cast<int>(std::max<std::size_t>(1, rows / kAuthorities));
    std::ofstream ees(dir + "/national-ees.csv", std::ios::binary);
    ees << "time_period,time_identifier,geographic_level,region_code,region_name,new_la_code,old_la_code,la_name,"
           "breakdown";
    for (int m = 0; m < kMeasures; ++m) ees << ",measure_" << m;
    ees << "\n";
    unsigned seed = 12345;
    for (int b = 0; b < breakdowns; ++b)
        for (int a = 0; a < kAuthorities; ++a) {
            ees << "202223,Financial year Q3,Local authority,E1200000" << (a % 9 + 1) << ",Region," << code(a) << ","
                << 800 + a << ",Authority " << a << ",b" << b;
            for (int m = 0; m < kMeasures; ++m) {
                seed = seed * 1103515245u + 12345u;
                if ((seed >> 8) % 37 == 0) ees << ",c";
                else ees << "," << (seed >> 8) % 1000 / 10 << "." << (seed >> 8) % 10;
            }
            ees << "\n";
        }
    std::ofstream map(dir + "/national-map.json", std::ios::binary);
    map << "{";
    for (int m = 0; m < kMeasures; ++m)
        map << (m ? "," : "") << "\"indicator-" << m << "\": {\"measure\": \"measure_" << m
            << "\", \"filters\": {\"breakdown\": \"b0\"}, \"unit\": \"percent\"}";
    map << "}\n";
    std::ofstream neighbours(dir + "/neighbours.csv", std::ios::binary);
    neighbours << "LA code,LA name,SN1,SN2,SN3,SN4,SN5,SN6,SN7,SN8,SN9,SN10\n" << code(0) << ",Authority 0";
    for (int n = 1; n <= 10; ++n) neighbours << "," << code(n * 13);
    neighbours << "\n";
}

Scorecard scorecard_of_measures() {
    Scorecard s;
    Group g;
    g.name = "Benchmarked";
    for (int m = 0; m < kMeasures; ++m) {
        Indicator i;
        i.id = "indicator-" + std::to_string(m);
        i.name.text = "Indicator " + std::to_string(m);
        i.polarity = m % 2 ? Polarity::LowIsGood : Polarity::HighIsGood;
        i.latest_period = parse_period("Q3 2022/23");
        i.latest = parse_value("55.5%");
        i.neighbour_average = parse_value("50.0%");
        g.indicators.push_back(std::move(i));
    }
    s.groups.push_back(std::move(g));
    return s;
}

}  // namespace

NationalMeasurement measure_national(std::size_t rows, const std::string& dir) {
    write_files(rows, dir);
    NationalMeasurement m;
    m.indicators = kMeasures;
    m.rows = static_cast<std::size_t>(std::max<std::size_t>(1, rows / kAuthorities)) * kAuthorities;
    NationalInputs inputs;
    inputs.national_files = {dir + "/national-ees.csv"};
    inputs.map_file = dir + "/national-map.json";
    inputs.neighbours_file = dir + "/neighbours.csv";
    inputs.authority = code(0);
    Findings findings("bench");
    NationalData data;
    const auto start = std::chrono::steady_clock::now();
    if (!read_national_data(inputs, &data, findings)) throw std::runtime_error("the synthetic national data was rejected");
    const auto read = std::chrono::steady_clock::now();
    Scorecard scorecard = scorecard_of_measures();
    apply_national_benchmarks(scorecard, data, RatingRules{}, findings);
    const auto done = std::chrono::steady_clock::now();
    scorecard.for_each_indicator([](const Indicator& i) {
        if (!i.computed.national_rank) throw std::runtime_error(i.id + " was not benchmarked");
    });
    m.read_seconds = std::chrono::duration<double>(read - start).count();
    m.benchmark_seconds = std::chrono::duration<double>(done - read).count();
    m.peak_rss_kib = peak_rss_kib();
    return m;
}

}  // namespace scorecard::bench
