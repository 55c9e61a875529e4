// National benchmarking from data as it is published: two made-up Explore education statistics
// files of 150 authorities and a long-form file, read through a measure map, with DfE's wide
// statistical-neighbours table (fixtures/national/generate_made_up_ees.py writes them all).
// Every expected figure is worked out by hand in the comments, from how the generator lays the
// values out; none is read back from the program.
#include <catch2/catch.hpp>

#include <algorithm>

#include "stages/compute/national_benchmark.hpp"
#include "support/model_fixtures.hpp"
#include "support/test_paths.hpp"

using namespace scorecard;
using namespace scorecard::test;

namespace {

CheckOptions published_options() {
    CheckOptions options;
    options.national_files = {fixture_path("national/made-up-ees-care-leavers.csv"),
                              fixture_path("national/made-up-ees-ks4.csv"),
                              fixture_path("national/made-up-adoption-long.csv")};
    options.national_map = fixture_path("national/made-up-ees-map.json");
    options.neighbours_file = fixture_path("national/made-up-neighbours-wide.csv");
    options.authority = "E06000116";
    return options;
}

const CheckedScorecard& published() {
    static const CheckedScorecard c = check_fixture("national/made-up-scorecard-2022-23-q3.txt", published_options());
    return c;
}

const Indicator& indicator(const std::string& id) {
    for (const auto& g : published().scorecard.groups)
        for (const auto& i : g.indicators)
            if (i.id == id) return i;
    FAIL("no indicator " << id);
    throw std::logic_error("unreachable");
}

std::vector<const Finding*> findings_coded(const Findings& findings, const std::string& code) {
    std::vector<const Finding*> out;
    for (const auto& f : findings.all())
        if (f.code == code) out.push_back(&f);
    return out;
}

}  // namespace

TEST_CASE("EES care leavers: 150 authorities, quirks and all, ranked by hand's reckoning", "[national][ees]") {
    REQUIRE_FALSE(published().rejected);
    const Computed& c = indicator("care-leavers-suitable-accommodation").computed;
    // The file has 150 authorities' rows for Q3 2022/23 (age group 19 to 21). Nine of them are
    // suppression symbols (c, x, z, low, [c], [x], [z], .., *), so 141 have a value, this one
    // included: the others are 50.2, 50.4, ..., 78.0 (o_k = 50.2 + 0.2k, k = 0..139).
    // This authority's own row is " e06000116" (lower case, a space) with time_identifier "Q3",
    // three rows say "financial year q3", and one authority has a second, equal row: all are
    // read as the one period and the one authority each, or N would not be 141.
    CHECK(c.national_period == "Q3 2022/23");
    CHECK(*c.national_authorities == 141);
    // This authority is 67.6 (= o_87). Better (higher) are o_88 .. o_139: 52 of them: rank 53.
    CHECK(*c.national_rank == 53);
    // Sorted, the 141 values are o_0 .. o_87 (positions 1..88), this one tied at 89, then
    // o_88 .. at 90 on. PERCENTILE.INC: h = 140 × p is whole, so the cuts are values:
    // P25 = x[36] = o_35 = 57.2, P50 = x[71] = o_70 = 64.2, P75 = x[106] = o_104 = 71.0.
    // 64.2 <= 67.6 < 71.0: quartile 2, and 67.6 is the exact middle of 64.2 .. 71.0.
    CHECK(*c.national_quartile == 2);
    REQUIRE(c.band_position);
    CHECK(compare(*c.band_position, *parse_decimal("0.5")) == 0);
    CHECK(*c.quartile_position == 0.5);
    // In binary the same arithmetic gives just under one half, "low in the band".
    const double binary = (67.6 - 64.2) / (71.0 - 64.2);
    CHECK(binary < 0.5);
    // High in quartile 2 (the midpoint is high) and improving, 66.0% to 67.6%: Green.
    CHECK(c.direction == Direction::Better);
    CHECK(c.quartile_rag == Rag::Green);
    CHECK(c.rag == Rag::Green);
    // The ten neighbours (the wide table by old codes, one with spaces round it): nine have
    // 66.2, 66.4, 66.6, 66.8, 67.0, 67.2, 67.4, 67.6 and 68.0 (one of them written "e06000125 "
    // in the data), the tenth "c". Mean 603.2 / 9 = 67.0222...: 67.0% at the stated decimals.
    CHECK(*c.neighbours_averaged == 9);
    CHECK(c.neighbours_without_value == 1);
    CHECK(display_text(c.national_neighbour_average) == "67.0%");
    // England and East Midlands, as published (16.5 read as 16.5%: the map says percent).
    CHECK(display_text(c.england_average) == "85.1%");
    CHECK(c.region_name == "East Midlands");
    CHECK(display_text(c.region_average) == "86.3%");
    CHECK(display_text(c.national_own_value) == "67.6%");
}

