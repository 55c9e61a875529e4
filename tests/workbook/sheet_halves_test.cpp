// A large sheet is read by two threads, a half each (stages/ingest/workbook/sheet_halves.hpp).
// Here every sheet is read so, however small: the halves must join into exactly what reading
// it whole gives, wherever the middle falls, and anything odd must fall back to reading whole.
#include <catch2/catch.hpp>

#include "stages/ingest/ingest.hpp"
#include "support/test_paths.hpp"
#include "workbook_maker.hpp"

using namespace scorecard;
using namespace scorecard::test;

namespace {

// The indicators and every finding, as text to compare.
std::string model_of(const std::string& bytes, bool halves) {
    IngestOptions options;
    if (halves) options.limits.workbook.halves_from_bytes = 1;
    Findings findings("book.xlsx");
    const IngestResult r = ingest_bytes(bytes, "book.xlsx", findings, options);
    std::string out = r.ok ? "ok\n" : "rejected\n";
    r.scorecard.for_each_indicator([&](const Indicator& i) {
        out += std::to_string(i.line) + " " + i.group + " | " + i.theme.text + " | " + i.name.text + " | " +
               i.previous.text + " | " + i.latest.text + " | " + i.neighbour_average.text + "\n";
    });
    for (const auto& f : findings.all()) out += format_finding(f) + "\n";
    return out;
}

}  // namespace

TEST_CASE("a sheet read in two halves is what it is read whole", "[workbook][halves]") {
    for (const char* name : {"workbooks/children-families-2022-23-q3.xlsxwriter.xlsx",
                             "workbooks/children-families-2019-20-q3.openpyxl.xlsx",
                             "workbooks/made-up-even-pages.libreoffice.xlsx", "workbooks/artefacts.xlsxwriter.xlsx",
                             "workbooks/artefacts.libreoffice.xlsx", "bad/error-cell.xlsx",
                             "bad/formula-without-value.xlsx"}) {
        const std::string bytes = read_file(fixture_path(name));
        INFO(name);
        const std::string whole = model_of(bytes, false);
        CHECK(whole.size() > 100);
        CHECK(model_of(bytes, true) == whole);
    }
}

TEST_CASE("halves join wherever the middle falls: merges, hidden rows and shared strings across it",
          "[workbook][halves]") {
    XlsxParts parts;
    parts.shared_strings = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                           "<si><t>Help children</t></si><si><t>CFWS</t></si></sst>";
    // Rows of different lengths so that the middle falls in many places as the sheet grows.
    for (int rows = 2; rows < 40; rows += 3) {
        std::string xml = text_row(1, kFlatHeader);
        for (int r = 2; r <= rows; ++r) {
            std::vector<std::string> row = kFlatRow;
            row[0] = "";  // the topic and theme are shared strings, put in below
            row[1] = "";
            row[2] = "Indicator " + std::string(static_cast<std::size_t>(r % 7) * 9, 'x') + std::to_string(r);
            std::string cells = text_row(r, row);
            // the topic only on row 2 (merged down over the rest), the theme on every row
            cells.insert(cells.find('>') + 1, std::string(r == 2 ? "<c r=\"A" + std::to_string(r) +
                                                                       "\" t=\"s\"><v>0</v></c>"
                                                                 : "") +
                                                  "<c r=\"B" + std::to_string(r) + "\" t=\"s\"><v>1</v></c>");
            if (r > 2 && r == (rows + 5) / 2) cells.replace(0, cells.find('>'), "<row r=\"" + std::to_string(r) + "\" hidden=\"1\"");
            xml += cells;
        }
        const std::string merges = "<mergeCells><mergeCell ref=\"A2:A" + std::to_string(rows) + "\"/></mergeCells>";
        parts.sheets = {{"Q4", sheet_xml(xml, "", merges), "", false}};
        const std::string bytes = make_xlsx(parts);
        INFO(rows << " rows");
        const std::string whole = model_of(bytes, false);
        CHECK(whole.find("Help children") != std::string::npos);
        CHECK(model_of(bytes, true) == whole);
    }
}

TEST_CASE("a sheet whose rows carry no numbers, or with a row tag in a comment, is read whole instead",
          "[workbook][halves]") {
    std::string xml = text_row(1, kFlatHeader);
    for (int r = 2; r < 30; ++r) xml += text_row(r, kFlatRow);
    // Rows without r attributes: the second half cannot know where it is.
    std::string unnumbered = xml;
    for (std::size_t at = unnumbered.find("<row r=\""); at != std::string::npos; at = unnumbered.find("<row r=\"", at)) {
        const std::size_t close = unnumbered.find('"', at + 8);
        unnumbered.erase(at + 4, close - at - 3);
        at += 4;
    }
    const std::string no_numbers = make_xlsx(sheet_xml(unnumbered));
    CHECK(model_of(no_numbers, true) == model_of(no_numbers, false));
    // A "<row" in a comment in the middle of the sheet.
    std::string commented = xml;
    const std::size_t middle_row = commented.find("<row", commented.size() / 2);
    commented.insert(middle_row, "<!-- <row r=\"99\"> was here -->");
    const std::string with_comment = make_xlsx(sheet_xml(commented));
    CHECK(model_of(with_comment, true) == model_of(with_comment, false));
}
