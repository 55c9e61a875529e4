// What the documents publish, read back as a reader meets them: the PDF's text and document
// properties, and the workbook's Scorecard and About sheets, for the made-up Q4 table and both
// seeds, under both publish policies (docs/layout.md, "Publish policy").
#include <catch2/catch.hpp>

#include <map>

#include "support/pdf_reader.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"
#include "support/xlsx_reader.hpp"

using namespace scorecard::test;

namespace {

const std::string kDagger = "\xE2\x80\xA0";

struct Built {
    std::string pdf, xlsx;
};

Built build(const ScratchDir& dir, const std::string& stem, const std::string& policy) {
    const std::string out = dir.file(policy);
    CommandResult r = run_scorecard({"build", fixture_path(stem + ".txt"), "-o", out, "--no-history", "--publish", policy});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return {out + "/" + stem + ".pdf", out + "/" + stem + ".xlsx"};
}

// The Scorecard sheet's cell in `column` of the row whose indicator (in `name_column`) starts
// with `name`; "" where the cell is empty.
std::string cell_of(const XlsxSheet& s, int name_column, const std::string& name, int column) {
    for (const auto& [row, cell] : s.column(name_column, 3))
        if (cell->text.rfind(name, 0) == 0) {
            const XlsxCell* found = s.find(cell_ref(row, column));
            return found ? found->text : "";
        }
    FAIL("no row for " << name);
    return "";
}

const XlsxCell& cell_at(const XlsxSheet& s, int name_column, const std::string& name, int column) {
    for (const auto& [row, cell] : s.column(name_column, 3))
        if (cell->text.rfind(name, 0) == 0) return s.at(cell_ref(row, column));
    FAIL("no row for " << name);
    throw std::logic_error("unreachable");
}

// The PDF's text from the scorecard table's first page on: the summary pages before it
// (tests/history/test_quarter_summary.cpp) list the corrections too, in a table of their own.
std::string table_text(const PdfReader& pdf) {
    std::string text;
    bool table = false;
    for (const std::string& page : pdf.page_texts()) {
        table = table || page.rfind("Children and Families Performance", 0) == 0;
        if (table) text += page;
    }
    REQUIRE(table);
    return text;
}

std::string about_value(const XlsxWorkbook& book, const std::string& label) {
    const XlsxSheet& s = book.sheet("About");
    for (const auto& [row, cell] : s.column(1))
        if (cell->text == label) return s.at(cell_ref(row, 2)).text;
    FAIL("no About line " << label);
    return "";
}

// Whether the Findings sheet has a note, reported only, on `indicator` whose message holds `words`.
bool findings_note_for(const XlsxWorkbook& book, const std::string& indicator, const std::string& words) {
    const XlsxSheet& s = book.sheet("Findings");
    std::map<std::string, int> column;
    for (int c = 1; c <= 16; ++c)  // the header row
        if (const XlsxCell* heading = s.find(cell_ref(3, c))) column[heading->text] = c;
    for (const auto& [row, cell] : s.column(column["Indicator"], 4)) {
        if (cell->text.rfind(indicator, 0) != 0) continue;
        const XlsxCell* severity = s.find(cell_ref(row, column["Severity"]));
        const XlsxCell* message = s.find(cell_ref(row, column["Message"]));
        const XlsxCell* applied = s.find(cell_ref(row, column["Applied"]));
        if (severity && severity->text == "note" && message && message->text.find(words) != std::string::npos &&
            applied && applied->text == "reported only")
            return true;
    }
    return false;
}

// The Data sheet's column of values under `heading`, one per indicator in table order.
std::vector<std::string> data_column(const XlsxWorkbook& book, const std::string& heading) {
    const XlsxSheet& s = book.sheet("Data");
    for (int c = 1; c <= 120; ++c) {
        const XlsxCell* head = s.find(cell_ref(3, c));
        if (!head || head->text != heading) continue;
        std::vector<std::string> values;
        for (int row = 4; row <= s.last_row(); ++row) {
            const XlsxCell* cell = s.find(cell_ref(row, c));
            values.push_back(cell ? cell->text : "");
        }
        return values;
    }
    FAIL("no Data column " << heading);
    return {};
}

// The PDF's custom /PublishPolicy entry, as pdfinfo -custom prints it.
std::string pdf_publish_policy(const std::string& path) {
    CommandResult r = run_pdf_tool("pdfinfo", {"-custom", "-enc", "UTF-8", path});
    REQUIRE(r.exit_code == 0);
    const std::string key = "PublishPolicy:";
    const std::size_t at = r.out.find(key);
    if (at == std::string::npos) return "";
    const std::size_t start = r.out.find_first_not_of(' ', at + key.size());
    return r.out.substr(start, r.out.find('\n', start) - start);
}

std::size_t count_of(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

// Columns of the flat template's Scorecard sheet, and of the sectioned one.
constexpr int kFlatIndicator = 3, kFlatTrend = 10, kFlatRag = 12;
constexpr int kSectionedIndicator = 1, kSectionedCompared = 4, kSectionedRag = 6;

}  // namespace

TEST_CASE("the made-up Q4 table publishes Red, Decrease and the computed trends, marked and listed",
          "[publish][pdf][xlsx]") {
    if (!tool_or_skip("pdftotext", "poppler-utils")) return;
    ScratchDir dir("publish-q4");
    const Built b = build(dir, "made-up-q4-corrections", "computed");

    XlsxWorkbook book(b.xlsx);
    const XlsxSheet& s = book.sheet("Scorecard");
    CHECK(cell_of(s, kFlatIndicator, "Made-up indicator 1:", kFlatRag) == "Red" + kDagger);
    CHECK(cell_at(s, kFlatIndicator, "Made-up indicator 1:", kFlatRag).style.fill_rgb == "FF0000");
    CHECK(cell_of(s, kFlatIndicator, "Made-up indicator 2:", kFlatTrend) == "Decrease" + kDagger);
    CHECK(cell_of(s, kFlatIndicator, "Made-up indicator 3:", kFlatTrend) == "Increase" + kDagger);
    CHECK(cell_of(s, kFlatIndicator, "Made-up indicator 4:", kFlatTrend) == "Decrease" + kDagger);
    // Quartile 2 with the position in the band unknown: the table's Green, unmarked.
    CHECK(cell_of(s, kFlatIndicator, "Made-up indicator 5:", kFlatRag) == "Green");
    // A trend stated with no previous figure: the table's, unmarked.
    CHECK(cell_of(s, kFlatIndicator, "Made-up indicator 6:", kFlatTrend) == "Increase");
    CHECK(cell_of(s, kFlatIndicator, "Made-up indicator 7:", kFlatRag) == "Green" + kDagger);
    // Below the table: the heading, the note, and one line per correction.
    std::vector<std::string> below;
    for (const auto& [row, cell] : s.column(1, 3))
        if (cell->text == "Corrections to the source table" || !below.empty()) below.push_back(cell->text);
    REQUIRE(below.size() == 7);
    CHECK(below[1].rfind(kDagger + " 5 values in this table differ from the source table", 0) == 0);
    CHECK(below[2] == kDagger + " Made-up indicator 1: children seen within the timescale (quartile 4, stated Green): "
                                "Status RAG: the table stated \xE2\x80\x9CGreen\xE2\x80\x9D; published "
                                "\xE2\x80\x9CRed\xE2\x80\x9D. Rule: quartile 4 rates Red.");
    CHECK(below[3].find("Trend: the table stated \xE2\x80\x9CIncrease\xE2\x80\x9D; published "
                        "\xE2\x80\x9C" "Decrease\xE2\x80\x9D. Rule: 87.6% (Previous Value) to 84.1%") != std::string::npos);
    CHECK(below[4].find("Trend: the table left it blank; published \xE2\x80\x9CIncrease\xE2\x80\x9D") !=
          std::string::npos);
    CHECK(below[6].find("Status RAG: the table left it blank; published \xE2\x80\x9CGreen\xE2\x80\x9D. Rule: "
                        "quartile 1 rates Green.") != std::string::npos);
    // The Data sheet has the published value and how it came to be beside the stated one.
    using Column = std::vector<std::string>;
    CHECK(data_column(book, "Published RAG") == Column{"Red", "Amber", "Green", "N/A", "Green", "Green", "Green"});
    CHECK(data_column(book, "RAG published as") == Column{"corrected", "as stated", "as stated", "as stated",
                                                          "could not be confirmed", "as stated", "filled"});
    CHECK(data_column(book, "Published trend") ==
          Column{"Increase", "Decrease", "Increase", "Decrease", "Increase", "Increase", "No Change"});
    CHECK(data_column(book, "Trend published as") == Column{"as stated", "corrected", "filled", "filled", "as stated",
                                                            "could not be confirmed", "as stated"});
    CHECK(about_value(book, "Published values").rfind("computed: ", 0) == 0);
    CHECK(about_value(book, "Published values").find("5 corrections, each marked " + kDagger) != std::string::npos);

    PdfReader pdf(b.pdf);
    const std::string text = table_text(pdf);
    CHECK(text.find("Red" + kDagger) != std::string::npos);
    CHECK(text.find("Decrease" + kDagger) != std::string::npos);
    CHECK(text.find("Increase" + kDagger) != std::string::npos);
    CHECK(text.find("Green" + kDagger) != std::string::npos);
    CHECK(count_of(text, "Corrections to the source table") == 1);
    CHECK(text.find("Status RAG: the table stated \xE2\x80\x9CGreen\xE2\x80\x9D; published \xE2\x80\x9CRed\xE2\x80\x9D. "
                    "Rule: quartile 4 rates Red.") != std::string::npos);
    // Five cells marked, the note, and five list labels.
    CHECK(count_of(text, kDagger) == 5 + 1 + 5);
    const std::string tree = pdf.struct_text();
    CHECK(tree.find("  H2 (block)\n    \"Corrections to the source table\"") != std::string::npos);
    CHECK(count_of(tree, "    LI (block)\n      Lbl (block)\n        \"" + kDagger + "\"") == 5);
    CHECK(pdf_publish_policy(b.pdf).rfind("computed: ", 0) == 0);
    CHECK(pdf_publish_policy(b.pdf).find("5 corrections") != std::string::npos);
}

TEST_CASE("the stated policy gives the table's values, unmarked, and says so", "[publish][pdf][xlsx]") {
    if (!tool_or_skip("pdftotext", "poppler-utils")) return;
    ScratchDir dir("publish-q4-stated");
    const Built b = build(dir, "made-up-q4-corrections", "stated");
    XlsxWorkbook book(b.xlsx);
    const XlsxSheet& s = book.sheet("Scorecard");
    CHECK(cell_of(s, kFlatIndicator, "Made-up indicator 1:", kFlatRag) == "Green");
    CHECK(cell_at(s, kFlatIndicator, "Made-up indicator 1:", kFlatRag).style.fill_rgb == "00B050");
    CHECK(cell_of(s, kFlatIndicator, "Made-up indicator 2:", kFlatTrend) == "Increase");
    CHECK(cell_of(s, kFlatIndicator, "Made-up indicator 3:", kFlatTrend).empty());
    CHECK(cell_of(s, kFlatIndicator, "Made-up indicator 7:", kFlatRag).empty());
    for (const auto& [ref, cell] : s.cells) CHECK(cell.text.find(kDagger) == std::string::npos);
    CHECK(about_value(book, "Published values").rfind("stated: ", 0) == 0);

    PdfReader pdf(b.pdf);
    const std::string text = table_text(pdf);
    CHECK(text.find(kDagger) == std::string::npos);
    CHECK(text.find("Corrections to the source table") == std::string::npos);
    CHECK(pdf_publish_policy(b.pdf).rfind("stated: ", 0) == 0);
}

TEST_CASE("the 2022/23 seed publishes its own values under both policies", "[publish][pdf][xlsx][seed]") {
    if (!tool_or_skip("pdftotext", "poppler-utils")) return;
    ScratchDir dir("publish-seed-flat");
    for (const std::string policy : {"computed", "stated"}) {
        INFO(policy);
        const Built b = build(dir, "children-families-2022-23-q3", policy);
        XlsxWorkbook book(b.xlsx);
        const XlsxSheet& s = book.sheet("Scorecard");
        // Every trend and RAG is the paper's: none differs from what the rules give, and where
        // they cannot decide (quartile 2 and 3, no previous figure) the table's value stands.
        CHECK(cell_of(s, kFlatIndicator, "Children becoming subject to a CPP", kFlatRag) == "Amber");
        CHECK(cell_of(s, kFlatIndicator, "Children becoming subject to a CPP", kFlatTrend) == "Increase");
        CHECK(cell_of(s, kFlatIndicator, "KS4 - Progress 8 (FSM)", kFlatTrend) == "No Change");
        CHECK(cell_of(s, kFlatIndicator, "KS4 - Progress 8 (FSM)", kFlatRag) == "Amber");
        CHECK(cell_of(s, kFlatIndicator, "Care leavers EET", kFlatRag) == "Green");
        CHECK(cell_of(s, kFlatIndicator, "Individuals worked with by CFWS", kFlatRag) == "N/A");
        for (const auto& [ref, cell] : s.cells) CHECK(cell.text.find(kDagger) == std::string::npos);
        CHECK(about_value(book, "Published values").rfind(policy + ": ", 0) == 0);
        PdfReader pdf(b.pdf);
        CHECK(table_text(pdf).find(kDagger) == std::string::npos);
        CHECK(table_text(pdf).find("Corrections to the source table") == std::string::npos);
        CHECK(pdf_publish_policy(b.pdf).rfind(policy + ": ", 0) == 0);
    }
}

TEST_CASE("the 2019/20 seed: two ratings corrected, the quartile 2 G kept, under the computed policy only",
          "[publish][pdf][xlsx][seed]") {
    if (!tool_or_skip("pdftotext", "poppler-utils")) return;
    ScratchDir dir("publish-seed-sectioned");
    const std::string plans = "% of Child Protection plans lasting 2 years";
    const std::string same_placement = "Placement stability - % children in same placement";
    const std::string stability = "Placement stability - % children with 3 or more placements";
    for (const std::string policy : {"computed", "stated"}) {
        INFO(policy);
        const bool computed = policy == "computed";
        const Built b = build(dir, "children-families-2019-20-q3", policy);
        XlsxWorkbook book(b.xlsx);
        const XlsxSheet& s = book.sheet("Scorecard");
        // "G" in quartile 2 beside the table's own "Same": Amber. Quartile 4 left blank: Red.
        CHECK(cell_of(s, kSectionedIndicator, plans, kSectionedRag) == (computed ? "A" + kDagger : "G"));
        CHECK(cell_of(s, kSectionedIndicator, same_placement, kSectionedRag) == (computed ? "R" + kDagger : ""));
        // "G" in quartile 2 with "Better": the rules allow Green or Amber, so G stands.
        CHECK(cell_of(s, kSectionedIndicator, stability, kSectionedRag) == "G");
        // No previous data point: "Compared to previous data point" stays as the table has it.
        CHECK(cell_of(s, kSectionedIndicator, plans, kSectionedCompared) == "Same");
        // ... and the Findings sheet carries the note that says it could not be confirmed.
        CHECK(findings_note_for(book, stability, "RAG \"G\", which cannot be confirmed: the rules allow Green or Amber"));
        std::size_t marked = 0;
        for (const auto& [ref, cell] : s.cells) marked += cell.text.find(kDagger) != std::string::npos;
        CHECK(marked == (computed ? 2 + 1 + 2 : 0));  // two cells, the note, two list lines

        PdfReader pdf(b.pdf);
        const std::string text = table_text(pdf);
        CHECK(count_of(text, "Corrections to the source table") == (computed ? 1 : 0));
        CHECK(count_of(text, kDagger) == (computed ? 2 + 1 + 2 : 0));
        if (computed) {
            CHECK(text.find("Status (RAG): the table stated \xE2\x80\x9CG\xE2\x80\x9D; published "
                            "\xE2\x80\x9C" "A\xE2\x80\x9D. Rule: quartile 2 without an improving trend") !=
                  std::string::npos);
            CHECK(text.find("Status (RAG): the table left it blank; published \xE2\x80\x9CR\xE2\x80\x9D. Rule: "
                            "quartile 4 rates Red.") != std::string::npos);
            // The corrections follow the RAG key.
            CHECK(text.find("RAG rating key") < text.find("Corrections to the source table"));
        }
        CHECK(pdf_publish_policy(b.pdf).rfind(policy + ": ", 0) == 0);
    }
}
