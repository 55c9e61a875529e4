// The tagged PDF: structure tree, marked content, artifacts and catalog, read back
// with PoDoFo, poppler (pdfinfo -struct-text) and qpdf.
#include <catch2/catch.hpp>

#include <podofo/podofo.h>

#include <cstring>
#include <map>
#include <regex>
#include <set>

#include "pdf_test_support.hpp"
#include "stages/compute/compute.hpp"
#include "support/pdf_reader.hpp"
#include "support/test_paths.hpp"

using namespace scorecard;
using namespace scorecard::test;
using PoDoFo::PdfObject;

namespace {

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

int count_of(const std::string& haystack, const std::string& needle) {
    int n = 0;
    for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
    return n;
}

// Lines of pdfinfo -struct-text that are exactly `indent` spaces and `role`.
int elements_at(const std::string& tree, const std::string& line) {
    return count_of("\n" + tree, "\n" + line + "\n") + count_of("\n" + tree, "\n" + line + ":\n");
}

// --- Content streams -------------------------------------------------------------------------

struct PageMarking {
    std::vector<int> mcids;          // in the order they occur
    int text_outside_marked = 0;     // BT with no marked-content sequence open
    int painting_outside_marked = 0; // f or S (fills and rules) with none open
    int max_depth = 0;
    bool balanced = true;
};

// A small tokenizer for the operators this writer emits: names, numbers, hex and literal
// strings, dictionaries and operators.
std::vector<std::string> tokens_of(const std::string& content) {
    std::vector<std::string> tokens;
    std::size_t i = 0;
    const std::size_t n = content.size();
    auto delimiter = [](char c) { return std::isspace(static_cast<unsigned char>(c)) || std::strchr("()<>[]{}/%", c); };
    while (i < n) {
        const char c = content[i];
        if (std::isspace(static_cast<unsigned char>(c))) {
            ++i;
        } else if (c == '(') {  // literal string, with nesting and escapes
            int depth = 0;
            std::size_t j = i;
            for (; j < n; ++j) {
                if (content[j] == '\\') { ++j; continue; }
                if (content[j] == '(') ++depth;
                if (content[j] == ')' && --depth == 0) break;
            }
            tokens.push_back("(string)");
            i = j + 1;
        } else if (c == '<' && i + 1 < n && content[i + 1] == '<') {
            tokens.push_back("<<");
            i += 2;
        } else if (c == '>' && i + 1 < n && content[i + 1] == '>') {
            tokens.push_back(">>");
            i += 2;
        } else if (c == '<') {
            const std::size_t j = content.find('>', i);
            tokens.push_back("<hex>");
            i = j == std::string::npos ? n : j + 1;
        } else if (c == '[' || c == ']') {
            tokens.push_back(std::string(1, c));
            ++i;
        } else {
            std::size_t j = i + 1;
            while (j < n && !delimiter(content[j])) ++j;
            tokens.push_back(content.substr(i, j - i));
            i = j;
        }
    }
    return tokens;
}

PageMarking marking_of(const std::string& content) {
    PageMarking m;
    int depth = 0;
    std::vector<std::string> operands;
    for (const std::string& t : tokens_of(content)) {
        const bool operand = t[0] == '/' || t[0] == '<' || t[0] == '>' || t[0] == '[' || t[0] == ']' || t[0] == '(' ||
                             std::isdigit(static_cast<unsigned char>(t[0])) || t[0] == '-' || t[0] == '.';
        if (operand) {
            operands.push_back(t);
            continue;
        }
        if (t == "BDC" || t == "BMC") {
            ++depth;
            m.max_depth = std::max(m.max_depth, depth);
            for (std::size_t k = 0; k + 1 < operands.size(); ++k)
                if (operands[k] == "/MCID") m.mcids.push_back(std::stoi(operands[k + 1]));
        } else if (t == "EMC") {
            if (--depth < 0) m.balanced = false;
        } else if (t == "BT") {
            if (depth == 0) ++m.text_outside_marked;
        } else if (t == "f" || t == "S" || t == "B" || t == "f*") {
            if (depth == 0) ++m.painting_outside_marked;
        }
        operands.clear();
    }
    if (depth != 0) m.balanced = false;
    return m;
}

// --- The structure tree, walked with PoDoFo ---------------------------------------------------

struct StructureWalk {
    std::map<std::pair<long, int>, int> mcid_uses;   // (page object, MCID) -> times referenced
    std::map<std::pair<long, int>, const PdfObject*> owner;  // ... -> the element that holds it
    std::map<std::string, int> roles;                 // /S -> elements
    int elements = 0;
};

const PdfObject* resolve(PoDoFo::PdfMemDocument& doc, const PdfObject* o) {
    while (o && o->IsReference()) o = doc.GetObjects().GetObject(o->GetReference());
    return o;
}

void walk(PoDoFo::PdfMemDocument& doc, const PdfObject* element, StructureWalk& w, int depth = 0) {
    REQUIRE(depth < 64);
    element = resolve(doc, element);
    REQUIRE(element);
    REQUIRE(element->IsDictionary());
    const auto& dict = element->GetDictionary();
    ++w.elements;
    if (const PdfObject* s = dict.GetKey("S")) w.roles[s->GetName().GetName()]++;
    long page = -1;
    if (const PdfObject* pg = dict.GetKey("Pg")) page = static_cast<long>(pg->GetReference().ObjectNumber());
    const PdfObject* k = resolve(doc, dict.GetKey("K"));
    if (!k) return;
    std::vector<const PdfObject*> kids;
    if (k->IsArray()) {
        for (const auto& kid : k->GetArray()) kids.push_back(&kid);
    } else {
        kids.push_back(dict.GetKey("K"));
    }
    for (const PdfObject* kid : kids) {
        if (kid->IsNumber()) {
            REQUIRE(page >= 0);  // an MCID needs the element's /Pg
            const auto key = std::make_pair(page, static_cast<int>(kid->GetNumber()));
            w.mcid_uses[key]++;
            w.owner[key] = element;
            continue;
        }
        const PdfObject* target = resolve(doc, kid);
        REQUIRE(target->IsDictionary());
        const PdfObject* type = target->GetDictionary().GetKey("Type");
        if (type && type->IsName() && type->GetName() == PoDoFo::PdfName("MCR")) {
            const auto key = std::make_pair(static_cast<long>(target->GetDictionary().GetKey("Pg")->GetReference().ObjectNumber()),
                                            static_cast<int>(target->GetDictionary().GetKey("MCID")->GetNumber()));
            w.mcid_uses[key]++;
            w.owner[key] = element;
            continue;
        }
        // A child element must point back at this one.
        const PdfObject* parent = target->GetDictionary().GetKey("P");
        REQUIRE(parent);
        REQUIRE(parent->IsReference());
        CHECK(parent->GetReference() == element->Reference());
        walk(doc, target, w, depth + 1);
    }
}

// The ParentTree's entry for a key: walks /Kids with /Limits down to a /Nums leaf.
const PdfObject* parent_tree_entry(PoDoFo::PdfMemDocument& doc, const PdfObject* node, long key) {
    node = resolve(doc, node);
    const auto& dict = node->GetDictionary();
    if (const PdfObject* nums = resolve(doc, dict.GetKey("Nums"))) {
        const auto& a = nums->GetArray();
        for (std::size_t i = 0; i + 1 < a.size(); i += 2)
            if (a[i].GetNumber() == key) return resolve(doc, &a[i + 1]);
        return nullptr;
    }
    if (const PdfObject* kids = resolve(doc, dict.GetKey("Kids"))) {
        for (const auto& kid : kids->GetArray()) {
            const PdfObject* child = resolve(doc, &kid);
            const auto& limits = resolve(doc, child->GetDictionary().GetKey("Limits"))->GetArray();
            if (key >= limits[0].GetNumber() && key <= limits[1].GetNumber()) return parent_tree_entry(doc, child, key);
        }
    }
    return nullptr;
}

// The checks every tagged PDF from this writer must pass, whatever its content.
void require_well_tagged(const std::string& path) {
    PdfReader pdf(path);
    PoDoFo::PdfMemDocument& doc = pdf.document();
    PdfObject* catalog = doc.GetCatalog();
    const PdfObject* root = resolve(doc, catalog->GetDictionary().GetKey("StructTreeRoot"));
    REQUIRE(root);
    CHECK(root->GetDictionary().GetKey("Type")->GetName() == PoDoFo::PdfName("StructTreeRoot"));
    const PdfObject* parent_tree = root->GetDictionary().GetKey("ParentTree");
    REQUIRE(parent_tree);
    CHECK(root->GetDictionary().GetKey("ParentTreeNextKey")->GetNumber() == pdf.page_count());

    StructureWalk w;
    const PdfObject* k = resolve(doc, root->GetDictionary().GetKey("K"));
    REQUIRE(k);
    REQUIRE(k->IsArray());
    REQUIRE(k->GetArray().size() == 1);
    walk(doc, &k->GetArray()[0], w);
    CHECK(w.roles["Document"] == 1);

    std::set<long> struct_parents;
    std::size_t mcids_in_content = 0;
    for (int i = 0; i < pdf.page_count(); ++i) {
        INFO("page " << i + 1);
        PoDoFo::PdfPage* page = doc.GetPage(i);
        const auto& dict = page->GetObject()->GetDictionary();
        REQUIRE(dict.HasKey("StructParents"));
        const long key = static_cast<long>(dict.GetKey("StructParents")->GetNumber());
        CHECK(struct_parents.insert(key).second);  // each page its own key
        REQUIRE(dict.HasKey("Tabs"));
        CHECK(dict.GetKey("Tabs")->GetName() == PoDoFo::PdfName("S"));

        const PageMarking m = marking_of(pdf.page_content(i));
        CHECK(m.balanced);
        CHECK(m.max_depth == 1);
        CHECK(m.text_outside_marked == 0);      // all text is content or artifact
        CHECK(m.painting_outside_marked == 0);  // fills and rules are artifacts
        // MCIDs on a page count 0, 1, 2, ... once each.
        for (std::size_t j = 0; j < m.mcids.size(); ++j) CHECK(m.mcids[j] == static_cast<int>(j));
        mcids_in_content += m.mcids.size();

        // The ParentTree maps each MCID back to the element that holds it, and that element
        // holds it exactly once.
        const long page_number = static_cast<long>(page->GetObject()->Reference().ObjectNumber());
        const PdfObject* entry = parent_tree_entry(doc, parent_tree, key);
        REQUIRE(entry);
        REQUIRE(entry->IsArray());
        CHECK(entry->GetArray().size() == m.mcids.size());
        for (std::size_t j = 0; j < m.mcids.size() && j < entry->GetArray().size(); ++j) {
            const auto use = std::make_pair(page_number, static_cast<int>(j));
            INFO("MCID " << j);
            CHECK(w.mcid_uses[use] == 1);
            REQUIRE(w.owner.count(use));
            CHECK(entry->GetArray()[j].GetReference() == w.owner[use]->Reference());
        }
    }
    // No element refers to marked content that is not there.
    CHECK(w.mcid_uses.size() == mcids_in_content);
}

}  // namespace

