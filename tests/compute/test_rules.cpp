// The rating rules on their own: precision, polarity, tolerance, targets and RAG.
#include <catch2/catch.hpp>

#include "stages/model/trend_rule.hpp"
#include "stages/compute/direction_rule.hpp"
#include "stages/compute/rag_rule.hpp"
#include "stages/compute/target_rule.hpp"
#include "stages/ingest/cell_readers.hpp"

using namespace scorecard;

TEST_CASE("trend compares at the precision shown", "[compute][trend]") {
    CHECK(trend_between(parse_value("22.60%"), parse_value("22.74%")) == Trend::Increase);
    CHECK(trend_between(parse_value("75.6%"), parse_value("75.6%")) == Trend::NoChange);
    CHECK(trend_between(parse_value("3,775"), parse_value("3,489")) == Trend::Decrease);
    CHECK(trend_between(parse_value("0.1"), parse_value("0.10")) == Trend::NoChange);
    // At the coarser of the two precisions: 22.6% might have been 22.64%, so no change is shown;
    // 22.65% rounds (half away from zero) to 22.7%, an increase.
    CHECK(trend_between(parse_value("22.6%"), parse_value("22.64%")) == Trend::NoChange);
    CHECK(trend_between(parse_value("22.6%"), parse_value("22.65%")) == Trend::Increase);
    CHECK(trend_between(parse_value("18"), parse_value("17.6")) == Trend::NoChange);
    CHECK(trend_between(parse_value("18"), parse_value("17.4")) == Trend::Decrease);
    CHECK(trend_between(parse_value(""), parse_value("0.01")) == Trend::NotAvailable);
    CHECK(trend_between(parse_value("N/A"), parse_value("67.6%")) == Trend::NotAvailable);
    // A percentage against a plain number is not a trend.
    CHECK(trend_between(parse_value("61.30%"), parse_value("64.5")) == Trend::NotAvailable);
}

TEST_CASE("direction reads the trend through polarity", "[compute][direction]") {
    RatingRules rules;
    Value a = parse_value("10%"), b = parse_value("12%");
    CHECK(direction_of_travel(Trend::Increase, Polarity::HighIsGood, a, b, rules).direction == Direction::Better);
    CHECK(direction_of_travel(Trend::Increase, Polarity::LowIsGood, a, b, rules).direction == Direction::Worse);
    CHECK(direction_of_travel(Trend::Decrease, Polarity::HighIsGood, b, a, rules).direction == Direction::Worse);
    CHECK(direction_of_travel(Trend::Decrease, Polarity::LowIsGood, b, a, rules).direction == Direction::Better);
    CHECK(direction_of_travel(Trend::Increase, Polarity::None, a, b, rules).direction == Direction::Higher);
    CHECK(direction_of_travel(Trend::Decrease, Polarity::NotStated, b, a, rules).direction == Direction::Lower);
    CHECK(direction_of_travel(Trend::NoChange, Polarity::LowIsGood, a, a, rules).direction == Direction::Same);
    CHECK(direction_of_travel(Trend::NotAvailable, Polarity::LowIsGood, a, b, rules).direction ==
          Direction::NotAvailable);
}

TEST_CASE("a change within the tolerance is Similar, per unit", "[compute][direction]") {
    RatingRules rules;
    rules.percent_tolerance.absolute = 1.0;  // one percentage point
    rules.count_tolerance.relative = 0.05;   // five per cent of the previous count
    // 1.0 point exactly is within; 1.1 is not.
    CHECK(direction_of_travel(Trend::Increase, Polarity::HighIsGood, parse_value("10.0%"), parse_value("11.0%"), rules)
              .direction == Direction::Similar);
    CHECK(direction_of_travel(Trend::Increase, Polarity::HighIsGood, parse_value("10.0%"), parse_value("11.1%"), rules)
              .direction == Direction::Better);
    // 5% of 100 is 5: 105 is similar, 106 is higher.
    CHECK(direction_of_travel(Trend::Increase, Polarity::None, parse_value("100"), parse_value("105"), rules)
              .direction == Direction::Similar);
    CHECK(direction_of_travel(Trend::Increase, Polarity::None, parse_value("100"), parse_value("106"), rules)
              .direction == Direction::Higher);
    // A zero tolerance (the default) never gives Similar.
    RatingRules strict;
    CHECK(direction_of_travel(Trend::Increase, Polarity::HighIsGood, parse_value("10.0%"), parse_value("10.1%"), strict)
              .direction == Direction::Better);
    // The percentage tolerance does not apply to plain numbers.
    CHECK(direction_of_travel(Trend::Increase, Polarity::HighIsGood, parse_value("10.0"), parse_value("10.5"), rules)
              .direction == Direction::Better);
}

