// The .xlsx reader on workbooks written part by part: what each kind of cell reads as, which
// sheet is read, what is left out and said, and every limit with its located error.
#include <catch2/catch.hpp>

#include <map>

#include "stages/ingest/ingest.hpp"
#include "workbook_maker.hpp"

using namespace scorecard;
using namespace scorecard::test;

namespace {

IngestResult read(const std::string& bytes, Findings& findings, const std::string& sheet = "",
                  const IngestLimits& limits = {}) {
    IngestOptions options;
    options.sheet = sheet;
    options.limits = limits;
    return ingest_bytes(bytes, "book.xlsx", findings, options);
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

const Indicator& only_indicator(const IngestResult& r) {
    REQUIRE(r.scorecard.indicator_count() == 1);
    return r.scorecard.groups.front().indicators.front();
}

// The flat table's row `row` as inline strings, with the cells of some columns (0-based)
// given as XML instead.
std::string flat_row(int row, const std::map<int, std::string>& instead = {}) {
    std::string out = "<row r=\"" + std::to_string(row) + "\">";
    for (std::size_t c = 0; c < kFlatRow.size(); ++c) {
        auto it = instead.find(static_cast<int>(c));
        if (it != instead.end()) {
            out += it->second;
            continue;
        }
        out += "<c r=\"" + std::string(1, static_cast<char>('A' + c)) + std::to_string(row) +
               "\" t=\"inlineStr\"><is><t>" + kFlatRow[c] + "</t></is></c>";
    }
    return out + "</row>";
}

// The flat header in row 1 and the flat row in row 2.
std::string flat_table(const std::map<int, std::string>& instead = {}, const std::string& after = "") {
    return sheet_xml(text_row(1, kFlatHeader) + flat_row(2, instead), "", after);
}

const std::string kStyles =
    "<?xml version=\"1.0\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"0.0%&quot; (28)&quot;\"/>"
    "<numFmt numFmtId=\"165\" formatCode=\"mmm\\-yy\"/></numFmts>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"10\"/></cellStyleXfs>"
    "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"10\"/><xf numFmtId=\"164\"/><xf numFmtId=\"3\"/>"
    "<xf numFmtId=\"165\"/></cellXfs></styleSheet>";

}  // namespace

TEST_CASE("numbers read as their style's number format shows them", "[workbook][xlsx]") {
    XlsxParts parts;
    parts.styles = kStyles;
    // Previous value 0.226 in the built-in 0.00% (style 1), latest 1435 in #,##0 (style 3).
    parts.sheets.push_back(
        {"Q4", flat_table({{6, "<c r=\"G2\" s=\"1\"><v>0.226</v></c>"}, {8, "<c r=\"I2\" s=\"3\"><v>1435</v></c>"}}), "",
         false});
    Findings findings("book.xlsx");
    const IngestResult r = read(make_xlsx(parts), findings);
    INFO(all_messages(findings));
    REQUIRE(r.ok);
    const Indicator& i = only_indicator(r);
    CHECK(i.previous.text == "22.60%");
    CHECK(i.previous.decimals == 2);
    CHECK(i.previous.unit == Unit::Percent);
    CHECK(i.latest.text == "1,435");
    CHECK(i.latest.grouped);
    CHECK(r.scorecard.source_format == "xlsx");
    CHECK(r.scorecard.source_sheet == "Q4");
}

TEST_CASE("every kind of cell reads as the text it shows", "[workbook][xlsx]") {
    XlsxParts parts;
    parts.styles = kStyles;
    // Shared strings: plain, rich text in runs with a phonetic guide, and an escaped character.
    parts.shared_strings =
        "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<si><t>Help children</t></si>"
        "<si><r><rPr><b/></rPr><t xml:space=\"preserve\">Families </t></r><r><t>worked with</t></r>"
        "<rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh></si>"
        "<si><t>Line_x000A_break</t></si></sst>";
    const std::string rows =
        text_row(1, kFlatHeader) +
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"str\"><f>\"CF\"&amp;\"WS\"</f><v>CFWS</v></c>"
        "<c r=\"C2\" t=\"s\"><v>1</v></c><c r=\"D2\" t=\"inlineStr\"><is><r><t>N/</t></r><r><t>A</t></r></is></c>"
        "<c r=\"E2\" t=\"b\"><v>1</v></c><c r=\"F2\" s=\"4\"><v>44805</v></c><c r=\"G2\" s=\"2\"><v>0.152</v></c>"
        "<c r=\"H2\" t=\"d\" s=\"4\"><v>2022-12-01T00:00:00</v></c><c r=\"I2\"><f>G2*2</f><v>0.304</v></c>"
        // no r attributes: the cells follow the one before
        "<c t=\"inlineStr\"><is><t>Increase</t></is></c><c t=\"inlineStr\"><is><t>N/A</t></is></c>"
        "<c r=\"L2\" t=\"s\"><v>2</v></c></row>";
    parts.sheets.push_back({"Q4", sheet_xml(rows), "", false});
    Findings findings("book.xlsx");
    const IngestResult r = read(make_xlsx(parts), findings);
    INFO(all_messages(findings));
    const Indicator& i = only_indicator(r);
    CHECK(i.group == "Help children");
    CHECK(i.theme.text == "CFWS");  // a formula's saved string result
    CHECK(i.name.text == "Families worked with");  // runs joined, the phonetic guide left out
    CHECK(i.polarity_text.text == "N/A");
    CHECK(i.frequency.text == "TRUE");
    CHECK(i.previous_period.text == "Sep-22");
    CHECK(i.previous.text == "15.2% (28)");
    CHECK(i.latest_period.text == "Dec-22");  // an ISO date cell through its style
    CHECK(i.latest.text == "0.304");           // a formula's saved number, General
    CHECK(i.stated_trend.text == "Increase");
    CHECK(i.target.text == "N/A");
    CHECK(i.stated_rag.text == "Line\nbreak");
    CHECK(i.stated_rag.where.column == 12);
    CHECK(i.stated_rag.where.sheet != 0);
}

TEST_CASE("the 1904 date system", "[workbook][xlsx]") {
    XlsxParts parts;
    parts.styles = kStyles;
    parts.date1904 = true;
    parts.sheets.push_back({"Q4", flat_table({{5, "<c r=\"F2\" s=\"4\"><v>43343</v></c>"}}), "", false});
    Findings findings("book.xlsx");
    const IngestResult r = read(make_xlsx(parts), findings);
    const Indicator& i = only_indicator(r);
    CHECK(i.previous_period.text == "Sep-22");
}

TEST_CASE("an error value or a formula with no result is an error in the table, a warning outside it",
          "[workbook][xlsx]") {
    Findings inside("book.xlsx");
    read(make_xlsx(flat_table({{8, "<c r=\"I2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"}})), inside);
    const Finding* error = find(inside, "error-cell");
    REQUIRE(error);
    CHECK(error->severity == Severity::Error);
    CHECK(format_finding(*error).rfind("book.xlsx:Q4!I2: error: cell I2 holds the error #DIV/0!", 0) == 0);

    Findings outside("book.xlsx");
    // An error value in a title row above the header, a formula past the table's last column.
    std::string row3 = flat_row(3);
    row3.insert(row3.size() - 6, "<c r=\"P3\"><f>SUM(A1:A2)</f></c>");
    const std::string sheet =
        sheet_xml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Scorecard notes</t></is></c>"
                  "<c r=\"B1\" t=\"e\"><v>#N/A</v></c></row>" +
                  text_row(2, kFlatHeader) + row3);
    const IngestResult r = read(make_xlsx(sheet), outside);
    INFO(all_messages(outside));
    CHECK(r.ok);
    CHECK_FALSE(outside.has_errors());
    REQUIRE(find(outside, "error-cell"));
    CHECK(find(outside, "error-cell")->severity == Severity::Warning);
    const Finding* warning = find(outside, "formula-without-value");
    REQUIRE(warning);
    CHECK(warning->severity == Severity::Warning);
    CHECK(format_finding(*warning).find("book.xlsx:Q4!P3: warning: cell P3 holds a formula (=SUM(A1:A2))") == 0);
}