TEST_CASE("the catalog marks the document tagged, in en-GB, showing its title, with PDF/UA metadata", "[pdf][tagged]") {
    ScratchDir dir("pdf-tagged-catalog");
    const std::string path = dir.file("flat.pdf");
    fixture_pdf("children-families-2022-23-q3.txt", path);
    PdfReader pdf(path);
    PdfObject* catalog = pdf.document().GetCatalog();
    const PdfObject* mark_info = catalog->GetIndirectKey("MarkInfo");
    REQUIRE(mark_info);
    CHECK(mark_info->GetDictionary().GetKey("Marked")->GetBool());
    CHECK(pdf.catalog_lang() == "en-GB");
    CHECK(pdf.display_doc_title());
    CHECK(catalog->GetIndirectKey("StructTreeRoot"));

    const PdfObject* metadata = catalog->GetIndirectKey("Metadata");
    REQUIRE(metadata);
    REQUIRE(metadata->HasStream());
    CHECK(metadata->GetIndirectKeyAsName("Subtype") == PoDoFo::PdfName("XML"));
    CHECK_FALSE(metadata->GetDictionary().HasKey("Filter"));  // readable without decoding
    char* buffer = nullptr;
    PoDoFo::pdf_long length = 0;
    metadata->GetStream()->GetFilteredCopy(&buffer, &length);
    const std::string xmp(buffer, static_cast<std::size_t>(length));
    PoDoFo::podofo_free(buffer);
    CHECK(contains(xmp, "<pdfuaid:part>1</pdfuaid:part>"));
    CHECK(contains(xmp, "xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\""));
    CHECK(contains(xmp, "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Children and Families Performance FY2022/23 Q3</rdf:li></rdf:Alt></dc:title>"));
    CHECK(contains(xmp, "<xmp:CreateDate>2023-01-31T12:00:00+00:00</xmp:CreateDate>"));

    const auto info = pdf.info();
    CHECK(info.at("Tagged") == "yes");
    CHECK(info.at("Metadata Stream") == "yes");
    CHECK(info.at("Suspects") == "no");
}

