// The 2019/20 seed ingests to its title, period, six outcome headings and thirty indicators,
// with the extraction's chart glyphs, doubled words and short rows handled and reported.
#include <catch2/catch.hpp>

#include "support/model_fixtures.hpp"

using namespace scorecard;
using namespace scorecard::test;

namespace {
const char* kSeed = "children-families-2019-20-q3.txt";
}

TEST_CASE("the 2019/20 seed has its title, period, six headings and thirty indicators", "[ingest][seed]") {
    CheckedScorecard c = check_fixture(kSeed);
    REQUIRE_FALSE(c.rejected);
    const Scorecard& s = c.scorecard;
    CHECK(s.layout == SourceLayout::Sectioned);
    CHECK(s.title == "Children and Families Performance");
    CHECK(s.period == "FY2019/20 Q3");
    CHECK(s.indicator_count() == 30);
    std::vector<std::string> names;
    std::vector<std::size_t> sizes;
    for (const auto& g : s.groups) {
        names.push_back(g.name);
        sizes.push_back(g.indicators.size());
    }
    CHECK(names == std::vector<std::string>{
                       "Children at most risk are protected from harm and kept safe",
                       "Child Health, Wellbeing and SEND",
                       "Families are self-sufficient and able to cope",
                       "People are safe in their daily lives",
                       "Every child has access to good quality education and achieves their potential",
                       "Leicestershire has a highly skilled and employable workforce"});
    CHECK(sizes == std::vector<std::size_t>{9, 3, 3, 3, 10, 2});
    REQUIRE(s.rag_key.size() == 3);
    CHECK(s.rag_key[0] == "Top quartile of local authorities or high in second quartile with improving trend");
}

TEST_CASE("2019/20 sample rows, including every repaired kind", "[ingest][seed]") {
    CheckedScorecard c = check_fixture(kSeed);
    const Scorecard& s = c.scorecard;

    const Indicator& reviewed = indicator_named(s, "% child protection cases which were reviewed within timescales.");
    CHECK(reviewed.latest_period.text == "Q3");
    CHECK(reviewed.latest_period.kind == PeriodKind::FinancialQuarter);  // Q3 of FY2019/20
    CHECK(display_text(reviewed.latest) == "93.0%");
    CHECK(reviewed.stated_direction.text == "Lower (high is good)");
    CHECK(reviewed.polarity == Polarity::HighIsGood);
    CHECK(reviewed.stated_rag.rag == Rag::Amber);  // the letter sat in the Trend Charts column
    CHECK(reviewed.quartile.number == 3);
    CHECK(display_text(reviewed.neighbour_average) == "90.8%");

    const Indicator& second =
        indicator_named(s, "% of children becoming subject to a child protection plan for second or subsequent time");
    CHECK(display_text(second.latest) == "15.2%");
    CHECK(display_text(second.latest_bracketed) == "28");
    CHECK(second.numerator.number == 28);
    CHECK(second.stated_direction.text == "Better");  // "Better Better" repaired
    CHECK(second.stated_rag.rag == Rag::Amber);        // from "I B B B A"
    CHECK(second.polarity == Polarity::NotStated);

    const Indicator& plans = indicator_named(
        s, "% of Child Protection plans lasting 2 years or more open at the end of the quarter (low = good)");
    CHECK(plans.polarity == Polarity::LowIsGood);
    CHECK(plans.stated_rag.rag == Rag::Green);  // from "<b>I</b> ■ — G"

    const Indicator& emotional =
        indicator_named(s, "The average emotional health strengths/difficulties score for children in care. (low = good)");
    CHECK(emotional.latest_period.text == "Q2");
    CHECK(display_text(emotional.latest) == "14.0");
    CHECK(emotional.quartile.number == 2);                          // "2 14.2" split
    CHECK(display_text(emotional.neighbour_average) == "14.2");

    const Indicator& dental = indicator_named(
        s, "The % of children in care who have had dental checks within last 12 months (at end of period)");
    CHECK(dental.stated_rag.rag == Rag::NotApplicable);  // short row aligned from the right
    CHECK(dental.quartile.is_not_applicable());
    CHECK(dental.neighbour_average.is_not_applicable());

    const Indicator& slf =
        indicator_named(s, "No. of SLF families claimed for as a % of overall payment by results target");
    CHECK(display_text(slf.latest) == "2205");
    CHECK(display_text(slf.latest_bracketed) == "80%");
    CHECK(slf.stated_direction.text == "n/a");  // "<b> </b>" markup dropped

    const Indicator& individuals = indicator_named(s, "No. of individuals with an Early Help assessment");
    CHECK(display_text(individuals.latest) == "4,210");
    CHECK(individuals.polarity == Polarity::None);  // "Higher" says polarity does not apply

    const Indicator& ks2 = indicator_named(
        s, "Key Stage 2 - Expected level in Reading, Writing and Maths - pupils eligible for Free School Meals");
    CHECK(ks2.latest_period.kind == PeriodKind::CalendarYear);
    CHECK(ks2.stated_rag.rag == Rag::Red);
    CHECK(ks2.quartile.number == 4);

    const Indicator& fte = indicator_named(
        s, "Number of first time entrants to the criminal justice system aged 10-17 (low = good) (year to date)");
    CHECK(fte.stated_rag.rag == Rag::NotApplicable);  // "■ n/a"
    CHECK(fte.polarity == Polarity::LowIsGood);
}
