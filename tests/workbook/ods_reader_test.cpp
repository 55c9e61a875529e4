// The .ods reader on spreadsheets written part by part: the text LibreOffice saved beside each
// value, repeated rows and cells, spans, hidden sheets, rows and columns, formulas.
#include <catch2/catch.hpp>

#include "stages/ingest/ingest.hpp"
#include "workbook_maker.hpp"

using namespace scorecard;
using namespace scorecard::test;

namespace {

IngestResult read(const std::string& bytes, Findings& findings, const std::string& sheet = "") {
    IngestOptions options;
    options.sheet = sheet;
    return ingest_bytes(bytes, "book.ods", findings, options);
}

const Finding* find(const Findings& findings, const std::string& code) {
    for (const auto& f : findings.all())
        if (f.code == code) return &f;
    return nullptr;
}

std::string all_messages(const Findings& findings) {
    std::string out;
    for (const auto& f : findings.all()) out += format_finding(f) + "\n";
    return out;
}

// A cell of the given value type with its shown text.
std::string cell(const std::string& type, const std::string& value, const std::string& shown,
                 const std::string& more = "") {
    return "<table:table-cell office:value-type=\"" + type + "\" office:value=\"" + value + "\" " + more +
           "><text:p>" + shown + "</text:p></table:table-cell>";
}

std::string text_cell(const std::string& text, const std::string& more = "") {
    return "<table:table-cell office:value-type=\"string\" " + more + "><text:p>" + text + "</text:p></table:table-cell>";
}

std::string table(const std::string& name, const std::string& rows, const std::string& more = "") {
    return "<table:table table:name=\"" + name + "\" " + more + ">" + rows + "</table:table>";
}

}  // namespace

TEST_CASE("an .ods cell reads as the text saved beside its value", "[workbook][ods]") {
    const std::string row =
        "<table:table-row>" + text_cell("Help children", "table:number-rows-spanned=\"2\"") + text_cell("CFWS") +
        // spaces, a tab and a line break in the text; a comment that is not part of it
        "<table:table-cell office:value-type=\"string\"><text:p>Families<text:s text:c=\"2\"/>worked<text:tab/>"
        "with<text:line-break/>in period<office:annotation><text:p>a comment</text:p></office:annotation>"
        "</text:p></table:table-cell>" +
        text_cell("N/A") + text_cell("Quarter") + text_cell("Q3 2021/22") +
        cell("percentage", "0.226", "22.60%") + text_cell("Q3 2022/23") +
        // a value saved without its text: the general format
        "<table:table-cell office:value-type=\"float\" office:value=\"1435\"/>" + text_cell("Decrease") +
        "<table:table-cell table:number-columns-repeated=\"4\" office:value-type=\"string\"><text:p>N/A</text:p>"
        "</table:table-cell></table:table-row>";
    const std::string second = "<table:table-row><table:covered-table-cell/>" + text_cell("CFWS") +
                               text_cell("Second indicator") + text_cell("N/A") + text_cell("Quarter") +
                               text_cell("Q3 2021/22") + cell("float", "3775", "3,775") + text_cell("Q3 2022/23") +
                               cell("float", "3489", "3,489") + text_cell("Decrease") +
                               "<table:table-cell table:number-columns-repeated=\"4\" office:value-type=\"string\">"
                               "<text:p>N/A</text:p></table:table-cell></table:table-row>";
    Findings findings("book.ods");
    const IngestResult r = read(make_ods(table("Q4", ods_row(kFlatHeader) + row + second)), findings);
    INFO(all_messages(findings));
    REQUIRE(r.ok);
    REQUIRE(r.scorecard.indicator_count() == 2);
    const Group& g = r.scorecard.groups.front();
    CHECK(g.indicators[0].name.text == "Families  worked\twith\nin period");
    CHECK(g.indicators[0].previous.text == "22.60%");
    CHECK(g.indicators[0].latest.text == "1435");
    CHECK(g.indicators[0].neighbour_average.text == "N/A");  // the fourth of four repeated cells
    CHECK(g.indicators[1].group == "Help children");         // spanned down over the covered cell
    CHECK(g.indicators[1].previous.text == "3,775");
    CHECK(r.scorecard.source_format == "ods");
    CHECK(format_finding(*find(findings, "layout")).rfind("book.ods:Q4!A1: note: header row found", 0) == 0);
}

