// What the documents print for trend, direction and RAG under each publish policy
// (docs/layout.md, "Publish policy"): the rules' value where they decide, the table's where
// they cannot, and the table's everywhere under "stated".
#include <catch2/catch.hpp>

#include <map>

#include "stages/compute/compute.hpp"
#include "stages/compute/rag_rule.hpp"
#include "support/model_fixtures.hpp"

using namespace scorecard;
using namespace scorecard::test;

namespace {

CheckOptions publishing(const char* policy) {
    CheckOptions options;
    options.publish = policy;
    return options;
}

// A position in the band as tenths of the way to its better edge (8 is 0.8).
std::string allowed(std::optional<int> quartile, Direction direction, std::optional<int> tenths = {},
                    std::optional<bool> target_met = {}, RatingRules rules = {}) {
    RagInputs in;
    in.quartile = quartile;
    in.direction = direction;
    if (tenths) in.band_position = Ratio{*tenths, 10};
    in.target_met = target_met;
    return rate(in, rules).allowed.words();
}

const Finding* finding_about(const Findings& findings, const std::string& code, int line) {
    for (const auto& f : findings.all())
        if (f.code == code && f.where.line == line) return &f;
    return nullptr;
}

}  // namespace

TEST_CASE("the RAG rule says which ratings it allows where it cannot decide", "[compute][rag][publish]") {
    // Quartiles 1 and 4 decide alone.
    CHECK(allowed(1, Direction::NotAvailable) == "Green");
    CHECK(allowed(4, Direction::Better) == "Red");
    // Quartile 2 with the position in the band unknown: Green if high in it and improving.
    CHECK(allowed(2, Direction::Better) == "Green or Amber");
    CHECK(allowed(2, Direction::NotAvailable) == "Green or Amber");
    CHECK(allowed(2, Direction::Higher) == "Green or Amber");  // no polarity: improving is not known
    CHECK(allowed(2, Direction::Same) == "Amber");             // not improving: Amber wherever it is
    CHECK(allowed(2, Direction::Worse) == "Amber");
    // Quartile 3: Red if low in it and declining.
    CHECK(allowed(3, Direction::Worse) == "Amber or Red");
    CHECK(allowed(3, Direction::Similar) == "Amber");
    // With national data the position is known and the key decides.
    CHECK(allowed(2, Direction::Better, 8) == "Green");
    CHECK(allowed(2, Direction::Better, 2) == "Amber");
    CHECK(allowed(2, Direction::NotAvailable, 8) == "Green or Amber");
    CHECK(allowed(3, Direction::Worse, 2) == "Red");
    // A met target rates Green, and the better of the two is Green whatever the quartile says.
    CHECK(allowed(2, Direction::NotAvailable, {}, true) == "Green");
    CHECK(allowed(3, Direction::Worse, {}, false) == "Amber or Red");
    CHECK(allowed({}, Direction::NotAvailable, {}, false) == "Red");
    // Nothing to rate by: no rating at all, not a guess.
    CHECK(allowed({}, Direction::Better).empty());
    RatingRules worse;
    worse.combination = RagCombination::Worse;
    CHECK(allowed(2, Direction::Better, {}, true, worse) == "Green or Amber");
    CHECK(allowed(2, Direction::Better, {}, false, worse) == "Red");

    RagInputs in;
    in.quartile = 2;
    in.direction = Direction::Better;
    const RagResult r = rate(in, RatingRules{});
    CHECK(r.rag == Rag::Amber);  // the quartile's plain rating, for a table that states none
    CHECK(r.rule ==
          "high in quartile 2 with an improving trend rates Green, otherwise quartile 2 rates Amber; "
          "the position within the quartile is not known");
}

