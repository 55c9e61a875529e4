// The 2022/23 seed, as extracted from the published PDF, ingests to its 5 topics and 30
// indicators with every value as the table shows it.
#include <catch2/catch.hpp>

#include "support/model_fixtures.hpp"

using namespace scorecard;
using namespace scorecard::test;

namespace {
const char* kSeed = "children-families-2022-23-q3.txt";
}

TEST_CASE("the 2022/23 seed has five topics joined whole and thirty indicators", "[ingest][seed]") {
    CheckedScorecard c = check_fixture(kSeed);
    REQUIRE_FALSE(c.rejected);
    const Scorecard& s = c.scorecard;
    CHECK(s.layout == SourceLayout::Flat);
    CHECK(s.indicator_count() == 30);
    REQUIRE(s.groups.size() == 5);
    CHECK(s.groups[0].name == "Help children and their families build strength, resilience, confidence and capacity");
    CHECK(s.groups[1].name ==
          "Help children in Leicestershire to live in safe, stable environments and have secure attachments");
    CHECK(s.groups[2].name == "Help every child to get the best possible start in life");
    CHECK(s.groups[3].name ==
          "Help every child to have access to good quality education to ensure they achieve their maximum potential");
    CHECK(s.groups[4].name == "People are safe in their daily lives");
    std::vector<std::size_t> sizes;
    for (const auto& g : s.groups) sizes.push_back(g.indicators.size());
    CHECK(sizes == std::vector<std::size_t>{4, 4, 12, 7, 3});
    CHECK(s.period == "FY2022/23 Q3");
    CHECK(s.source_encoding == "UTF-8");
}

TEST_CASE("2022/23 sample rows carry their values exactly", "[ingest][seed]") {
    CheckedScorecard c = check_fixture(kSeed);
    const Scorecard& s = c.scorecard;

    const Indicator& cfws = indicator_named(s, "Individuals worked with by CFWS during period");
    CHECK(cfws.group == s.groups[0].name);
    CHECK(cfws.theme.text == "CFWS");
    CHECK(cfws.polarity == Polarity::None);
    CHECK(cfws.frequency.text == "Quarter");
    CHECK(cfws.previous_period.text == "Q3 2021/22");
    CHECK(cfws.previous.number == 3775);
    CHECK(display_text(cfws.previous) == "3,775");
    CHECK(cfws.latest.number == 3489);
    CHECK(cfws.stated_trend.text == "Decrease");
    CHECK(cfws.stated_rag.rag == Rag::NotApplicable);
    CHECK(cfws.line == 2);

    const Indicator& cpp = indicator_named(s, "Children becoming subject to a CPP for second or subsequent time");
    CHECK(cpp.polarity == Polarity::LowIsGood);
    CHECK(display_text(cpp.previous) == "22.60%");
    CHECK(cpp.latest.number == Approx(22.74));
    CHECK(cpp.latest.unit == Unit::Percent);
    CHECK(cpp.target.op == TargetOperator::Less);
    CHECK(cpp.target.value.number == Approx(20.8));
    CHECK(cpp.stated_rag.rag == Rag::Amber);
    CHECK(cpp.quartile.number == 3);
    CHECK(cpp.neighbour_average.is_blank());

    const Indicator& feee = indicator_named(s, "Eligible 2 year olds taking up their FEEE");
    CHECK(feee.previous_period.kind == PeriodKind::SchoolTerm);
    CHECK(display_text(feee.previous) == "80.7");
    CHECK(feee.previous.unit == Unit::Other);

    const Indicator& p8 = indicator_named(s, "KS4 - Progress 8");
    CHECK(p8.previous.is_blank());
    CHECK(display_text(p8.latest) == "0.01");
    CHECK(display_text(p8.neighbour_average) == "-0.07");

    const Indicator& neet = indicator_named(s, "NEET young people aged 16-17");
    CHECK(neet.frequency.text == "Last Mth of Qtr");
    CHECK(neet.previous_period.kind == PeriodKind::Month);
    CHECK(neet.latest.unit == Unit::Other);
    CHECK(neet.target.value.unit == Unit::Percent);

    const Indicator& custody = indicator_named(s, "Instances of the use of custody for young people");
    CHECK(custody.previous.is_blank());
    CHECK(custody.latest.number == 0);
    CHECK(custody.group == "People are safe in their daily lives");
}

TEST_CASE("2022/23 repaired rows hold the repaired values", "[ingest][validate][seed]") {
    CheckedScorecard c = check_fixture(kSeed);
    const Scorecard& s = c.scorecard;
    const Indicator& ks2 =
        indicator_named(s, "KS2 - pupils achieving expected standard in Reading, Writing and Mathematics");
    CHECK(display_text(ks2.previous) == "67.1%");
    CHECK(ks2.latest_period.text == "2021/22 Final");
    CHECK(display_text(ks2.latest) == "62.1%");
    const Indicator& fsm = indicator_named(s, "KS2 - Expected level in Reading, Writing and Maths - pupils eligible for FSM");
    CHECK(display_text(fsm.previous) == "40.1%");
    CHECK(fsm.latest_period.text == "2021/22 Final");
    CHECK(display_text(fsm.latest) == "40.2%");
    const Indicator& p8fsm = indicator_named(s, "KS4 - Progress 8 (FSM)");
    CHECK(p8fsm.frequency.text == "Annual");
}

TEST_CASE("the Cyrillic 'Topic' header is read and reported", "[ingest][seed]") {
    CheckedScorecard c = check_fixture(kSeed);
    bool reported = false;
    for (const auto& f : c.findings.all())
        if (f.code == "lookalike-letters") {
            reported = true;
            CHECK(f.where.line == 1);
            CHECK(f.where.column == 1);
            CHECK(f.before == "\xD0\xA2\xD0\xBE\xD1\x80\xD1\x96\xD1\x81");  // Торіс
            CHECK(f.after == "Topic");
            CHECK(f.severity == Severity::Warning);
        }
    CHECK(reported);
}
