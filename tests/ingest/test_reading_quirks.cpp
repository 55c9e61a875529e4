// How ingest reads what tables do in the wild: decimal commas in semicolon-separated files,
// two-digit years, old Mac line ends, files whose encoding changes part-way.
#include <catch2/catch.hpp>

#include <algorithm>

#include "stages/ingest/ingest.hpp"
#include "stages/ingest/text_decoding.hpp"
#include "stages/model/period.hpp"

using namespace scorecard;

namespace {

const std::string kHeader =
    "Topic;Theme;Indicator;Polarity;Reporting Frequency;Previous Period;Previous Value;Latest Period;Latest Value;"
    "Trend;Target;Status RAG;National benchmark (quartile 1 = top);Most recent Statistical Neighbour average\n";

std::string row(const std::string& name, const std::string& previous, const std::string& latest,
                const std::string& target = "N/A", const std::string& average = "N/A") {
    return "Topic;Theme;" + name + ";High = Good;Quarter;Q2 2022/23;" + previous + ";Q3 2022/23;" + latest +
           ";Increase;" + target + ";N/A;N/A;" + average + "\n";
}

struct Read {
    Findings findings{"t.csv"};
    IngestResult result;
    const Indicator& indicator(std::size_t i) const { return result.scorecard.groups.at(0).indicators.at(i); }
    std::vector<const Finding*> with_code(const std::string& code) const {
        std::vector<const Finding*> out;
        for (const auto& f : findings.all())
            if (f.code == code) out.push_back(&f);
        return out;
    }
};

void read(const std::string& text, Read& r) { r.result = ingest_text(text, "t.csv", r.findings); }

}  // namespace

TEST_CASE("a semicolon table whose figures show a decimal comma is read with one", "[ingest][decimal-comma]") {
    Read r;
    read(kHeader + row("A", "0,5", "12,75%", "<20,8%", "13,3%") + row("B", "1,250", "1,300"), r);
    REQUIRE(r.result.ok);
    const Indicator& a = r.indicator(0);
    CHECK(a.previous.number == 0.5);
    CHECK(a.previous.text == "0,5");  // as written, for messages
    CHECK(a.latest.unit == Unit::Percent);
    CHECK(a.latest.number == 12.75);
    CHECK(a.latest.decimals == 2);
    CHECK(a.target.is_set());
    CHECK(a.target.value.number == 20.8);
    CHECK(a.target.text == "<20,8%");
    CHECK(a.neighbour_average.number == 13.3);
    // "1,250" could be either; in this table it is one and a quarter, and a warning says so.
    const Indicator& b = r.indicator(1);
    CHECK(b.previous.number == 1.25);
    CHECK(b.previous.decimals == 3);
    const auto notes = r.with_code("decimal-comma");
    REQUIRE(notes.size() == 1);
    CHECK(notes[0]->where.line == 2);
    CHECK(notes[0]->message.find("'0,5'") != std::string::npos);
    const auto warnings = r.with_code("ambiguous-comma");
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0]->severity == Severity::Warning);
    CHECK(warnings[0]->where.line == 3);
    CHECK(warnings[0]->message.find("Previous Value '1,250' of 'B' is read as 1.250") != std::string::npos);
    CHECK(warnings[0]->before == "1,250");
    CHECK(warnings[0]->after == "1.250");
}

TEST_CASE("a semicolon table with nothing to decide by reads 1,250 as 1250, and says so", "[ingest][decimal-comma]") {
    Read r;
    read(kHeader + row("B", "1,250", "1,300"), r);
    REQUIRE(r.result.ok);
    CHECK(r.indicator(0).previous.number == 1250);
    CHECK(r.indicator(0).previous.grouped);
    const auto warnings = r.with_code("ambiguous-comma");
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0]->message.find("is read as 1250, the comma separating thousands") != std::string::npos);
    CHECK(warnings[0]->message.find("if 1.250 is meant") != std::string::npos);
    CHECK(r.with_code("decimal-comma").empty());
}

TEST_CASE("a semicolon table that writes decimal points reads its commas as thousands, quietly", "[ingest][decimal-comma]") {
    Read r;
    read(kHeader + row("A", "22.60%", "23.10%") + row("B", "1,250", "1,300"), r);
    REQUIRE(r.result.ok);
    CHECK(r.indicator(1).previous.number == 1250);
    CHECK(r.with_code("ambiguous-comma").empty());
    // Tab- and comma-separated tables keep the comma as thousands, as always.
    Read tab;
    std::string header = kHeader, line = row("B", "1,250", "1,300");
    std::replace(header.begin(), header.end(), ';', '\t');
    std::replace(line.begin(), line.end(), ';', '\t');
    read(header + line, tab);
    REQUIRE(tab.result.ok);
    CHECK(tab.indicator(0).previous.number == 1250);
    CHECK(tab.with_code("ambiguous-comma").empty());
}