TEST_CASE("the made-up Q4 table publishes what the rules derive, marked", "[compute][publish]") {
    CheckedScorecard c = check_fixture("made-up-q4-corrections.txt");
    REQUIRE_FALSE(c.rejected);
    CHECK(c.scorecard.publish_policy == PublishPolicy::Computed);
    struct Expected {
        const char* trend;
        PublishedAs trend_as;
        const char* rag;
        PublishedAs rag_as;
    };
    const std::vector<Expected> expected = {
        {"Increase", PublishedAs::Stated, "Red", PublishedAs::Corrected},          // quartile 4 stated Green
        {"Decrease", PublishedAs::Corrected, "Amber", PublishedAs::Stated},        // 87.6% -> 84.1% stated Increase
        {"Increase", PublishedAs::Filled, "Green", PublishedAs::Stated},           // Trend left blank
        {"Decrease", PublishedAs::Filled, "N/A", PublishedAs::Stated},             // Trend left blank
        {"Increase", PublishedAs::Stated, "Green", PublishedAs::Unconfirmed},      // quartile 2: Green or Amber
        {"Increase", PublishedAs::Unconfirmed, "Green", PublishedAs::Stated},      // no previous figure
        {"No Change", PublishedAs::Stated, "Green", PublishedAs::Filled},          // RAG left blank, quartile 1
    };
    std::vector<const Indicator*> rows;
    c.scorecard.for_each_indicator([&](const Indicator& i) { rows.push_back(&i); });
    REQUIRE(rows.size() == expected.size());
    for (std::size_t k = 0; k < rows.size(); ++k) {
        const Indicator& i = *rows[k];
        INFO(i.name.text);
        CHECK(i.published.trend.text == expected[k].trend);
        CHECK(i.published.trend.as == expected[k].trend_as);
        CHECK(i.published.rag.text == expected[k].rag);
        CHECK(i.published.rag.as == expected[k].rag_as);
        CHECK(i.published.trend.stated == i.stated_trend.text);
        CHECK(i.published.rag.stated == i.stated_rag.text);
    }
    CHECK(rows[0]->published.rag.rag == Rag::Red);
    CHECK(rows[0]->published.rag.rule == "quartile 4 rates Red");
    CHECK(rows[1]->published.trend.rule == "87.6% (Previous Value) to 84.1% compared at the precision shown");
    CHECK(rows[4]->computed.rag_allowed.words() == "Green or Amber");

    // Each applied change is a warning with the value before and after; each value the rules
    // cannot confirm is a note with none.
    const Finding* red = finding_about(c.findings, "rag-mismatch", 2);
    REQUIRE(red);
    CHECK(red->severity == Severity::Warning);
    CHECK(red->action == FindingAction::Corrected);
    CHECK(format_finding(*red).find("the table states RAG \"Green\" but the rules give Red: quartile 4 rates Red; Red "
                                    "is published instead ['Green' -> 'Red']") != std::string::npos);
    const Finding* decrease = finding_about(c.findings, "trend-mismatch", 3);
    REQUIRE(decrease);
    CHECK(decrease->before == "Increase");
    CHECK(decrease->after == "Decrease");
    const Finding* filled = finding_about(c.findings, "trend-not-stated", 4);
    REQUIRE(filled);
    CHECK(format_finding(*filled).find("the blank cell is published as Increase ['' -> 'Increase']") != std::string::npos);
    const Finding* green_or_amber = finding_about(c.findings, "rag-unconfirmed", 6);
    REQUIRE(green_or_amber);
    CHECK(green_or_amber->severity == Severity::Note);
    CHECK_FALSE(green_or_amber->applied());
    CHECK(green_or_amber->message.find("cannot be confirmed: the rules allow Green or Amber") != std::string::npos);
    CHECK(format_finding(*green_or_amber).find("->") == std::string::npos);
    CHECK(c.findings.count(Severity::Warning) == 5);
}

TEST_CASE("the stated policy prints the table's values and only reports", "[compute][publish]") {
    CheckedScorecard c = check_fixture("made-up-q4-corrections.txt", publishing("stated"));
    REQUIRE_FALSE(c.rejected);
    CHECK(c.scorecard.publish_policy == PublishPolicy::Stated);
    c.scorecard.for_each_indicator([](const Indicator& i) {
        INFO(i.name.text);
        CHECK(i.published.trend.text == i.stated_trend.text);
        CHECK(i.published.rag.text == i.stated_rag.text);
        CHECK(i.published.rag.rag == i.stated_rag.rag);
        CHECK_FALSE(i.published.trend.changed());
        CHECK_FALSE(i.published.rag.changed());
    });
    // The same differences are still warnings, but none says it replaced anything.
    std::vector<std::pair<std::string, int>> warnings = codes_and_lines(c.findings, Severity::Warning);
    CHECK(warnings == std::vector<std::pair<std::string, int>>{
                          {"rag-mismatch", 2}, {"trend-mismatch", 3}, {"trend-not-stated", 4}, {"trend-not-stated", 5},
                          {"rag-not-stated", 8}});
    for (const auto& f : c.findings.all()) {
        INFO(f.message);
        CHECK_FALSE(f.applied());
        CHECK(format_finding(f).find("->") == std::string::npos);
    }
    CHECK(finding_about(c.findings, "rag-mismatch", 2)->message.find(
              "the table's value is published (publish policy: stated)") != std::string::npos);
}