TEST_CASE("every page's content is marked and every MCID belongs to one element, found through the ParentTree",
          "[pdf][tagged]") {
    ScratchDir dir("pdf-tagged-mcid");
    SECTION("2022/23 seed") {
        fixture_pdf("children-families-2022-23-q3.txt", dir.file("flat.pdf"));
        require_well_tagged(dir.file("flat.pdf"));
    }
    SECTION("2019/20 seed, with its key") {
        fixture_pdf("children-families-2019-20-q3.txt", dir.file("sectioned.pdf"));
        require_well_tagged(dir.file("sectioned.pdf"));
    }
    SECTION("one page and a blank page") {
        fixture_pdf("made-up-one-page.txt", dir.file("one.pdf"));
        require_well_tagged(dir.file("one.pdf"));
    }
    SECTION("an empty table") {
        Scorecard s;
        s.period = "FY2022/23 Q3";
        write_pdf(s, named_template("flat-2022-23"), test_context(), dir.file("empty.pdf"));
        require_well_tagged(dir.file("empty.pdf"));
    }
    SECTION("trend charts, drawn and in words") {
        Scorecard s = made_up_scorecard(2, 3);
        s.groups[0].indicators[0].history.push_back({parse_period("Q1 2022/23"), parse_value("3.5%")});
        s.groups[1].indicators[1].previous = parse_value("");
        write_pdf(s, named_template("sectioned-2019-20"), test_context(), dir.file("charts.pdf"));
        require_well_tagged(dir.file("charts.pdf"));
    }
    SECTION("enough pages for a ParentTree of several leaves") {
        const PdfSummary summary =
            write_pdf(made_up_scorecard(20, 100), named_template("flat-2022-23"), test_context(), dir.file("many.pdf"));
        REQUIRE(summary.pages > 64);
        require_well_tagged(dir.file("many.pdf"));
    }
}

