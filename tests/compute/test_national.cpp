// National benchmarking: rank with ties, quartile bands from percentiles, position within the
// band, neighbour averages, and the cross-checks against what the table states.
#include <catch2/catch.hpp>

#include "stages/compute/national_benchmark.hpp"
#include "support/model_fixtures.hpp"
#include "support/test_paths.hpp"

using namespace scorecard;
using namespace scorecard::test;

TEST_CASE("percentiles interpolate between ranks", "[national]") {
    std::vector<double> v = {1, 2, 3, 4, 5};
    CHECK(percentile_inclusive(v, 0.25) == Approx(2));
    CHECK(percentile_inclusive(v, 0.5) == Approx(3));
    CHECK(percentile_inclusive({1, 2, 3, 4}, 0.25) == Approx(1.75));
    CHECK(percentile_inclusive({7}, 0.75) == Approx(7));
}

TEST_CASE("ties take the lowest rank, whichever the polarity", "[national]") {
    std::vector<double> v = {10, 20, 20, 30};
    auto high = benchmark(20, v, Polarity::HighIsGood);
    REQUIRE(high);
    CHECK(high->rank == 2);  // 30 is better; both 20s share rank 2
    CHECK(high->authorities == 4);
    auto low = benchmark(20, v, Polarity::LowIsGood);
    CHECK(low->rank == 2);  // 10 is better
    CHECK(benchmark(10, v, Polarity::LowIsGood)->rank == 1);
    CHECK(benchmark(30, v, Polarity::LowIsGood)->rank == 4);
}

TEST_CASE("quartile bands: a value on a boundary belongs to the better band", "[national]") {
    // 1..9: P25 = 3, P50 = 5, P75 = 7.
    std::vector<double> v = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    CHECK(benchmark(7, v, Polarity::HighIsGood)->quartile == 1);
    CHECK(benchmark(6.99, v, Polarity::HighIsGood)->quartile == 2);
    CHECK(benchmark(5, v, Polarity::HighIsGood)->quartile == 2);
    CHECK(benchmark(3, v, Polarity::HighIsGood)->quartile == 3);
    CHECK(benchmark(2, v, Polarity::HighIsGood)->quartile == 4);
    CHECK(benchmark(3, v, Polarity::LowIsGood)->quartile == 1);
    CHECK(benchmark(5, v, Polarity::LowIsGood)->quartile == 2);
    CHECK(benchmark(7, v, Polarity::LowIsGood)->quartile == 3);
    CHECK(benchmark(8, v, Polarity::LowIsGood)->quartile == 4);
}

TEST_CASE("position within the band runs from its worse edge to its better one", "[national]") {
    std::vector<double> v = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    CHECK(benchmark(6, v, Polarity::HighIsGood)->position == Approx(0.5));  // band 5..7
    CHECK(benchmark(6, v, Polarity::LowIsGood)->position == Approx(0.5));
    CHECK(benchmark(5.5, v, Polarity::HighIsGood)->position == Approx(0.25));
    CHECK(benchmark(5.5, v, Polarity::LowIsGood)->position == Approx(0.75));  // closer to the better (lower) edge
}

TEST_CASE("no polarity, no order: no benchmark", "[national]") {
    CHECK_FALSE(benchmark(5, {1, 5, 9}, Polarity::None));
    CHECK_FALSE(benchmark(5, {}, Polarity::HighIsGood));
}

TEST_CASE("the made-up national data benchmarks the 2022/23 seed", "[national][seed]") {
    CheckOptions options;
    options.national_file = fixture_path("national/made-up-national-2022-23.csv");
    options.neighbours_file = fixture_path("national/made-up-neighbours.csv");
    CheckedScorecard c = check_fixture("children-families-2022-23-q3.txt", options);
    REQUIRE_FALSE(c.rejected);

    // High is good, one authority without a value (LA15): 15 authorities, rank 3, quartile 1.
    const Indicator& leavers = indicator_named(c.scorecard, "Care leavers in suitable accommodation");
    CHECK(*leavers.computed.national_authorities == 15);
    CHECK(*leavers.computed.national_rank == 3);
    CHECK(*leavers.computed.national_quartile == 1);
    CHECK(*leavers.computed.quartile_position == Approx(1.5 / 3.5));
    CHECK(*leavers.computed.national_neighbour_average == Approx(87.8));

    // Low is good, tied with LA11 at rank 10 of 16; low in quartile 3 and worse than last
    // quarter, so the quartile rates Red, but the met target still rates Green.
    const Indicator& plans = indicator_named(c.scorecard, "CPP lasting 2 yrs or more open at the end of the quarter");
    CHECK(*plans.computed.national_authorities == 16);
    CHECK(*plans.computed.national_rank == 10);
    CHECK(*plans.computed.national_quartile == 3);
    CHECK(plans.computed.quartile_rag == Rag::Red);
    CHECK(plans.computed.rag == Rag::Green);

    // "N/A" for LA11 is a missing value: 15 authorities.
    const Indicator& primary = indicator_named(c.scorecard, "Primary schools rated 'Good' or 'Outstanding'");
    CHECK(*primary.computed.national_authorities == 15);
    CHECK(*primary.computed.national_rank == 7);
    CHECK(*primary.computed.national_quartile == 2);
    CHECK(*primary.computed.national_neighbour_average == Approx(90.3));

    std::vector<std::pair<std::string, int>> national_findings;
    for (const auto& f : c.findings.all())
        if (f.code == "quartile-mismatch" || f.code == "neighbour-average-mismatch")
            national_findings.emplace_back(f.code, f.where.line);
    CHECK(national_findings == std::vector<std::pair<std::string, int>>{
                                   {"quartile-mismatch", 7}, {"quartile-mismatch", 13}, {"neighbour-average-mismatch", 13}});
}

TEST_CASE("national data without a known own authority is refused", "[national]") {
    CheckOptions options;
    options.national_file = fixture_path("national/made-up-national-2022-23.csv");
    CheckedScorecard c = check_fixture("children-families-2022-23-q3.txt", options);
    CHECK(c.rejected);
    bool said = false;
    for (const auto& f : c.findings.all())
        if (f.code == "which-authority") said = f.message.find("--authority") != std::string::npos;
    CHECK(said);
    options.authority = "LA00";
    CHECK_FALSE(check_fixture("children-families-2022-23-q3.txt", options).rejected);
}