TEST_CASE("the 2022/23 seed publishes its own values under both policies", "[compute][publish][seed]") {
    // Every stated trend and RAG of the published paper is what the rules give, or one they
    // cannot decide; none is corrected.
    for (const char* policy : {"computed", "stated"}) {
        INFO(policy);
        CheckedScorecard c = check_fixture("children-families-2022-23-q3.txt", publishing(policy));
        std::vector<std::string> unconfirmed_rag;
        c.scorecard.for_each_indicator([&](const Indicator& i) {
            INFO(i.name.text);
            CHECK(i.published.trend.text == i.stated_trend.text);
            CHECK(i.published.rag.text == i.stated_rag.text);
            CHECK_FALSE(i.published.trend.changed());
            CHECK_FALSE(i.published.rag.changed());
            if (i.published.rag.as == PublishedAs::Unconfirmed) unconfirmed_rag.push_back(i.name.text);
        });
        CHECK(unconfirmed_rag ==
              std::vector<std::string>{
                  "Children becoming subject to a CPP for second or subsequent time",
                  "Primary schools rated 'Good' or 'Outstanding'",
                  "Reception pupils with Free School Meals (FSM) status achieving 'Good level of development'",
                  "Reception pupils with Education, Health and Care Plans achieving 'Good Level of Development'",
                  "KS4 - Progress 8", "KS4 - Progress 8 (EHCP)", "KS4 - Progress 8 (SEN Support)",
                  "KS2 - Expected level in Reading, Writing and Maths - EHCP", "Pupils in Good or Outstanding schools"});
    }
}

TEST_CASE("the 2019/20 seed's published ratings under both policies", "[compute][publish][seed]") {
    const std::string plans =
        "% of Child Protection plans lasting 2 years or more open at the end of the quarter (low = good)";
    const std::string same_placement =
        "Placement stability - % children in same placement for 2+ years or placed for adoption";
    const std::string stability = "Placement stability - % children with 3 or more placements during a year (low = good)";
    const std::string re_referrals = "% re-referrals to childrens Social Care within 12 months";

    CheckedScorecard computed = check_fixture("children-families-2019-20-q3.txt", publishing("computed"));
    std::map<std::string, std::pair<std::string, PublishedAs>> changed;
    computed.scorecard.for_each_indicator([&](const Indicator& i) {
        if (i.published.rag.changed()) changed[i.name.text] = {i.published.rag.text, i.published.rag.as};
        else CHECK(i.published.rag.text == i.stated_rag.text);
        CHECK(i.published.direction.text == i.stated_direction.text);  // nothing to check it by
    });
    // "G" in quartile 2 beside the table's own "Same": Green needs an improving trend.
    // Quartile 4 left blank: Red.
    CHECK(changed == std::map<std::string, std::pair<std::string, PublishedAs>>{
                         {plans, {"Amber", PublishedAs::Corrected}}, {same_placement, {"Red", PublishedAs::Filled}}});
    // "G" in quartile 2 with "Better": Green or Amber, so the table's G stays, with a note.
    const Indicator& kept = indicator_named(computed.scorecard, stability);
    CHECK(kept.published.rag.text == "G");
    CHECK(kept.published.rag.rag == Rag::Green);
    CHECK(kept.published.rag.as == PublishedAs::Unconfirmed);
    // Blank in quartile 2 with "Better": the rules cannot fill it, so it stays blank.
    const Indicator& blank = indicator_named(computed.scorecard, re_referrals);
    CHECK(blank.published.rag.text.empty());
    CHECK(blank.published.rag.as == PublishedAs::Unconfirmed);

    CheckedScorecard stated = check_fixture("children-families-2019-20-q3.txt", publishing("stated"));
    stated.scorecard.for_each_indicator([&](const Indicator& i) {
        INFO(i.name.text);
        CHECK(i.published.rag.text == i.stated_rag.text);
        CHECK(i.published.rag.rag == i.stated_rag.rag);
        CHECK_FALSE(i.published.rag.changed());
    });
    CHECK(indicator_named(stated.scorecard, plans).published.rag.text == "G");
    CHECK(indicator_named(stated.scorecard, same_placement).published.rag.text.empty());
    CHECK(indicator_named(stated.scorecard, stability).published.rag.text == "G");
}