TEST_CASE("pdfinfo -struct-text shows a Table of a header row of TH and one TR per indicator", "[pdf][tagged]") {
    ScratchDir dir("pdf-tagged-table");
    const std::string path = dir.file("flat.pdf");
    fixture_pdf("children-families-2022-23-q3.txt", path);
    PdfReader pdf(path);
    const std::string tree = pdf.struct_text();
    INFO(tree.substr(0, 3000));
    const FixtureScorecard f = read_fixture("children-families-2022-23-q3.txt");
    CHECK(tree.rfind("Document\n", 0) == 0);
    CHECK(contains(tree, "  H1 (block)\n    \"Children and Families Performance FY2022/23 Q3\""));
    CHECK(elements_at(tree, "  Table (block)") == 1);
    CHECK(elements_at(tree, "    THead") == 1);
    CHECK(elements_at(tree, "    TBody") == 1);
    // One header row, and one row per indicator.
    CHECK(elements_at(tree, "      TR") == 1 + static_cast<int>(f.scorecard.indicator_count()));
    // The header row's cells are column headers, each heading once although the row is
    // repeated on every page.
    CHECK(count_of(tree, "/Scope /Column") == static_cast<int>(f.layout.columns.size()));
    for (const ColumnSpec& c : f.layout.columns) CHECK(count_of(tree, "\"" + c.heading + "\"") == 1);
    // Each indicator's name is its row's header; each topic is a row header spanning its rows.
    f.scorecard.for_each_indicator([&](const Indicator& i) {
        CHECK(contains(tree, "TH:\n           /Headers [(h") );
        CHECK(contains(tree, "/Scope /Row\n          \"" + i.name.text + "\""));
    });
    for (const Group& g : f.scorecard.groups) {
        INFO(g.name);
        if (g.indicators.size() > 1)
            CHECK(contains(tree, "/RowSpan " + std::to_string(g.indicators.size()) + "\n          \"" + g.name + "\""));
        CHECK(count_of(tree, "\"" + g.name + "\"") == 1);
    }
    // Values are cells of their rows.
    // Each names its column's heading and its topic in /Headers.
    CHECK(contains(tree, ")]\n          \"22.60%\""));
    CHECK(contains(tree, ")]\n          \"Amber\""));
}

TEST_CASE("page footers, fills, rules and what a page break repeats are artifacts, not in the tree",
          "[pdf][tagged]") {
    ScratchDir dir("pdf-tagged-artifacts");
    const std::string path = dir.file("even.pdf");
    const PdfSummary summary = fixture_pdf("made-up-even-pages.txt", path);
    REQUIRE(summary.table_pages >= 3);
    PdfReader pdf(path);
    const std::string tree = pdf.struct_text();
    CHECK_FALSE(contains(tree, "Page 1"));
    CHECK_FALSE(contains(tree, "Page 2"));
    // The header row is drawn on every page but is in the tree once.
    CHECK(contains(pdf.text(), "Reporting"));
    CHECK(count_of(pdf.text(), "Reporting") == summary.table_pages);
    CHECK(count_of(tree, "\"Reporting Frequency\"") == 1);
    // A topic split over pages is drawn again on the next page but is one element.
    CHECK(count_of(collapse_whitespace(pdf.text()), "Made-up topic: help every family cope") >= 2);
    CHECK(count_of(tree, "\"Made-up topic: help every family cope\"") == 1);
    // Pages carry artifacts: the footer as pagination.
    CHECK(contains(pdf.page_content(0), "/Artifact <</Type /Pagination /Subtype /Footer>> BDC"));
}