TEST_CASE("hidden rows and columns are left out and said; merged cells fill down, not across", "[workbook][xlsx]") {
    std::vector<std::string> header = kFlatHeader;
    header.insert(header.begin() + 2, "Working");
    std::vector<std::string> row = kFlatRow;
    row.insert(row.begin() + 2, "junk");
    std::vector<std::string> second = row;
    second[0] = "";
    second[3] = "Another indicator";
    std::vector<std::string> hidden = row;
    hidden[3] = "Hidden draft";
    std::string rows = text_row(1, header) + text_row(2, row) +
                       text_row(3, hidden).replace(0, 9, "<row r=\"3\" hidden=\"1\">") + text_row(4, second) +
                       text_row(6, {"Spacer title across", "", ""});
    const std::string cols = "<cols><col min=\"3\" max=\"3\" width=\"9\" hidden=\"1\"/></cols>";
    const std::string merges =
        "<mergeCells count=\"2\"><mergeCell ref=\"A2:A4\"/><mergeCell ref=\"A6:E6\"/></mergeCells>";
    Findings findings("book.xlsx");
    const IngestResult r = read(make_xlsx(sheet_xml(rows, cols, merges)), findings);
    INFO(all_messages(findings));
    REQUIRE(r.scorecard.indicator_count() == 2);
    const Group& g = r.scorecard.groups.front();
    CHECK(g.indicators[1].name.text == "Another indicator");
    CHECK(g.indicators[1].group == "Help children");  // filled down from A2
    CHECK(g.indicators[0].theme.text == "CFWS");       // the hidden column C is not a cell
    CHECK(find(findings, "hidden-rows"));
    CHECK(find(findings, "hidden-columns"));
    CHECK(format_finding(*find(findings, "hidden-rows")) ==
          "book.xlsx:Q4: note: row 3 is hidden in the workbook and is left out (its readers do not see it)");
    CHECK(format_finding(*find(findings, "merged-cells")).find("A2:A4") != std::string::npos);
    // The heading merged across fills nothing: its row is one cell, text outside the table.
    CHECK(find(findings, "text-outside-table"));
}