TEST_CASE("targets of every operator are met or missed at the shown precision", "[compute][target]") {
    auto met = [](const char* target, const char* latest, Polarity p = Polarity::HighIsGood) {
        TargetResult r = assess_target(read_target(target, {}), parse_value(latest), p);
        REQUIRE(r.met.has_value());
        return *r.met;
    };
    CHECK(met("<20.8%", "20.7%"));
    CHECK_FALSE(met("<20.8%", "20.8%"));
    // A target is exact as written: 20.76% is below 20.8% although it shows more decimals.
    CHECK(met("<20.8%", "20.76%"));
    CHECK_FALSE(met("<20.8%", "20.80%"));
    CHECK(met("<=20.8%", "20.8%"));
    CHECK(met(">92.0%", "94.00%"));
    CHECK_FALSE(met(">92.0%", "92.0%"));
    CHECK(met(">=92.0%", "92.00%"));
    CHECK(met("\xE2\x89\xA5" "90%", "90%"));  // ≥
    // A plain figure is reached from the good side.
    CHECK(met("95%", "96%", Polarity::HighIsGood));
    CHECK_FALSE(met("95%", "96%", Polarity::LowIsGood));
    CHECK(met("5", "4", Polarity::LowIsGood));
}

TEST_CASE("the target gap is positive when better", "[compute][target]") {
    TargetResult below = assess_target(read_target("<3.0%", {}), parse_value("1.82%"), Polarity::LowIsGood);
    REQUIRE(below.gap);
    CHECK(*below.gap == Approx(1.18));
    TargetResult short_of = assess_target(read_target(">92.0%", {}), parse_value("90.0%"), Polarity::HighIsGood);
    CHECK(*short_of.gap == Approx(-2.0));
}

TEST_CASE("a target in another unit is not compared", "[compute][target]") {
    TargetResult r = assess_target(read_target("<2.1%", {}), parse_value("0.7"), Polarity::LowIsGood);
    CHECK(r.unit_mismatch);
    CHECK_FALSE(r.met.has_value());
}

TEST_CASE("RAG from quartile, target and their combination", "[compute][rag]") {
    RatingRules rules;
    // A position in the band as an exact fraction: tenths (8 is 0.8 of the way to the better edge).
    auto rag_of = [&](std::optional<int> q, std::optional<bool> met, std::optional<int> tenths = {},
                      Direction d = Direction::NotAvailable) {
        RagInputs in;
        in.quartile = q;
        in.target_met = met;
        if (tenths) in.band_position = Ratio{*tenths, 10};
        in.direction = d;
        return rate(in, rules).rag;
    };
    CHECK(rag_of(1, {}) == Rag::Green);
    CHECK(rag_of(2, {}) == Rag::Amber);
    CHECK(rag_of(3, {}) == Rag::Amber);
    CHECK(rag_of(4, {}) == Rag::Red);
    CHECK(rag_of({}, true) == Rag::Green);
    CHECK(rag_of({}, false) == Rag::Red);
    CHECK(rag_of(3, false) == Rag::Amber);  // the better of Amber and Red
    CHECK(rag_of(2, true) == Rag::Green);
    CHECK(rag_of({}, {}) == Rag::NotApplicable);
    // With the position in the band known (national data), the key's full rule decides.
    CHECK(rag_of(2, {}, 8, Direction::Better) == Rag::Green);
    CHECK(rag_of(2, {}, 8, Direction::Worse) == Rag::Amber);
    CHECK(rag_of(2, {}, 2, Direction::Better) == Rag::Amber);
    CHECK(rag_of(3, {}, 2, Direction::Worse) == Rag::Red);
    CHECK(rag_of(3, {}, 7, Direction::Worse) == Rag::Amber);
    // The midpoint is exactly one half, and it is "high" (docs/benchmarking.md): high in
    // quartile 2 and improving rates Green; in quartile 3 and declining it is not low, so Amber.
    CHECK(rag_of(2, {}, 5, Direction::Better) == Rag::Green);
    CHECK(rag_of(3, {}, 5, Direction::Worse) == Rag::Amber);
    {
        RagInputs in;
        in.no_quartile_reason = "only 4 authorities have a value";
        in.target_met = false;
        const RagResult r = rate(in, rules);
        CHECK(r.quartile_rag == Rag::None);
        CHECK(r.rag == Rag::Red);
        CHECK(r.rule.find("no national rating: only 4 authorities") != std::string::npos);
    }
    rules.combination = RagCombination::Worse;
    CHECK(rag_of(3, false) == Rag::Red);
    rules.combination = RagCombination::QuartileOnly;
    CHECK(rag_of(4, true) == Rag::Red);
    rules.combination = RagCombination::TargetOnly;
    CHECK(rag_of(4, true) == Rag::Green);
    CHECK(rag_of(4, {}) == Rag::NotApplicable);
}
