// Every indicator of both seeds: computed trend and direction, and the exact cross-check
// findings each seed gives.
#include <catch2/catch.hpp>

#include <map>

#include "stages/compute/compute.hpp"
#include "support/model_fixtures.hpp"

using namespace scorecard;
using namespace scorecard::test;

TEST_CASE("every 2022/23 indicator's computed trend and direction", "[compute][seed]") {
    CheckedScorecard c = check_fixture("children-families-2022-23-q3.txt");
    REQUIRE_FALSE(c.rejected);
    const std::vector<std::tuple<std::string, Trend, Direction>> expected = {
        {"Individuals worked with by CFWS during period", Trend::Decrease, Direction::Lower},
        {"Families worked with by CFWS during period", Trend::Decrease, Direction::Lower},
        {"Children in mainstream schools with EHCP", Trend::Decrease, Direction::Lower},
        {"Children in mainstream schools in receipt of SEN Support (without EHCP)", Trend::Decrease, Direction::Lower},
        {"Children becoming subject to a CPP for second or subsequent time", Trend::Increase, Direction::Worse},
        {"CPP lasting 2 yrs or more open at the end of the quarter", Trend::Increase, Direction::Worse},
        {"Care leavers in suitable accommodation", Trend::Increase, Direction::Better},
        {"Care leavers EET", Trend::Increase, Direction::Better},
        {"Eligible 2 year olds taking up their FEEE", Trend::Increase, Direction::Better},
        {"Eligible 3 year olds taking up their FEEE", Trend::Increase, Direction::Better},
        {"Eligible 2 and 3-year olds taking up their FEEE in a high-quality provision", Trend::Increase, Direction::Better},
        {"Primary schools rated 'Good' or 'Outstanding'", Trend::Decrease, Direction::Worse},
        {"Secondary schools rated 'Good' or 'Outstanding'", Trend::NoChange, Direction::Same},
        {"Reception pupils reaching a 'Good level of development'", Trend::NotAvailable, Direction::NotAvailable},
        {"Reception pupils with Free School Meals (FSM) status achieving 'Good level of development'", Trend::NotAvailable, Direction::NotAvailable},
        {"Reception pupils with Education, Health and Care Plans achieving 'Good Level of Development'", Trend::NotAvailable, Direction::NotAvailable},
        {"KS4 - Progress 8", Trend::NotAvailable, Direction::NotAvailable},
        {"KS4 - Progress 8 (FSM)", Trend::NotAvailable, Direction::NotAvailable},
        {"KS4 - Progress 8 (EHCP)", Trend::Increase, Direction::Better},
        {"KS4 - Progress 8 (SEN Support)", Trend::Increase, Direction::Better},
        {"KS2 - pupils achieving expected standard in Reading, Writing and Mathematics", Trend::Decrease, Direction::Worse},
        {"KS2 - Expected level in Reading, Writing and Maths - pupils eligible for FSM", Trend::Increase, Direction::Better},
        {"KS2 - Expected level in Reading, Writing and Maths - EHCP", Trend::Increase, Direction::Better},
        {"KS2 - Expected level in Reading, Writing and Maths - SEN Support", Trend::Decrease, Direction::Worse},
        {"Pupils in Good or Outstanding schools", Trend::Decrease, Direction::Worse},
        {"Children Electively Educated at Home", Trend::Increase, Direction::Higher},
        {"NEET young people aged 16-17", Trend::Increase, Direction::Worse},
        {"No. of first time entrants to the criminal justice system aged 10-17 (year to date)", Trend::Decrease, Direction::Better},
        {"Re-offending by young offenders", Trend::Increase, Direction::Worse},
        {"Instances of the use of custody for young people", Trend::NotAvailable, Direction::NotAvailable},
    };
    REQUIRE(expected.size() == c.scorecard.indicator_count());
    for (const auto& [name, trend, direction] : expected) {
        INFO(name);
        const Indicator& i = indicator_named(c.scorecard, name);
        CHECK(trend_name(i.computed.trend) == std::string(trend_name(trend)));
        CHECK(direction_name(i.computed.direction) == std::string(direction_name(direction)));
    }
}

