// Ingest reads and records; validate repairs. After ingest the model holds the cells as the
// table has them (glyphs, doubled words, a row one cell short, two rows with one id, a line
// outside the table) and no repair has been made or reported; validate makes each repair and
// reports it with the text before and after.
#include <catch2/catch.hpp>

#include <set>

#include "stages/ingest/ingest.hpp"
#include "stages/validate/validate.hpp"
#include "support/model_fixtures.hpp"
#include "support/test_paths.hpp"

using namespace scorecard;
using namespace scorecard::test;

namespace {

const std::set<std::string> kRepairCodes = {"extraction-artefact", "chart-glyphs",       "rag-in-chart-column",
                                             "short-row",           "run-together-cells", "duplicate-id",
                                             "text-outside-table",  "blank-page-text",    "frequency-repaired"};

std::multiset<std::string> repair_codes(const Findings& findings) {
    std::multiset<std::string> codes;
    for (const auto& f : findings.all())
        if (kRepairCodes.count(f.code)) codes.insert(f.code);
    return codes;
}

const Finding& finding(const Findings& findings, const std::string& code, int line) {
    for (const auto& f : findings.all())
        if (f.code == code && f.where.line == line) return f;
    FAIL("no " << code << " finding on line " << line);
    throw std::logic_error("unreachable");
}

const std::string kFlatHeader =
    "Topic\tTheme\tIndicator\tId\tPolarity\tReporting Frequency\tPrevious Period\tPrevious Value\tLatest Period\t"
    "Latest Value\tTrend\tTarget\tStatus RAG\tNational benchmark (quartile 1 = top)\t"
    "Most recent Statistical Neighbour average\n";

}  // namespace

TEST_CASE("2019/20: ingest keeps the cells as extracted; validate repairs and reports them", "[validate][repairs]") {
    Findings findings(fixture_path("children-families-2019-20-q3.txt"));
    IngestResult read = ingest_file(fixture_path("children-families-2019-20-q3.txt"), findings);
    REQUIRE(read.ok);
    CHECK(repair_codes(findings).empty());
    Scorecard& s = read.scorecard;

    const char* second = "% of children becoming subject to a child protection plan for second or subsequent time";
    CHECK(indicator_named(s, second).stated_direction.text == "Better Better");
    CHECK(indicator_named(s, second).trend_chart.text == "I B B B A");
    CHECK(indicator_named(s, second).stated_rag.text.empty());
    const char* emotional = "The average emotional health strengths/difficulties score for children in care. (low = good)";
    const RowAsRead& short_row = indicator_named(s, emotional).as_read;
    CHECK(short_row.cells == 7);
    CHECK(short_row.expected_cells == 8);
    REQUIRE(short_row.unplaced.size() == 3);
    CHECK(short_row.unplaced[2].text == "2 14.2");
    CHECK(indicator_named(s, emotional).quartile.is_blank());  // not placed by ingest
    REQUIRE(s.lines_outside_table.size() == 1);
    CHECK(s.lines_outside_table[0].text == "This page is intentionally left blank");

    validate(s, findings);
    CHECK(repair_codes(findings) == std::multiset<std::string>{
                                        "blank-page-text",    "chart-glyphs",        "chart-glyphs",
                                        "chart-glyphs",       "chart-glyphs",        "extraction-artefact",
                                        "extraction-artefact", "extraction-artefact", "extraction-artefact",
                                        "extraction-artefact", "rag-in-chart-column", "rag-in-chart-column",
                                        "rag-in-chart-column", "rag-in-chart-column", "rag-in-chart-column",
                                        "run-together-cells", "short-row",           "short-row",
                                        "short-row",          "short-row",           "short-row",
                                        "short-row",          "short-row",           "short-row"});
    CHECK(indicator_named(s, second).stated_direction.text == "Better");
    CHECK(indicator_named(s, second).stated_rag.rag == Rag::Amber);
    CHECK(indicator_named(s, emotional).quartile.number == 2);
    CHECK(indicator_named(s, emotional).neighbour_average.number == 14.2);
    const Finding& split = finding(findings, "run-together-cells", 16);
    CHECK(split.before == "2 14.2");
    CHECK(split.after == "2 | 14.2");
    // "Higher Higher" says polarity does not apply once its doubled word is dropped.
    const Indicator& individuals = indicator_named(s, "No. of individuals with an Early Help assessment");
    CHECK(individuals.stated_direction.text == "Higher");
    CHECK(individuals.polarity == Polarity::None);
}

