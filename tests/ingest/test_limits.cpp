// The limits ingest keeps, each with a clear located error (the real limits are far above any
// scorecard; here they are lowered so the tests stay small).
#include <catch2/catch.hpp>

#include "stages/ingest/ingest.hpp"

using namespace scorecard;

namespace {

const std::string kHeader =
    "Topic\tTheme\tIndicator\tPolarity\tReporting Frequency\tPrevious Period\tPrevious Value\tLatest Period\t"
    "Latest Value\tTrend\tTarget\tStatus RAG\tNational benchmark (quartile 1 = top)\t"
    "Most recent Statistical Neighbour average\n";
const std::string kRow = "T\tTh\tI\tN/A\tQuarter\tQ2 2022/23\t1\tQ3 2022/23\t2\tIncrease\tN/A\tN/A\tN/A\tN/A\n";

const Finding* first_error(const Findings& f) {
    for (const auto& x : f.all())
        if (x.severity == Severity::Error) return &x;
    return nullptr;
}

}  // namespace

TEST_CASE("a file past the size limit is refused before it is read", "[limits]") {
    IngestLimits limits;
    limits.max_file_bytes = 100;
    Findings f("big.txt");
    IngestResult r = ingest_text(kHeader + kRow, "big.txt", f, limits);
    CHECK_FALSE(r.ok);
    REQUIRE(first_error(f));
    CHECK(first_error(f)->code == "file-too-large");
}

TEST_CASE("a table past the row limit is refused at the row that passes it", "[limits]") {
    IngestLimits limits;
    limits.max_rows = 5;
    std::string text = kHeader;
    for (int i = 0; i < 10; ++i) text += kRow;
    Findings f("rows.txt");
    CHECK_FALSE(ingest_text(text, "rows.txt", f, limits).ok);
    REQUIRE(first_error(f));
    CHECK(first_error(f)->code == "too-many-rows");
    CHECK(first_error(f)->where.line == 6);
    // At the limit it is fine.
    limits.max_rows = 11;
    Findings ok("rows.txt");
    CHECK(ingest_text(text, "rows.txt", ok, limits).ok);
}

TEST_CASE("a line, a cell or a row past its limit is refused where it happens", "[limits]") {
    IngestLimits limits;
    limits.max_line_bytes = 300;
    Findings line("line.txt");
    CHECK_FALSE(ingest_text(kHeader + kRow + std::string(400, 'x') + "\tx\n", "line.txt", line, limits).ok);
    CHECK(first_error(line)->code == "line-too-long");
    CHECK(first_error(line)->where.line == 3);

    IngestLimits cells;
    cells.max_cell_bytes = 50;
    Findings cell("cell.txt");
    CHECK_FALSE(ingest_text(kHeader + "T\tTh\t" + std::string(60, 'y') + "\n", "cell.txt", cell, cells).ok);
    CHECK(first_error(cell)->code == "cell-too-long");
    CHECK(first_error(cell)->where.line == 2);
    CHECK(first_error(cell)->where.column == 6);

    IngestLimits columns;
    columns.max_columns = 14;
    Findings column("columns.txt");
    CHECK_FALSE(ingest_text(kHeader + kRow.substr(0, kRow.size() - 1) + "\textra\n", "columns.txt", column, columns).ok);
    CHECK(first_error(column)->code == "too-many-columns");
}

TEST_CASE("a quote left open swallows nothing: it is an error at the quote", "[limits]") {
    Findings f("quote.csv");
    std::string csv = "Topic,Theme,Indicator\nA,\"B,C\nD,E,F\n";
    CHECK_FALSE(ingest_text(csv, "quote.csv", f).ok);
    CHECK(first_error(f)->code == "unterminated-quote");
    CHECK(first_error(f)->where.line == 2);
    CHECK(first_error(f)->where.column == 3);
}

TEST_CASE("doubled quotes inside quotes are one quote, however many", "[limits][csv]") {
    const std::string header =
        "Topic,Theme,Indicator,Polarity,Reporting Frequency,Previous Period,Previous Value,Latest Period,"
        "Latest Value,Trend,Target,Status RAG,National benchmark (quartile 1 = top),"
        "Most recent Statistical Neighbour average\n";
    std::string name = "\"" + std::string(2000, '"') + "\"";  // 1,000 quote characters
    Findings f("quotes.csv");
    IngestResult r = ingest_text(header + "T,Th," + name + ",N/A,Quarter,Q2 2022/23,1,Q3 2022/23,2,Increase,N/A,N/A,N/A,N/A\n",
                                 "quotes.csv", f);
    REQUIRE(r.ok);
    CHECK(r.scorecard.groups[0].indicators[0].name.text == std::string(1000, '"'));
}
