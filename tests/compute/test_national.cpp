// National benchmarking: rank with ties, quartile bands from percentiles, position within the
// band, neighbour averages, and the cross-checks against what the table states.
#include <catch2/catch.hpp>

#include "stages/compute/national_benchmark.hpp"
#include "support/model_fixtures.hpp"
#include "support/test_paths.hpp"

using namespace scorecard;
using namespace scorecard::test;

namespace {

Decimal dec(const char* text) {
    const auto d = parse_decimal(text);
    REQUIRE(d);
    return *d;
}

std::vector<Decimal> decs(std::initializer_list<const char*> texts) {
    std::vector<Decimal> out;
    for (const char* t : texts) out.push_back(dec(t));
    return out;
}

std::string text_of(const Decimal& d) { return to_string(d); }

}  // namespace

TEST_CASE("quartile cuts are PERCENTILE.INC, exact at two more decimals", "[national]") {
    // 1..5: h = 4k/4 = k, so the cuts are the 2nd, 3rd and 4th values.
    const auto five = decs({"1", "2", "3", "4", "5"});
    CHECK(text_of(quartile_cut(five, 1)) == "2.00");
    CHECK(text_of(quartile_cut(five, 2)) == "3.00");
    CHECK(text_of(quartile_cut(five, 3)) == "4.00");
    // 1..4: h = 3/4 for the first cut: 1 + 0.75 × (2 - 1) = 1.75; the median is 2.5.
    const auto four = decs({"1", "2", "3", "4"});
    CHECK(text_of(quartile_cut(four, 1)) == "1.75");
    CHECK(text_of(quartile_cut(four, 2)) == "2.50");
    CHECK(text_of(quartile_cut(four, 3)) == "3.25");
    CHECK(text_of(quartile_cut(decs({"7"}), 3)) == "7.00");
    // One decimal in the data: the cuts carry three.
    CHECK(text_of(quartile_cut(decs({"0.1", "0.2", "0.3", "0.4"}), 1)) == "0.175");
}

TEST_CASE("ties take the best rank of the tie, whichever the polarity", "[national]") {
    const auto v = decs({"10", "20", "20", "30"});
    auto high = benchmark(dec("20"), v, Polarity::HighIsGood);
    REQUIRE(high);
    CHECK(high->rank == 2);  // 30 is better; both 20s share rank 2
    CHECK(high->authorities == 4);
    auto low = benchmark(dec("20"), v, Polarity::LowIsGood);
    CHECK(low->rank == 2);  // 10 is better
    CHECK(benchmark(dec("10"), v, Polarity::LowIsGood)->rank == 1);
    CHECK(benchmark(dec("30"), v, Polarity::LowIsGood)->rank == 4);
    // Figures shown with different decimals are one figure: 20 and 20.0 tie.
    CHECK(benchmark(dec("20.0"), v, Polarity::HighIsGood)->rank == 2);
}

TEST_CASE("quartile bands: a value on a cut point belongs to the better band", "[national]") {
    // 1..9: P25 = 3, P50 = 5, P75 = 7.
    const auto v = decs({"1", "2", "3", "4", "5", "6", "7", "8", "9"});
    CHECK(benchmark(dec("7"), v, Polarity::HighIsGood)->quartile == 1);
    CHECK(benchmark(dec("6.99"), v, Polarity::HighIsGood)->quartile == 2);
    CHECK(benchmark(dec("5"), v, Polarity::HighIsGood)->quartile == 2);
    CHECK(benchmark(dec("3"), v, Polarity::HighIsGood)->quartile == 3);
    CHECK(benchmark(dec("2"), v, Polarity::HighIsGood)->quartile == 4);
    CHECK(benchmark(dec("3"), v, Polarity::LowIsGood)->quartile == 1);
    CHECK(benchmark(dec("5"), v, Polarity::LowIsGood)->quartile == 2);
    CHECK(benchmark(dec("7"), v, Polarity::LowIsGood)->quartile == 3);
    CHECK(benchmark(dec("8"), v, Polarity::LowIsGood)->quartile == 4);
}

TEST_CASE("position within the band runs from its worse edge to its better one, exactly", "[national]") {
    const auto v = decs({"1", "2", "3", "4", "5", "6", "7", "8", "9"});
    auto position = [&](const char* own, Polarity p) { return *benchmark(dec(own), v, p)->position; };
    // Band 5..7: 6 is its midpoint, exactly one half, whichever way is better.
    CHECK(compare(position("6", Polarity::HighIsGood), dec("0.5")) == 0);
    CHECK(compare(position("6", Polarity::LowIsGood), dec("0.5")) == 0);
    CHECK(to_double(position("5.5", Polarity::HighIsGood)) == Approx(0.25));
    CHECK(to_double(position("5.5", Polarity::LowIsGood)) == Approx(0.75));  // nearer the better (lower) edge
    // A top band with no width (the cut point is the best value) puts the value at its better edge.
    CHECK(compare(*benchmark(dec("9"), decs({"1", "2", "9", "9", "9"}), Polarity::HighIsGood)->position, dec("1")) == 0);
}