TEST_CASE("a 2019/20 Status cell of glyphs alone is read as no rating, not as an unknown one", "[validate][repairs]") {
    const std::string table =
        "Made-up scorecard FY2019/20 Q3\tLatest update\tCurrent Performance\tCompared to previous data point\t"
        "Trend Charts\tStatus (RAG)\tNational benchmark (quartile 1 = top)\tMost recent Statistical Neighbour average\n"
        "Made-up outcome\n"
        "Made-up indicator (low = good)\tQ3\t12.0%\tBetter\t\xE2\x96\xA0\t\xE2\x96\xA0 \xE2\x80\x94\t2\t13.0%\n";
    Findings findings("glyphs.txt");
    IngestResult read = ingest_text(table, "glyphs.txt", findings);
    REQUIRE(read.ok);
    validate(read.scorecard, findings);
    const Indicator& ind = read.scorecard.groups.at(0).indicators.at(0);
    CHECK(ind.stated_rag.rag == Rag::None);
    CHECK(ind.stated_rag.text.empty());
    CHECK_FALSE(findings.has_errors());
    CHECK(finding(findings, "extraction-artefact", 3).after.empty());
    CHECK(finding(findings, "chart-glyphs", 3).before == "\xE2\x96\xA0");
}

TEST_CASE("2022/23: a short row, a line outside the table and two rows with one id, repaired by validate",
          "[validate][repairs]") {
    const std::string row = "Made-up topic\tTheme\tMade-up indicator\tCF01\tHigh = Good\tQuarter\tQ2 2022/23\t11.3%\t"
                            "Q3 2022/23\t12.0%\tIncrease\tN/A\tAmber\t2\t13.3%\n";
    const std::string short_row = "Made-up topic\tTheme\tAnother indicator\tCF01\tHigh = Good\tQuarter\tQ2 2022/23\t"
                                  "11.3%\tQ3 2022/23\t12.0%\tIncrease\tN/A\tAmber\n";
    Findings findings("made-up.txt");
    IngestResult read = ingest_text(kFlatHeader + row + "A note typed under the table\n" + short_row, "made-up.txt", findings);
    REQUIRE(read.ok);
    CHECK(repair_codes(findings).empty());
    Scorecard& s = read.scorecard;
    const Indicator& second = s.groups.at(0).indicators.at(1);
    CHECK(second.id == "CF01");  // as stated, twice
    CHECK(second.as_read.id_stated);
    CHECK(second.as_read.cells == 13);
    CHECK(second.as_read.expected_cells == 15);
    REQUIRE(s.lines_outside_table.size() == 1);
    CHECK(s.lines_outside_table[0].where.line == 3);

    validate(s, findings);
    CHECK(second.id == "CF01-2");
    const Finding& duplicate = finding(findings, "duplicate-id", 4);
    CHECK(duplicate.message.find("Id 'CF01' is used by an earlier row too") != std::string::npos);
    CHECK(duplicate.before == "CF01");
    CHECK(duplicate.after == "CF01-2");
    const Finding& shortened = finding(findings, "short-row", 4);
    CHECK(shortened.severity == Severity::Warning);
    CHECK(shortened.message.find("row has 13 cells; the header has 15") != std::string::npos);
    const Finding& outside = finding(findings, "text-outside-table", 3);
    CHECK(outside.before == "A note typed under the table");
}