TEST_CASE("the 2019/20 layout tags its headings as row headers, its key as a list, the blank page as a paragraph",
          "[pdf][tagged]") {
    ScratchDir dir("pdf-tagged-sectioned");
    const std::string path = dir.file("sectioned.pdf");
    fixture_pdf("children-families-2019-20-q3.txt", path, 1,
                [](OutputTemplate& t) { t.blank_page_rule = BlankPageRule::MultipleOfFour; });
    PdfReader pdf(path);
    const std::string tree = pdf.struct_text();
    INFO(tree.substr(0, 2000));
    const FixtureScorecard f = read_fixture("children-families-2019-20-q3.txt");
    // A TR per indicator and per outcome heading, and the header row.
    CHECK(elements_at(tree, "      TR") ==
          1 + static_cast<int>(f.scorecard.indicator_count() + f.scorecard.groups.size()));
    for (const Group& g : f.scorecard.groups)
        CHECK(contains(tree, "/ColSpan " + std::to_string(f.layout.columns.size()) + "\n          \"" + g.name + "\""));
    CHECK_FALSE(contains(tree, "(continued)"));
    CHECK(contains(tree, "  H2 (block)\n    \"RAG rating key\""));
    // Two lists: the key's three ratings, then the two corrections to the source table (the
    // quartile 2 "G" beside "Same" published Amber, the blank quartile 4 rating published Red).
    CHECK(elements_at(tree, "  L (block)") == 2);
    CHECK(elements_at(tree, "    LI (block)") == 5);
    CHECK(contains(tree, "  H2 (block)\n    \"Corrections to the source table\""));
    CHECK(contains(tree, "      Lbl (block)\n        \"\xE2\x80\xA0\""));
    CHECK(contains(tree, "      Lbl (block)\n        \"G\""));
    CHECK(contains(tree, "      LBody (block)\n        \"Green: Top quartile"));
    CHECK(contains(tree, "  P (block)\n    \"This page is intentionally left blank\""));
    require_well_tagged(path);
}

TEST_CASE("the corrections to the source table run over pages as a tagged list, no item split",
          "[pdf][tagged][publish]") {
    ScratchDir dir("pdf-corrections");
    // Sixty indicators whose figures rose, each stated "Decrease": sixty corrections, more
    // than the page after the table holds.
    Scorecard s = made_up_scorecard(2, 30);
    s.for_each_indicator([](Indicator& i) { i.stated_trend.text = "Decrease"; });
    Findings findings("made-up");
    compute(s, RatingRules{}, findings);
    const std::string path = dir.file("corrections.pdf");
    const PdfSummary summary = write_pdf(s, named_template("flat-2022-23"), test_context(), path);
    CHECK(summary.pages > summary.table_pages + 1);  // the list takes pages of its own
    CHECK(summary.pages % 2 == 0);

    PdfReader pdf(path);
    const auto pages = pdf.page_texts(TextMode::Raw);
    int items = 0, continued = 0;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        INFO("page " << p + 1);
        // An item's label and body stay on one page: as many bodies as labels on each.
        const int bodies = count_of(pages[p], "Trend: the table stated \xE2\x80\x9C" "Decrease\xE2\x80\x9D; published "
                                              "\xE2\x80\x9CIncrease\xE2\x80\x9D.");
        const int labels = count_of(pages[p], "\xE2\x80\xA0 Made-up indicator number ");
        CHECK(bodies == labels);
        items += bodies;
        if (contains(pages[p], "Corrections to the source table (continued)")) ++continued;
        if (bodies > 0) CHECK(contains(pages[p], "Page " + std::to_string(p + 1)));
    }
    CHECK(items == 60);
    CHECK(continued >= 1);
    // One heading, one list of sixty items; the repeated heading is an artifact, not content.
    const std::string tree = pdf.struct_text();
    CHECK(count_of(tree, "\"Corrections to the source table\"") == 1);
    CHECK_FALSE(contains(tree, "(continued)"));
    CHECK(elements_at(tree, "  L (block)") == 1);
    CHECK(elements_at(tree, "    LI (block)") == 60);
    require_well_tagged(path);
    CHECK(pdf.qpdf_check().exit_code == 0);
}