TEST_CASE("an exact midpoint is one half, where binary arithmetic gives less", "[national]") {
    // Nine authorities, this one 0.3: P50 = 0.1 (the 5th value) and P75 = 0.5 (the 7th), so it is
    // in quartile 2 at the middle of the band 0.1 .. 0.5. In doubles (0.3 - 0.1) / (0.5 - 0.1) is
    // 0.49999999999999994, "low in the band"; exactly it is one half, and the midpoint is "high".
    const auto v = decs({"0.0", "0.0", "0.1", "0.1", "0.1", "0.3", "0.5", "0.5", "0.6"});
    const auto b = benchmark(dec("0.3"), v, Polarity::HighIsGood);
    REQUIRE(b);
    CHECK(text_of(b->p50) == "0.100");
    CHECK(text_of(b->p75) == "0.500");
    CHECK(b->quartile == 2);
    CHECK(b->rank == 4);
    CHECK(compare(*b->position, dec("0.5")) == 0);
    const double binary = (0.3 - 0.1) / (0.5 - 0.1);
    CHECK(binary < 0.5);  // what the binary arithmetic gave
}

TEST_CASE("too few authorities or no spread: a rank but no quartile", "[national]") {
    const auto four = decs({"1", "2", "3", "4"});
    auto few = benchmark(dec("4"), four, Polarity::HighIsGood, 10);
    REQUIRE(few);
    CHECK(few->rank == 1);
    CHECK_FALSE(few->quartile);
    CHECK_FALSE(few->position);
    CHECK(few->no_quartile_reason == "only 4 authorities have a value, fewer than the 10 a quartile needs");
    auto one = benchmark(dec("4"), decs({"4"}), Polarity::HighIsGood, 10);
    CHECK(one->no_quartile_reason == "only 1 authority has a value, fewer than the 10 a quartile needs");
    auto same = benchmark(dec("50.0"), decs({"50", "50.0", "50", "50", "50", "50", "50", "50", "50", "50", "50"}),
                          Polarity::HighIsGood, 10);
    REQUIRE(same);
    CHECK(same->rank == 1);
    CHECK_FALSE(same->quartile);
    CHECK(same->no_quartile_reason == "every authority has the same value (50), so quartiles do not separate them");
}

TEST_CASE("no polarity, no order: no benchmark", "[national]") {
    CHECK_FALSE(benchmark(dec("5"), decs({"1", "5", "9"}), Polarity::None));
    CHECK_FALSE(benchmark(dec("5"), {}, Polarity::HighIsGood));
}

TEST_CASE("a mean is exact, and its half rounds away from zero", "[national]") {
    // 0.33 and 0.34: the mean is exactly 0.335, which is 0.34 at two decimals.
    const Ratio mean = mean_of(decs({"0.33", "0.34"}));
    CHECK(text_of(*round_to(mean, 2)) == "0.34");
    CHECK(text_of(*round_to(mean, 3)) == "0.335");
    CHECK(text_of(*round_to(mean_of(decs({"-0.33", "-0.34"})), 2)) == "-0.34");
    CHECK(text_of(*round_to(mean_of(decs({"1", "2", "2"})), 2)) == "1.67");
    // 0.30 and 0.37: exactly 0.335 again, where binary arithmetic gives 0.33499999999999996.
    CHECK(text_of(*round_to(mean_of(decs({"0.30", "0.37"})), 2)) == "0.34");
    const double binary = (0.30 + 0.37) / 2;
    CHECK(binary < 0.335);
}

TEST_CASE("the made-up national data benchmarks the 2022/23 seed", "[national][seed]") {
    CheckOptions options;
    options.national_files = {fixture_path("national/made-up-national-2022-23.csv")};
    options.neighbours_file = fixture_path("national/made-up-neighbours.csv");
    CheckedScorecard c = check_fixture("children-families-2022-23-q3.txt", options);
    REQUIRE_FALSE(c.rejected);

    // High is good, one authority without a value (LA15): 15 authorities, rank 3, quartile 1.
    const Indicator& leavers = indicator_named(c.scorecard, "Care leavers in suitable accommodation");
    CHECK(*leavers.computed.national_authorities == 15);
    CHECK(*leavers.computed.national_rank == 3);
    CHECK(*leavers.computed.national_quartile == 1);
    CHECK(*leavers.computed.quartile_position == Approx(1.5 / 3.5));
    CHECK(display_text(leavers.computed.national_neighbour_average) == "87.8%");

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
    CHECK(display_text(primary.computed.national_neighbour_average) == "90.3%");

    std::vector<std::pair<std::string, int>> national_findings;
    for (const auto& f : c.findings.all())
        if (f.code == "quartile-mismatch" || f.code == "neighbour-average-mismatch")
            national_findings.emplace_back(f.code, f.where.line);
    CHECK(national_findings == std::vector<std::pair<std::string, int>>{
                                   {"quartile-mismatch", 7}, {"quartile-mismatch", 13}, {"neighbour-average-mismatch", 13}});
}

TEST_CASE("national data without a known own authority is refused", "[national]") {
    CheckOptions options;
    options.national_files = {fixture_path("national/made-up-national-2022-23.csv")};
    CheckedScorecard c = check_fixture("children-families-2022-23-q3.txt", options);
    CHECK(c.rejected);
    bool said = false;
    for (const auto& f : c.findings.all())
        if (f.code == "which-authority") said = f.message.find("--authority") != std::string::npos;
    CHECK(said);
    options.authority = "LA00";
    CHECK_FALSE(check_fixture("children-families-2022-23-q3.txt", options).rejected);
}
