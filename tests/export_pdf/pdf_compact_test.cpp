// How compactly the PDF is stored: page content and the structure tree compressed,
// the tree in object streams indexed by a cross-reference stream, and a long table costing a
// few kilobytes a page. Read back with qpdf, PoDoFo and the file's own bytes.
#include <catch2/catch.hpp>

#include <podofo/podofo.h>

#include <regex>

#include "pdf_test_support.hpp"
#include "support/pdf_reader.hpp"
#include "support/test_paths.hpp"

using namespace scorecard;
using namespace scorecard::test;

namespace {

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

int count_of(const std::string& haystack, const std::string& needle) {
    int n = 0;
    for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
    return n;
}

// The object the file's last startxref points at: the update's cross-reference section.
std::string last_xref_section(const std::string& bytes) {
    const std::size_t at = bytes.rfind("startxref");
    REQUIRE(at != std::string::npos);
    const long long offset = std::stoll(bytes.substr(at + 9, 24));
    REQUIRE(offset > 0);
    REQUIRE(static_cast<std::size_t>(offset) < bytes.size());
    return bytes.substr(static_cast<std::size_t>(offset), 512);
}

}  // namespace

TEST_CASE("the structure tree is in compressed object streams, found through a cross-reference stream",
          "[pdf][tagged][scale]") {
    ScratchDir dir("pdf-compact-tree");
    const std::string path = dir.file("many.pdf");
    const PdfSummary summary =
        write_pdf(made_up_scorecard(20, 100), named_template("flat-2022-23"), test_context(), path);
    REQUIRE(summary.pages > 64);
    const std::string bytes = read_file(path);

    // No structure element is written as a plain object: they are all inside object streams.
    CHECK_FALSE(contains(bytes, "/StructElem"));
    CHECK(count_of(bytes, "/Type/ObjStm") >= 2000 * 10 / 200);  // about one element per cell
    // The update's cross-reference section is a stream that goes back to PoDoFo's table.
    const std::string xref = last_xref_section(bytes);
    INFO(xref.substr(0, 300));
    CHECK(std::regex_search(xref, std::regex("^\\d+ 0 obj\\s*<<\\s*/Type\\s*/XRef")));
    CHECK(contains(xref, "/Prev "));
    CHECK(contains(xref, "/Root "));
    CHECK(contains(xref, "/FlateDecode"));

    // qpdf finds the StructTreeRoot (the catalog's, redefined by the update) in an object stream.
    PdfReader pdf(path);
    const PoDoFo::PdfObject* root_ref = pdf.document().GetCatalog()->GetDictionary().GetKey("StructTreeRoot");
    REQUIRE(root_ref);
    REQUIRE(root_ref->IsReference());
    const std::string root_number = std::to_string(root_ref->GetReference().ObjectNumber());
    const CommandResult shown = run_pdf_tool("qpdf", {"--show-xref", path});
    REQUIRE(shown.exit_code == 0);
    CHECK(std::regex_search(shown.out, std::regex("(^|\\n)" + root_number + "/0: compressed; stream = \\d+")));

    const CommandResult check = pdf.qpdf_check();
    INFO(check.out << check.err);
    CHECK(check.exit_code == 0);
    CHECK(contains(check.out, "No syntax or stream encoding errors found"));
    // And a reader of structure gets the whole tree from it.
    const std::string tree = pdf.struct_text();
    CHECK(tree.rfind("Document\n", 0) == 0);
    CHECK(contains(tree, "\"Made-up indicator number 2000\""));
}