TEST_CASE("2022/23 computed RAG agrees with every stated RAG", "[compute][seed]") {
    CheckedScorecard c = check_fixture("children-families-2022-23-q3.txt");
    c.scorecard.for_each_indicator([](const Indicator& i) {
        INFO(i.name.text << ": " << i.computed.rag_rule);
        CHECK(i.computed.rag == i.stated_rag.rag);
    });
    const Indicator& cpp = indicator_named(c.scorecard, "Children becoming subject to a CPP for second or subsequent time");
    CHECK(cpp.computed.quartile_rag == Rag::Amber);
    CHECK(cpp.computed.target_rag == Rag::Red);
    CHECK(*cpp.computed.target_met == false);
    CHECK(*cpp.computed.change == Approx(0.14));
    CHECK(*cpp.computed.relative_change == Approx(0.14 / 22.6));
    const Indicator& leavers = indicator_named(c.scorecard, "Care leavers EET");
    CHECK(*leavers.computed.neighbour_gap == Approx(10.5));  // 64.50% against 54.0%, high is good
    CHECK(*leavers.computed.target_gap == Approx(10.5));
}

TEST_CASE("the exact cross-check and repair findings of the 2022/23 seed", "[compute][validate][seed]") {
    CheckedScorecard c = check_fixture("children-families-2022-23-q3.txt");
    CHECK(codes_and_lines(c.findings, Severity::Warning) ==
          std::vector<std::pair<std::string, int>>{
              {"lookalike-letters", 1},   {"frequency-repaired", 19}, {"run-together-cells", 22},
              {"run-together-cells", 22}, {"run-together-cells", 23}, {"run-together-cells", 23},
              {"unit-mismatch", 28},      {"target-status", 28}});
    CHECK(c.findings.count(Severity::Error) == 0);
    // A trend stated with no previous figure cannot be confirmed: a note, not a contradiction,
    // and the table's word is what is published.
    std::vector<int> unconfirmed_trends;
    for (const auto& f : c.findings.all()) {
        if (f.code == "trend-unconfirmed") {
            CHECK(f.severity == Severity::Note);
            CHECK(f.action == FindingAction::Reported);
            CHECK(f.before.empty());
            CHECK(f.after.empty());
            CHECK(f.rule == "there is no previous figure");
            unconfirmed_trends.push_back(f.where.line);
        }
        if (f.code == "trend-unconfirmed" && f.where.line == 18) CHECK(f.indicator == "KS4 - Progress 8");
        if (f.code == "unit-mismatch") {
            CHECK(f.indicator == "NEET young people aged 16-17");
            CHECK(f.message.find("0.7 (other) and 2.1% (percent)") != std::string::npos);
            // Reported, not applied: no ['before' -> 'after'] that would read as a replacement.
            CHECK(f.action == FindingAction::Reported);
            CHECK(format_finding(f).find("->") == std::string::npos);
        }
        if (f.code == "frequency-repaired") {
            CHECK(f.action == FindingAction::Repaired);
            CHECK(format_finding(f).find("['1' -> 'Annual']") != std::string::npos);
        }
    }
    CHECK(unconfirmed_trends == std::vector<int>{18, 19, 31});
    const Indicator& ks4 = indicator_named(c.scorecard, "KS4 - Progress 8");
    CHECK(ks4.published.trend.text == "Increase");
    CHECK(ks4.published.trend.as == PublishedAs::Unconfirmed);
}

