// A council's release date, contact and own abbreviations, given in its template, read back
// from every document a build writes: the workbook's Cover, the web page and the PDF's
// document properties; the glossary's entries listed only where the scorecard's text uses them.
#include <catch2/catch.hpp>

#include <map>

#include "support/pdf_reader.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"
#include "support/xlsx_reader.hpp"

using namespace scorecard::test;

namespace {

const std::string kSeed = "children-families-2022-23-q3";

// The flat template with the council's facts and glossary added.
std::string council_template(const ScratchDir& dir) {
    std::string text = read_file(source_path("output_templates/flat-2022-23.json"));
    const std::string document = "\"document\": {";
    const std::size_t at = text.find(document);
    REQUIRE(at != std::string::npos);
    text.insert(at + document.size(),
                "\"release_date\": \"14 February 2023\", \"contact\": \"Business Intelligence, bi@example.gov.uk\",");
    text.insert(text.find('{') + 1,
                "\"glossary\": [{\"abbreviation\": \"CFWS\", \"meaning\": \"Children and Family Wellbeing Service "
                "(the council's own wording)\"}, {\"abbreviation\": \"EYFS\", \"meaning\": \"Early Years "
                "Foundation Stage\"}, {\"abbreviation\": \"NEET\", \"meaning\": \"Not in education & <training>\"}],");
    const std::string path = dir.file("council.json");
    write_file(path, text);
    return path;
}

// The Cover's label -> value pairs (column A -> column B).
std::map<std::string, std::string> cover_pairs(const XlsxWorkbook& book) {
    std::map<std::string, std::string> pairs;
    const XlsxSheet& cover = book.sheet("Cover");
    for (const auto& [row, cell] : cover.column(1)) {
        const XlsxCell* value = cover.find(cell_ref(row, 2));
        if (value) pairs[cell->text] = value->text;
    }
    return pairs;
}

std::string pdf_custom(const std::string& path, const std::string& key) {
    const CommandResult r = run_pdf_tool("pdfinfo", {"-custom", "-enc", "UTF-8", path});
    REQUIRE(r.exit_code == 0);
    const std::size_t at = r.out.find("\n" + key + ":");
    if (at == std::string::npos) return "";
    const std::size_t start = r.out.find_first_not_of(' ', at + key.size() + 2);
    return r.out.substr(start, r.out.find('\n', start) - start);
}

}  // namespace

TEST_CASE("the template's release date, contact and glossary reach the Cover, the page and the PDF",
          "[templates][glossary][cover]") {
    if (!tool_or_skip("pdfinfo", "poppler-utils")) return;
    ScratchDir dir("template-facts");
    const CommandResult r = run_scorecard({"build", fixture_path(kSeed + ".txt"), "-o", dir.path(), "--no-history",
                                           "-t", council_template(dir)});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);

    const std::map<std::string, std::string> cover = cover_pairs(XlsxWorkbook(dir.file(kSeed + ".xlsx")));
    CHECK(cover.at("Release date") == "14 February 2023");
    CHECK(cover.at("Contact") == "Business Intelligence, bi@example.gov.uk");
    CHECK(cover.at("CFWS") == "Children and Family Wellbeing Service (the council's own wording)");
    CHECK(cover.at("NEET") == "Not in education & <training>");
    CHECK(cover.count("EYFS") == 0);  // the seed never uses it

    const std::string page = read_file(dir.file(kSeed + ".html"));
    CHECK(page.find("<p>Released 14 February 2023.</p>") != std::string::npos);
    CHECK(page.find("<p>Contact: Business Intelligence, bi@example.gov.uk</p>") != std::string::npos);
    CHECK(page.find("<dt>CFWS</dt>\n<dd>Children and Family Wellbeing Service (the council&#39;s own wording)</dd>") !=
          std::string::npos);
    CHECK(page.find("<dd>Not in education &amp; &lt;training&gt;</dd>") != std::string::npos);
    CHECK(page.find("EYFS") == std::string::npos);

    CHECK(pdf_custom(dir.file(kSeed + ".pdf"), "ReleaseDate") == "14 February 2023");
    CHECK(pdf_custom(dir.file(kSeed + ".pdf"), "Contact") == "Business Intelligence, bi@example.gov.uk");
}

TEST_CASE("without them in the template, no document prints an empty release date or contact", "[templates][cover]") {
    if (!tool_or_skip("pdfinfo", "poppler-utils")) return;
    ScratchDir dir("template-no-facts");
    REQUIRE(run_scorecard({"build", fixture_path(kSeed + ".txt"), "-o", dir.path(), "--no-history"}).exit_code == 0);
    const std::map<std::string, std::string> cover = cover_pairs(XlsxWorkbook(dir.file(kSeed + ".xlsx")));
    CHECK(cover.count("Release date") == 0);
    CHECK(cover.count("Contact") == 0);
    const std::string page = read_file(dir.file(kSeed + ".html"));
    CHECK(page.find("Released ") == std::string::npos);
    CHECK(page.find("Contact:") == std::string::npos);
    CHECK(pdf_custom(dir.file(kSeed + ".pdf"), "ReleaseDate").empty());
    CHECK(pdf_custom(dir.file(kSeed + ".pdf"), "Contact").empty());
}
