// The glossary a document uses: scorecard's own abbreviations and the template's.
#include <catch2/catch.hpp>

#include "stages/export/common/abbreviations.hpp"

using namespace scorecard;

TEST_CASE("the template's glossary joins scorecard's, replacing an entry of the same abbreviation, in alphabetical order",
          "[abbreviations][glossary]") {
    OutputTemplate t;
    CHECK(glossary_for(t).size() == known_abbreviations().size());
    t.glossary = {{"CFWS", "Our own wording"}, {"EYFS", "Early Years Foundation Stage"}};
    const std::vector<Abbreviation> glossary = glossary_for(t);
    CHECK(glossary.size() == known_abbreviations().size() + 1);
    std::size_t cfws = 0, eyfs = 0;
    for (std::size_t i = 0; i < glossary.size(); ++i) {
        if (glossary[i].short_form == "CFWS") {
            ++cfws;
            CHECK(glossary[i].meaning == "Our own wording");
        }
        if (glossary[i].short_form == "EYFS") eyfs = i;
    }
    CHECK(cfws == 1);
    REQUIRE(eyfs > 0);
    CHECK(glossary[eyfs - 1].short_form == "EHCP");
    CHECK(glossary[eyfs + 1].short_form == "FEEE");
}

TEST_CASE("a template's abbreviation is listed only where the text uses it", "[abbreviations][glossary]") {
    OutputTemplate t;
    t.title = "Performance";
    t.title_format = "{title} {period}";
    t.glossary = {{"SLF", "Supporting Leicestershire Families"}, {"EYFS", "Early Years Foundation Stage"}};
    Scorecard s;
    s.period = "Q3";
    Group g;
    g.name = "Families";
    Indicator i;
    i.name.text = "No. of SLF families claimed for";
    g.indicators.push_back(i);
    s.groups.push_back(g);
    std::vector<std::string> used;
    for (const Abbreviation& a : abbreviations_used(s, t)) used.push_back(a.short_form);
    CHECK(std::find(used.begin(), used.end(), "SLF") != used.end());
    CHECK(std::find(used.begin(), used.end(), "EYFS") == used.end());
}