TEST_CASE("EES Progress 8: interpolated cut points and an exact half in the neighbours' mean", "[national][ees]") {
    const Indicator& ind = indicator("progress-8");
    const Computed& c = ind.computed;
    // A second publication: 2021/22 as time_period 202122 with "Academic year". 150 authorities,
    // "x" and "[u]" for two: 148 values, this one 0.45; the others -0.73, -0.72, ..., 0.73
    // (p_k = -0.73 + 0.01k, k = 0..146). The map's filter keeps "All pupils" rows only.
    CHECK(c.national_period == "2021/22");
    CHECK(*c.national_authorities == 148);
    // Better than 0.45: p_119 .. p_146, 28 of them: rank 29.
    CHECK(*c.national_rank == 29);
    // h = 147 × p: P25 at 36.75, between x[37] = -0.37 and x[38] = -0.36: -0.3625; P50 at 73.5:
    // (0.00 + 0.01) / 2 = 0.005; P75 at 110.25: 0.37 + 0.25 × 0.01 = 0.3725. 0.45 >= 0.3725:
    // quartile 1, in the band 0.3725 .. 0.73 at (0.45 - 0.3725) / (0.73 - 0.3725) = 0.0775 / 0.3575
    // = 31/143.
    CHECK(*c.national_quartile == 1);
    REQUIRE(c.band_position);
    CHECK(to_double(*c.band_position) == Approx(31.0 / 143.0));
    CHECK(c.rag == Rag::Green);
    // The neighbours have 0.31 .. 0.40: the mean is exactly 0.355, which rounds half away from
    // zero to the table's 0.36, so no difference is reported. In binary the mean is just under
    // 0.355 and shows 0.35.
    CHECK(*c.neighbours_averaged == 10);
    CHECK(display_text(c.national_neighbour_average) == "0.36");
    double sum = 0;
    for (int k = 104; k < 114; ++k) sum += std::stod(format_figure(-0.73 + 0.01 * k, Unit::Other, 2, false));
    CHECK(format_figure(sum / 10, Unit::Other, 2, false) == "0.35");
    for (const Finding* f : findings_coded(published().findings, "neighbour-average-mismatch"))
        CHECK(f->indicator != ind.name.text);
    // England -0.03; the East Midlands row is "[x]": kept as written, not a number.
    CHECK(display_text(c.england_average) == "-0.03");
    CHECK(c.region_average.is_suppressed());
    CHECK(display_text(c.region_average) == "[x]");
}

TEST_CASE("long form: periods spelled four ways are one; four authorities give no quartile", "[national][ees]") {
    const Computed& c = indicator("adopted-within-12-months").computed;
    // "q3 2022/23", "Q3  2022/23", "Q3 2022/23" and "Q3 FY2022/23": all Q3 2022/23, so all four
    // authorities are ranked, not only those spelled like the last match.
    CHECK(*c.national_authorities == 4);
    // 60.0% against 55.0%, 65.0% and 70.0%, high good: rank 3.
    CHECK(*c.national_rank == 3);
    // Four is fewer than the rules' 10: no quartile and no national rating (not the stated
    // quartile 1 either); the met target (>=50%) rates Green.
    CHECK_FALSE(c.national_quartile);
    CHECK(c.no_quartile_reason == "only 4 authorities have a value, fewer than the 10 a quartile needs");
    CHECK(c.quartile_rag == Rag::None);
    CHECK(c.rag == Rag::Green);
    CHECK(c.rag_rule.find("no national rating") != std::string::npos);
    const auto warned = findings_coded(published().findings, "national-no-quartile");
    REQUIRE(warned.size() == 1);
    CHECK(warned[0]->severity == Severity::Warning);
    CHECK(warned[0]->where.line == 3);
}

TEST_CASE("the quirks are reported, never silent", "[national][ees]") {
    const Findings& findings = published().findings;
    CHECK_FALSE(findings.has_errors());
    // The equal duplicate: a note on its line, naming the first.
    const auto duplicates = findings_coded(findings, "duplicate-row");
    REQUIRE(duplicates.size() == 1);
    CHECK(duplicates[0]->severity == Severity::Note);
    CHECK(duplicates[0]->file == fixture_path("national/made-up-ees-care-leavers.csv"));
    CHECK(duplicates[0]->where.line == 463);
    CHECK(duplicates[0]->message.find("same value as line 25") != std::string::npos);
    // The nine symbols, counted; the neighbour without a value, named.
    bool symbols = false, neighbour = false;
    for (const auto* f : findings_coded(findings, "national-without-value"))
        if (f->message.find("9 authorities have no value") != std::string::npos &&
            f->message.find("\"[c]\"") != std::string::npos)
            symbols = true;
    for (const auto* f : findings_coded(findings, "neighbours-without-value"))
        if (f->message.find("1 of 10 statistical neighbours") != std::string::npos &&
            f->message.find("E06000188 c") != std::string::npos)
            neighbour = true;
    CHECK(symbols);
    CHECK(neighbour);
    // What the table states agrees with the data, so no cross-check differs.
    CHECK(findings_coded(findings, "quartile-mismatch").empty());
    CHECK(findings_coded(findings, "neighbour-average-mismatch").empty());
    // The indicator the data does not have is left alone.
    CHECK_FALSE(indicator("no-national-data").computed.national_benchmarked);
}

TEST_CASE("a map without the filter the file needs: duplicates, an error naming both lines", "[national][ees]") {
    ScratchDir dir("ees-no-filter");
    const std::string map = dir.file("map.json");
    write_file(map, R"({"care-leavers-suitable-accommodation": {"measure": "pc_suitable_accommodation", "unit": "percent"}})");
    CheckOptions options = published_options();
    options.national_files = {fixture_path("national/made-up-ees-care-leavers.csv")};
    options.national_map = map;
    const CheckedScorecard c = check_fixture("national/made-up-scorecard-2022-23-q3.txt", options);
    CHECK(c.rejected);
    // England's "17 to 18" row (line 3) is a second England row beside "19 to 21" (line 2).
    bool named = false;
    for (const auto* f : findings_coded(c.findings, "duplicate-row"))
        if (f->severity == Severity::Error && f->where.line == 3 &&
            f->message.find("line 2 gives 85.1%, this line gives 88.9%") != std::string::npos &&
            f->message.find("needs a filter") != std::string::npos)
            named = true;
    CHECK(named);
}