TEST_CASE("repeated rows with text are that many rows; a million empty ones are nothing", "[workbook][ods]") {
    const std::string row = ods_row(kFlatRow, "table:number-rows-repeated=\"3\"");
    const std::string empty = "<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell "
                              "table:number-columns-repeated=\"1024\"/></table:table-row>";
    Findings findings("book.ods");
    const IngestResult r = read(make_ods(table("Q4", ods_row(kFlatHeader) + row + empty)), findings);
    INFO(all_messages(findings));
    REQUIRE(r.ok);
    CHECK(r.scorecard.indicator_count() == 3);
    CHECK(r.scorecard.groups.front().indicators[2].line == 4);
}

TEST_CASE("hidden .ods sheets, rows and columns are left out and said", "[workbook][ods]") {
    const std::string styles =
        "<style:style style:name=\"ta2\" style:family=\"table\"><style:table-properties table:display=\"false\"/>"
        "</style:style>";
    std::vector<std::string> header = kFlatHeader, row = kFlatRow, draft = kFlatRow;
    header.insert(header.begin() + 1, "Working");
    row.insert(row.begin() + 1, "junk");
    draft.insert(draft.begin() + 1, "junk");
    draft[3] = "Draft indicator";
    const std::string columns = "<table:table-column/><table:table-column table:visibility=\"collapse\"/>"
                                "<table:table-column table:number-columns-repeated=\"14\"/>";
    const std::string tables = table("Old", ods_row(kFlatHeader) + ods_row(kFlatRow), "table:style-name=\"ta2\"") +
                               table("Q4", columns + ods_row(header) + ods_row(row) +
                                               ods_row(draft, "table:visibility=\"collapse\""));
    Findings findings("book.ods");
    const IngestResult r = read(make_ods(tables, styles), findings);
    INFO(all_messages(findings));
    REQUIRE(r.ok);
    CHECK(r.scorecard.indicator_count() == 1);
    CHECK(r.scorecard.groups.front().indicators[0].theme.text == "CFWS");
    CHECK(find(findings, "hidden-rows"));
    CHECK(find(findings, "hidden-columns"));
    CHECK(find(findings, "workbook-sheet")->message.find("not read: 'Old' (hidden)") != std::string::npos);

    Findings named("book.ods");
    CHECK(read(make_ods(tables, styles), named, "Old").scorecard.source_sheet == "Old");
    Findings missing("book.ods");
    CHECK_FALSE(read(make_ods(tables, styles), missing, "Q5").ok);
    CHECK(find(missing, "no-such-sheet")->message == "the workbook has no sheet named 'Q5'; its sheets are 'Old', 'Q4'");
}

TEST_CASE(".ods formulas: a saved error or no saved result is a located error", "[workbook][ods]") {
    std::string cells;
    for (std::size_t c = 0; c < kFlatRow.size(); ++c) {
        if (c == 8)
            cells += "<table:table-cell table:formula=\"of:=1/0\" office:value-type=\"float\" office:value=\"0\" "
                     "calcext:value-type=\"error\"><text:p>#DIV/0!</text:p></table:table-cell>";
        else if (c == 6)
            cells += "<table:table-cell table:formula=\"of:=SUM([.A1:.A2])\"/>";
        else
            cells += text_cell(kFlatRow[c]);
    }
    Findings findings("book.ods");
    read(make_ods(table("Q4", ods_row(kFlatHeader) + "<table:table-row>" + cells + "</table:table-row>")), findings);
    INFO(all_messages(findings));
    REQUIRE(find(findings, "error-cell"));
    CHECK(format_finding(*find(findings, "error-cell")) ==
          "book.ods:Q4!I2: error: cell I2 holds the error #DIV/0! (its formula of:=1/0 could not be worked out); "
          "correct it in the workbook");
    REQUIRE(find(findings, "formula-without-value"));
    CHECK(format_finding(*find(findings, "formula-without-value")).rfind("book.ods:Q4!G2: error: cell G2 holds a formula", 0) ==
          0);
}
