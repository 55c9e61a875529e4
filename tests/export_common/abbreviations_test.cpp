// The abbreviations a document lists are those its own text uses.
#include <catch2/catch.hpp>

#include "stages/export/common/abbreviations.hpp"

using namespace scorecard;

TEST_CASE("abbreviations: a form counts only as a word of its own", "[abbreviations]") {
    CHECK(uses_abbreviation("FY2022/23 Q3", "FY"));
    CHECK(uses_abbreviation("FY2022/23 Q3", "Q3"));
    CHECK(uses_abbreviation("Last Mth of Qtr", "Mth"));
    CHECK(uses_abbreviation("(CFWS)", "CFWS"));
    CHECK(uses_abbreviation("KS2 - Reading", "KS2"));
    CHECK_FALSE(uses_abbreviation("SENDING", "SEND"));
    CHECK_FALSE(uses_abbreviation("CFWS", "CF"));
    CHECK_FALSE(uses_abbreviation("Q34", "Q3"));
    CHECK_FALSE(uses_abbreviation("AQ3", "Q3"));
    CHECK_FALSE(uses_abbreviation("Everything fine", "FY"));
}

TEST_CASE("abbreviations: only those the scorecard's text uses, in the glossary's order", "[abbreviations]") {
    Scorecard card;
    card.period = "FY2022/23 Q3";
    Group g;
    g.name = "Early help";
    Indicator i;
    i.name.text = "Families supported by CFWS";
    i.frequency.text = "Last Mth of Qtr";
    g.indicators.push_back(i);
    card.groups.push_back(g);
    OutputTemplate layout;
    layout.title = "Performance";
    layout.title_format = "{title} {period}";
    std::vector<std::string> names;
    for (const auto& a : abbreviations_used(card, layout)) names.push_back(a.short_form);
    CHECK(names == std::vector<std::string>{"CFWS", "FY", "Mth", "Q1 to Q4", "Qtr", "RAG"});
}