TEST_CASE("the exact cross-check findings of the 2019/20 seed", "[compute][seed]") {
    CheckedScorecard c = check_fixture("children-families-2019-20-q3.txt");
    REQUIRE_FALSE(c.rejected);
    std::map<std::string, std::vector<int>> by_code;
    for (const auto& [code, line] : codes_and_lines(c.findings, Severity::Warning)) by_code[code].push_back(line);
    // Quartile 4 left blank is filled Red; "G" in quartile 2 beside the table's own "Same" is
    // not what the key gives (Green needs an improving trend), so Amber is published.
    CHECK(by_code["rag-not-stated"] == std::vector<int>{9});
    CHECK(by_code["rag-mismatch"] == std::vector<int>{7});
    CHECK(by_code["run-together-cells"] == std::vector<int>{16});
    CHECK(by_code["short-row"] == std::vector<int>{14, 15, 18, 19, 20, 22, 23, 24});
    CHECK(by_code["chart-glyphs"] == std::vector<int>{4, 7, 8, 9});
    CHECK(by_code["extraction-artefact"] == std::vector<int>{4, 5, 18, 20, 22});
    CHECK(by_code["garbled-header"] == std::vector<int>{1});
    CHECK(by_code.size() == 7);
    // Ratings the rules cannot decide (quartile 2 or 3, the position in the band unknown) are
    // notes; so is a stated blank they cannot fill.
    std::map<std::string, std::vector<int>> notes;
    for (const auto& [code, line] : codes_and_lines(c.findings, Severity::Note)) notes[code].push_back(line);
    CHECK(notes["rag-unconfirmed"] == std::vector<int>{3, 5, 6, 8, 27, 30, 31, 32});
    // No previous data point in this layout: nothing to compare, so nothing is claimed.
    c.scorecard.for_each_indicator([](const Indicator& i) {
        INFO(i.name.text);
        CHECK(i.computed.trend == Trend::NotAvailable);
        CHECK(i.computed.direction == Direction::NotAvailable);
        CHECK_FALSE(i.published.direction.changed());
        CHECK(i.published.direction.text == i.stated_direction.text);
    });
    const Indicator& plans = indicator_named(
        c.scorecard, "% of Child Protection plans lasting 2 years or more open at the end of the quarter (low = good)");
    CHECK(plans.computed.rag == Rag::Amber);
    CHECK(plans.computed.rag_allowed.words() == "Amber");
    CHECK(plans.computed.rag_rule == "quartile 2 without an improving trend (the direction as the table states it) rates Amber");
    CHECK(plans.published.rag.as == PublishedAs::Corrected);
    const Indicator& stability = indicator_named(
        c.scorecard, "Placement stability - % children with 3 or more placements during a year (low = good)");
    CHECK(stability.computed.rag_allowed.words() == "Green or Amber");
    CHECK(stability.computed.rag_rule.find("position within the quartile is not known") != std::string::npos);
}

TEST_CASE("a stated direction is checked against the previous data point from history", "[compute]") {
    CheckedScorecard c = check_fixture("children-families-2019-20-q3.txt");
    // Give two indicators a history point, as the history store would, and compute again.
    auto give_history = [&](const std::string& name, const char* value) -> Indicator* {
        Indicator* found = nullptr;
        c.scorecard.for_each_indicator([&](Indicator& i) {
            if (i.name.text == name) found = &i;
        });
        REQUIRE(found);
        HistoryPoint earlier;
        earlier.period = resolve_quarter(parse_period("Q2"), 2019);
        earlier.value = parse_value(value);
        found->history.push_back(earlier);
        return found;
    };
    Indicator* reviewed = give_history("% child protection cases which were reviewed within timescales.", "95.1%");
    Indicator* assessments = give_history("% single assessments completed within 45 days", "85.0%");
    Findings findings("x");
    compute(c.scorecard, RatingRules{}, findings);
    CHECK(reviewed->computed.trend == Trend::Decrease);
    CHECK(reviewed->computed.direction == Direction::Worse);  // the table's "Lower (high is good)" says the same
    CHECK(assessments->computed.trend == Trend::Increase);
    CHECK(assessments->computed.direction == Direction::Higher);  // no polarity stated
    // "Better" for a rise where no polarity is stated: the figures say Higher and cannot say
    // whether that is better, so the table's word stays, with a note.
    std::vector<std::string> unconfirmed;
    for (const auto& f : findings.all()) {
        CHECK(f.code != "direction-mismatch");
        if (f.code == "direction-unconfirmed" && f.message.find("history store") != std::string::npos) {
            unconfirmed.push_back(f.indicator);
            CHECK(f.severity == Severity::Note);
            CHECK(f.message.find("gives Higher, so whether that is better or worse cannot be confirmed") != std::string::npos);
        }
    }
    CHECK(unconfirmed == std::vector<std::string>{assessments->name.text});
    CHECK(assessments->published.direction.text == "Better");
    CHECK(assessments->published.direction.as == PublishedAs::Unconfirmed);
    CHECK(reviewed->published.direction.text == "Lower (high is good)");
    CHECK(reviewed->published.direction.as == PublishedAs::Stated);
}