TEST_CASE("the sheet read: the first visible one with a header, or the one --sheet names", "[workbook][xlsx]") {
    XlsxParts parts;
    parts.sheets.push_back({"Cover", sheet_xml(text_row(1, {"Performance report"})), "", false});
    parts.sheets.push_back({"Chart", "", "", true});
    std::vector<std::string> old_row = kFlatRow;
    old_row[2] = "Last year's indicator";
    parts.sheets.push_back({"Old", sheet_xml(text_row(1, kFlatHeader) + text_row(2, old_row)), "hidden", false});
    parts.sheets.push_back({"Q4 data", sheet_xml(text_row(1, kFlatHeader) + text_row(2, kFlatRow)), "", false});
    const std::string book = make_xlsx(parts);

    Findings first("book.xlsx");
    const IngestResult r = read(book, first);
    INFO(all_messages(first));
    CHECK(only_indicator(r).name.text == "Families worked with by CFWS during period");
    CHECK(r.scorecard.source_sheet == "Q4 data");
    CHECK(format_finding(*find(first, "workbook-sheet")) ==
          "book.xlsx:'Q4 data': note: read sheet 'Q4 data' of the .xlsx workbook (the first visible sheet whose header "
          "row matches a layout); not read: 'Cover' (no header row), 'Chart' (a chart sheet), 'Old' (hidden)");
    CHECK(format_finding(*find(first, "layout")).rfind("book.xlsx:'Q4 data'!A1: note:", 0) == 0);

    Findings named("book.xlsx");
    const IngestResult old = read(book, named, "Old");
    CHECK(only_indicator(old).name.text == "Last year's indicator");
    CHECK(find(named, "hidden-sheet"));

    Findings missing("book.xlsx");
    CHECK_FALSE(read(book, missing, "Q5").ok);
    REQUIRE(find(missing, "no-such-sheet"));
    CHECK(find(missing, "no-such-sheet")->message ==
          "the workbook has no sheet named 'Q5'; its sheets are 'Cover', 'Chart', 'Old', 'Q4 data'");

    Findings cover("book.xlsx");
    CHECK_FALSE(read(book, cover, "Cover").ok);
    REQUIRE(find(cover, "no-header"));
    CHECK(format_finding(*find(cover, "no-header")).rfind("book.xlsx:Cover: error: sheet 'Cover' has no header row", 0) ==
          0);
}

TEST_CASE("formatted empty rows and columns around the table are not part of it", "[workbook][xlsx]") {
    std::string rows = text_row(1, kFlatHeader);
    // Row 2 with formatted empty cells far to the right; then 20,000 formatted empty rows.
    std::string row2 = text_row(2, kFlatRow);
    row2.insert(row2.size() - 6, "<c r=\"Z2\" s=\"1\"/><c r=\"XFD2\" s=\"1\"/>");
    rows += row2;
    for (int r = 3; r < 20003; ++r)
        rows += "<row r=\"" + std::to_string(r) + "\" s=\"1\" customFormat=\"1\"><c r=\"A" + std::to_string(r) +
                "\" s=\"1\"/></row>";
    Findings findings("book.xlsx");
    const IngestResult r = read(make_xlsx(sheet_xml(rows)), findings);
    INFO(all_messages(findings));
    CHECK(r.ok);
    CHECK_FALSE(findings.has_errors());
    CHECK(only_indicator(r).neighbour_average.text == "N/A");
}