TEST_CASE("two-digit years are read between 1970 and 2069", "[ingest][periods]") {
    CHECK(parse_period("Sep-99").end_month == 1999 * 12 + 8);
    CHECK(parse_period("Sep-99").two_digit_year);
    CHECK(parse_period("Sep 69").end_month == 2069 * 12 + 8);
    CHECK(parse_period("Jan-70").end_month == 1970 * 12 + 0);
    CHECK(parse_period("Sep-22").end_month == 2022 * 12 + 8);
    CHECK_FALSE(parse_period("September 2022").two_digit_year);
    // Sep-99 sorts before Sep-22, not after it.
    CHECK(period_before(parse_period("Sep-99"), parse_period("Sep-22")));
    // A financial year's second half follows its first, whatever the century.
    CHECK(parse_period("1999/00").end_month == 2000 * 12 + 2);
}

TEST_CASE("a lone CR ends a line, for locations as for rows", "[ingest][locations]") {
    const std::string text = "ab\rcd\r\nef\ngh";
    CHECK(location_of_offset(text, 3).line == 2);  // 'c'
    CHECK(location_of_offset(text, 3).column == 1);
    CHECK(location_of_offset(text, 7).line == 3);  // 'e', after CRLF
    CHECK(location_of_offset(text, 10).line == 4);
    CHECK(location_of_offset(text, 11).column == 2);
}

TEST_CASE("a file that turns from UTF-8 to Windows-1252 is refused where it turns", "[ingest][encoding]") {
    // Pure ASCII, then a Windows-1252 en dash, then UTF-8 on a later line.
    Findings f("t.txt");
    DecodedText d = decode_text("Topic\tName\nA\tx \x96 y\nB\t\xC2\xA3 5\n", f);
    CHECK_FALSE(d.ok);
    REQUIRE(f.all().size() == 1);
    CHECK(f.all()[0].code == "invalid-utf8");
    CHECK(f.all()[0].where.line == 2);
    CHECK(f.all()[0].where.column == 5);
    CHECK(f.all()[0].message.find("line 3, column 3 has UTF-8") != std::string::npos);
    // Windows-1252 throughout: read, and the note points at the first byte that is not UTF-8.
    Findings g("t.txt");
    DecodedText w = decode_text("Topic\tName\nA\tx y\nB\t\xA3 5\n", g);
    CHECK(w.ok);
    CHECK(w.text.find("\xC2\xA3 5") != std::string::npos);
    REQUIRE(g.all().size() == 1);
    CHECK(g.all()[0].code == "encoding");
    CHECK(g.all()[0].where.line == 3);
    CHECK(g.all()[0].where.column == 3);
}

TEST_CASE("the GSS shorthand for no value reads as an empty cell, and a withheld figure as written",
          "[ingest][shorthand]") {
    // The columns of scorecard's own Data sheet: a figure, and beside it what stood there if not one.
    const std::string header =
        "Topic;Theme;Indicator;Polarity;Reporting Frequency;Previous Period;Previous Value;"
        "Previous value if not a figure;Latest Period;Latest Value;Latest value if not a figure;Trend;Target;"
        "Status RAG;National benchmark (quartile 1 = top);Most recent Statistical Neighbour average\n";
    Read r;
    read(header +
             "Topic;[x];A;High = Good;Quarter;Q2 2022/23;[x];N/A;Q3 2022/23;12.5%;[z];Increase;[z];[X];[z];[x]\n"
             "Topic;Theme;B;High = Good;Quarter;Q2 2022/23;[x];[z];Q3 2022/23;[c];[x];Increase;<20%;Green;1;2.5\n",
         r);
    REQUIRE(r.result.ok);
    const Indicator& a = r.indicator(0);
    CHECK(a.theme.text.empty());
    CHECK(a.previous.is_not_applicable());  // "N/A" beside the shorthand is what the table wrote
    CHECK(a.previous.text == "N/A");
    CHECK(a.latest.is_number());
    CHECK(a.latest.text == "12.5%");
    CHECK(a.target.text.empty());
    CHECK(a.stated_rag.text.empty());
    CHECK(a.quartile.is_blank());
    CHECK(a.neighbour_average.is_blank());
    const Indicator& b = r.indicator(1);
    CHECK(b.previous.is_blank());  // [x] and [z]: no value at all
    CHECK(b.latest.state == ValueState::Invalid);  // withheld is not blank
    CHECK(b.latest.text == "[c]");
}