TEST_CASE("every page's content stream is Flate-compressed and a long table costs a few kilobytes a page",
          "[pdf][scale]") {
    ScratchDir dir("pdf-compact-pages");
    const std::string path = dir.file("many.pdf");
    const PdfSummary summary =
        write_pdf(made_up_scorecard(20, 100), named_template("flat-2022-23"), test_context(), path);
    REQUIRE(summary.pages > 64);
    PdfReader pdf(path);
    PoDoFo::PdfMemDocument& doc = pdf.document();
    for (int i = 0; i < pdf.page_count(); ++i) {
        INFO("page " << i + 1);
        const PoDoFo::PdfObject* contents = doc.GetPage(i)->GetObject()->GetIndirectKey("Contents");
        REQUIRE(contents);
        REQUIRE(contents->HasStream());
        const PoDoFo::PdfObject* filter = contents->GetIndirectKey("Filter");
        REQUIRE(filter);
        CHECK(filter->GetName() == PoDoFo::PdfName("FlateDecode"));
    }
    // Fonts, metadata and all, per page: about 10 KB for this table. A generated table of
    // 1,000 indicators took 29 KB a page when the structure tree was written as plain
    // objects; the bound leaves room for changes to the layout, not for that.
    const double per_page = static_cast<double>(read_file(path).size()) / summary.pages;
    INFO("bytes per page: " << per_page);
    CHECK(per_page < 16 * 1024);
}

TEST_CASE("a tiny tagged document's update is still read by PoDoFo, whose parser looks back 512 bytes for a trailer",
          "[pdf][tagged]") {
    ScratchDir dir("pdf-compact-tiny");
    const std::string path = dir.file("empty.pdf");
    Scorecard s;
    s.period = "FY2022/23 Q3";
    write_pdf(s, named_template("flat-2022-23"), test_context(), path);
    const std::string bytes = read_file(path);
    // The update follows PoDoFo's %%EOF and is long enough that PoDoFo's own trailer keyword is
    // out of its parser's reach.
    const std::size_t eofs = static_cast<std::size_t>(count_of(bytes, "%%EOF"));
    REQUIRE(eofs == 2);
    const std::size_t first_eof = bytes.find("%%EOF");
    CHECK(bytes.size() - first_eof >= 1024);
    CHECK(bytes.find("trailer", bytes.size() - 1024) == std::string::npos);

    PdfReader pdf(path);
    const PoDoFo::PdfObject* root = pdf.document().GetCatalog()->GetIndirectKey("StructTreeRoot");
    REQUIRE(root);
    REQUIRE(root->IsDictionary());
    CHECK(root->GetDictionary().GetKey("Type")->GetName() == PoDoFo::PdfName("StructTreeRoot"));
    CHECK(root->GetDictionary().GetKey("ParentTreeNextKey")->GetNumber() == pdf.page_count());
    CHECK(pdf.struct_text().rfind("Document\n", 0) == 0);
}

TEST_CASE("every printable ASCII character extracts as itself, though some glyph ids are delimiters, CR or LF",
          "[pdf][text]") {
    // Glyph ids are written as two bytes each in literal strings. In Liberation Sans 'E' and
    // 'F' are glyphs 40 and 41 ('(' and ')') and 'y' glyph 92 ('\'), which must be escaped;
    // '\'' is glyph 10 (LF), left as it is, and '*' glyph 13 (CR), written \r (poppler would
    // read a bare CR too, but the specification turns it into LF).
    std::string words;
    for (char c = '!'; c <= '~'; ++c) {
        words += c;
        if ((c - '!') % 8 == 7) words += ' ';
    }
    ScratchDir dir("pdf-compact-ascii");
    const std::string path = dir.file("ascii.pdf");
    Scorecard s = made_up_scorecard(1, 2);
    s.groups[0].indicators[0].name.text = words;
    write_pdf(s, named_template("flat-2022-23"), test_context(), path);
    PdfReader pdf(path);
    INFO(words);
    CHECK(contains(collapse_whitespace(pdf.text()), collapse_whitespace(words)));
    CHECK(contains(pdf.struct_text(), "Made-up indicator number 2"));
    const CommandResult check = pdf.qpdf_check();
    CHECK(check.exit_code == 0);
}