TEST_CASE("a damaged workbook is refused with what is wrong", "[workbook][xlsx]") {
    struct Case {
        std::string sheet, code, message;
    };
    const std::vector<Case> cases = {
        {sheet_xml(text_row(1, kFlatHeader) + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row>"), "damaged-workbook",
         "cell A2 refers to shared string 7, which the workbook does not have"},
        {sheet_xml(text_row(1, kFlatHeader) + "<row r=\"2\"><c r=\"A2\"><v>twelve</v></c></row>"), "damaged-workbook",
         "cell A2 holds \"twelve\" where a number belongs"},
        {sheet_xml(text_row(3, kFlatHeader) + text_row(2, kFlatRow)), "damaged-workbook", "row 2 comes after row 3"},
        {sheet_xml(text_row(1, kFlatHeader)).substr(0, 200), "damaged-workbook", "is not well-formed XML"},
        {sheet_xml(text_row(1, kFlatHeader) + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>a\x01z</t></is></c></row>")
             .replace(0, 0, ""),
         "damaged-workbook", "not well-formed"},
        {sheet_xml(text_row(1, kFlatHeader) + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>a_x0001_z</t></is></c></row>"),
         "control-character", "cell A2 holds the control character 0x01"},
    };
    for (const auto& c : cases) {
        Findings findings("book.xlsx");
        CHECK_FALSE(read(make_xlsx(c.sheet), findings).ok);
        INFO(all_messages(findings));
        const Finding* f = find(findings, c.code);
        REQUIRE(f);
        CHECK(f->message.find(c.message) != std::string::npos);
    }
}

TEST_CASE("the limits on what a workbook may unpack to", "[workbook][xlsx][limits]") {
    const std::string book = make_xlsx(flat_table());
    auto error_with = [&](const std::string& bytes, IngestLimits limits) {
        Findings findings("book.xlsx");
        const IngestResult r = read(bytes, findings, "", limits);
        CHECK_FALSE(r.ok);
        for (const auto& f : findings.all())
            if (f.severity == Severity::Error) return f.code + ": " + f.message;
        return std::string("no error");
    };
    IngestLimits entries;
    entries.workbook.max_entries = 3;
    CHECK(error_with(book, entries).rfind("too-many-entries: the archive holds 5 entries; the limit is 3", 0) == 0);
    IngestLimits part;
    part.workbook.max_part_bytes = 500;
    CHECK(error_with(book, part).rfind("archive-too-large: the entry xl/worksheets/sheet1.xml would unpack to", 0) == 0);
    IngestLimits total;
    total.workbook.max_total_bytes = 1500;
    CHECK(error_with(book, total).rfind("archive-too-large: the workbook unpacks to more than", 0) == 0);
    IngestLimits ratio;
    ratio.workbook.max_ratio = 2;
    ratio.workbook.ratio_from_bytes = 100;
    CHECK(error_with(book, ratio).find("zip-bomb: ") == 0);
    IngestLimits columns;
    columns.max_columns = 10;
    CHECK(error_with(book, columns) == "too-many-columns: cell K1 is past the 10th column; the limit is 10 columns");
    IngestLimits rows;
    rows.max_rows = 1;
    CHECK(error_with(book, rows).rfind("too-many-rows: the sheet has more than 1 rows with text", 0) == 0);
    IngestLimits cell;
    cell.max_cell_bytes = 20;
    CHECK(error_with(book, cell).rfind("cell-too-long: cell M1 is longer than", 0) == 0);

    XlsxParts strings;
    strings.shared_strings = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>a</t></si>"
                             "<si><t>b</t></si><si><t>c</t></si></sst>";
    strings.sheets.push_back({"Q4", sheet_xml(text_row(1, kFlatHeader)), "", false});
    IngestLimits shared;
    shared.workbook.max_shared_strings = 2;
    CHECK(error_with(make_xlsx(strings), shared).rfind("too-many-strings: ", 0) == 0);

    std::string merges = "<mergeCells>";
    for (int i = 3; i < 10; ++i) merges += "<mergeCell ref=\"A" + std::to_string(i) + ":B" + std::to_string(i) + "\"/>";
    merges += "</mergeCells>";
    IngestLimits merged;
    merged.workbook.max_merged_ranges = 5;
    CHECK(error_with(make_xlsx(sheet_xml(text_row(1, kFlatHeader) + text_row(2, kFlatRow), "", merges)), merged)
              .rfind("too-many-merges: ", 0) == 0);
}

TEST_CASE("a workbook with macros is read for its values; the macros are never run", "[workbook][xlsx]") {
    XlsxParts parts;
    parts.sheets.push_back({"Q4", sheet_xml(text_row(1, kFlatHeader) + text_row(2, kFlatRow)), "", false});
    parts.extra.push_back({"xl/vbaProject.bin", std::string(200, '\x01')});
    Findings findings("book.xlsm");
    const IngestResult r = read(make_xlsx(parts), findings);
    CHECK(r.ok);
    REQUIRE(find(findings, "macros-not-run"));
    CHECK(format_finding(*find(findings, "macros-not-run")).rfind("book.xlsm: note: the workbook holds macros", 0) == 0);
}
