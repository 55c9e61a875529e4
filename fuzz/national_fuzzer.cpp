// libFuzzer target for the national data readers and the benchmark arithmetic: any bytes read
// as a national file (long form, or EES through a fixed map), as a neighbours file and as a
// measure map, then benchmarked against a small scorecard. It must never crash, hang or leak;
// a finding is the right answer to bad input.
#include <cstddef>
#include <cstdint>
#include <string>

#include "stages/compute/compute.hpp"
#include "stages/ingest/delimited_file.hpp"
#include "stages/ingest/national_map.hpp"
#include "stages/ingest/national_tables.hpp"
#include "stages/ingest/neighbours_reader.hpp"
#include "stages/templates/rating_rules.hpp"

namespace {

using namespace scorecard;

Indicator indicator(const std::string& id, const char* latest, Polarity polarity) {
    Indicator i;
    i.id = id;
    i.name.text = id;
    i.polarity = polarity;
    i.latest_period = parse_period("Q3 2022/23");
    i.latest = parse_value(latest);
    i.neighbour_average = parse_value("0.34");
    i.quartile = parse_value("2");
    return i;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    Findings findings("fuzz-input");

    std::vector<MeasureMapping> parsed_map;
    read_measure_map(bytes, "fuzz-map", &parsed_map, findings);

    MeasureMapping mapping;
    mapping.indicator_id = "fuzz-percent";
    mapping.measure = "value";
    mapping.filters = {{"age_group", "19 to 21"}};
    mapping.unit = MeasureUnit::Percent;
    const std::vector<MeasureMapping> map = {mapping};

    NationalData national;
    national.own_authority = "E06000116";
    national.neighbours = {"E06000101", "E06000102", "E06000103"};
    {
        DelimitedText read = read_delimited_bytes(bytes, findings);
        if (read.ok && !read.table.rows.empty()) {
            std::vector<bool> used(map.size(), false);
            read_national_table(read.table, "fuzz-input", map, &national.values, &used, findings);
        }
    }
    {
        DelimitedText read = read_delimited_bytes(bytes, findings);
        std::vector<NeighbourRow> rows;
        if (read.ok && !read.table.rows.empty()) read_neighbours_table(read.table, &rows, findings);
    }

    Scorecard scorecard;
    Group group;
    group.name = "fuzz";
    for (const char* id : {"fuzz-percent", "fuzz-other"}) {
        group.indicators.push_back(indicator(id, "67.6%", Polarity::HighIsGood));
        group.indicators.push_back(indicator(id, "-0.35", Polarity::LowIsGood));
    }
    scorecard.groups.push_back(group);
    RatingRules rules;
    rules.national_minimum_authorities = 2;
    compute(scorecard, rules, findings, &national);
    for (const auto& f : findings.all()) (void)format_finding(f);
    return 0;
}
