// The same table saved in other encodings, delimiters and topic styles gives the same model.
#include <catch2/catch.hpp>

#include "support/model_fixtures.hpp"

using namespace scorecard;
using namespace scorecard::test;

namespace {

// What matters of a model for comparison: groups, names and every stated figure as shown.
std::vector<std::string> summary(const Scorecard& s) {
    std::vector<std::string> out;
    for (const auto& g : s.groups) {
        out.push_back("# " + g.name);
        for (const auto& i : g.indicators)
            out.push_back(i.name.text + " | " + polarity_name(i.polarity) + " | " + i.frequency.text + " | " +
                          i.previous_period.text + " " + display_text(i.previous) + " | " + i.latest_period.text +
                          " " + display_text(i.latest) + " | " + i.stated_trend.text + " | " + i.target.text + " | " +
                          i.stated_rag.text + " | " + display_text(i.quartile) + " | " +
                          display_text(i.neighbour_average));
    }
    return out;
}

}  // namespace

TEST_CASE("topic on every row, on the first row only, or wrapped: the same model", "[ingest][variants]") {
    CheckedScorecard every = check_fixture("variants/topic-every-row.csv");
    CheckedScorecard first = check_fixture("variants/topic-first-row-only.tsv");
    CheckedScorecard seed = check_fixture("children-families-2022-23-q3.txt");
    REQUIRE_FALSE(every.rejected);
    REQUIRE_FALSE(first.rejected);
    CHECK(summary(every.scorecard) == summary(first.scorecard));
    CHECK(summary(every.scorecard) == summary(seed.scorecard));
}

TEST_CASE("UTF-16 with a byte-order mark is detected, converted and reported", "[ingest][encoding]") {
    CheckedScorecard utf16 = check_fixture("variants/unicode-text-utf16le.txt");
    CheckedScorecard every = check_fixture("variants/topic-every-row.csv");
    REQUIRE_FALSE(utf16.rejected);
    CHECK(utf16.scorecard.source_encoding == "UTF-16LE");
    CHECK(summary(utf16.scorecard) == summary(every.scorecard));
    bool noted = false;
    for (const auto& f : utf16.findings.all())
        if (f.code == "encoding" && f.message.find("UTF-16LE") != std::string::npos) noted = true;
    CHECK(noted);
}

TEST_CASE("Windows-1252 is detected and its pound sign and curly quotes survive", "[ingest][encoding]") {
    CheckedScorecard win = check_fixture("variants/excel-windows-1252.csv");
    REQUIRE_FALSE(win.rejected);
    CHECK(win.scorecard.source_encoding == "Windows-1252");
    const Indicator& first = win.scorecard.groups.at(0).indicators.at(0);
    CHECK(first.name.text == "Individuals worked with by CFWS during period (\xC2\xA3 spent \xE2\x80\x98per head\xE2\x80\x99)");
    // The note points at the first byte that is not UTF-8: the pound sign on line 2.
    bool located = false;
    for (const auto& f : win.findings.all())
        if (f.code == "encoding" && f.where.line == 2 && f.where.column == 140) located = true;
    CHECK(located);
}

TEST_CASE("UTF-8 with a BOM and semicolons reads the same", "[ingest][encoding]") {
    CheckedScorecard semi = check_fixture("variants/utf8-bom-semicolon.csv");
    CheckedScorecard every = check_fixture("variants/topic-every-row.csv");
    REQUIRE_FALSE(semi.rejected);
    CHECK(semi.scorecard.source_encoding == "UTF-8 with BOM");
    CHECK(summary(semi.scorecard) == summary(every.scorecard));
}

TEST_CASE("optional columns and quoted cells with line breaks are read", "[ingest][csv]") {
    CheckedScorecard c = check_fixture("variants/canonical-with-optional-columns.csv");
    REQUIRE_FALSE(c.rejected);
    const auto& inds = c.scorecard.groups.at(0).indicators;
    REQUIRE(inds.size() == 4);
    CHECK(inds[0].id == "CF01");
    CHECK(inds[0].commentary.text == "Commentary for row 1, with \"quotes\",\nand a second line");
    const Indicator& fifth = c.scorecard.groups.at(1).indicators.at(0);
    CHECK(fifth.id == "CF05");
    CHECK(fifth.numerator.number == 41);
    CHECK(fifth.denominator.number == 180);
    // A cell with a line break moves later rows down a line: locations follow the file.
    CHECK(fifth.line == 10);
}
