// Data cells name their headings (/Headers with the headings' /IDs, listed in the IDTree), and
// a RAG letter carries the word it stands for (/E), read back from the built PDF's structure
// tree (pdfinfo -struct-text, and the objects through PoDoFo).
#include <catch2/catch.hpp>

#include <podofo/podofo.h>

#include <sstream>

#include "pdf_test_support.hpp"
#include "support/pdf_reader.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"

using namespace scorecard::test;

namespace {

std::string built_pdf(const ScratchDir& dir, const std::string& seed) {
    const CommandResult r = run_scorecard({"build", fixture_path(seed + ".txt"), "-o", dir.path(), "--no-history"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return dir.file(seed + ".pdf");
}

// The /ID of the element a "TH <h...>:" line opens, or "".
std::string id_of(const std::string& line) {
    const std::size_t open = line.find("TH <"), close = line.find(">:");
    return open == std::string::npos || close == std::string::npos ? "" : line.substr(open + 4, close - open - 4);
}

}  // namespace

TEST_CASE("2019/20: every cell under an outcome heading names it, and its column heading, in /Headers", "[pdf][tagged][headers]") {
    if (!tool_or_skip("pdfinfo", "poppler-utils")) return;
    ScratchDir dir("pdf-headers");
    PdfReader pdf(built_pdf(dir, "children-families-2019-20-q3"));
    std::istringstream tree(pdf.struct_text());
    std::vector<std::string> lines;
    // The summary section's tables (tests/history/test_quarter_summary.cpp) come first: only
    // the scorecard table's cells are looked at here.
    bool in_summary = false;
    std::size_t summary_ids = 0;  // the summary tables' column headings, each with an /ID
    for (std::string line; std::getline(tree, line);) {
        const std::size_t indent = line.find_first_not_of(' ');
        if (indent == 2) in_summary = line.compare(2, 4, "Sect") == 0;
        if (!in_summary) lines.push_back(line);
        else if (!id_of(line).empty()) ++summary_ids;
    }

    std::vector<std::string> column_ids;
    std::string outcome;  // the /ID of the outcome heading the rows below belong to
    int headed = 0, outcomes = 0;
    for (std::size_t k = 0; k < lines.size(); ++k) {
        const std::string id = id_of(lines[k]);
        if (!id.empty()) {
            const bool column = k + 1 < lines.size() && lines[k + 1].find("/Scope /Column") != std::string::npos;
            const bool heading = k + 2 < lines.size() && lines[k + 2].find("/ColSpan 8") != std::string::npos;
            if (column) column_ids.push_back(id);
            if (heading) {
                outcome = id;
                ++outcomes;
            }
        }
        const std::size_t at = lines[k].find("/Headers [");
        if (at == std::string::npos) continue;
        INFO(lines[k]);
        REQUIRE_FALSE(outcome.empty());
        CHECK(lines[k].find("(" + outcome + ")") != std::string::npos);
        bool names_a_column = false;
        for (const std::string& c : column_ids) names_a_column = names_a_column || lines[k].find("(" + c + ")") != std::string::npos;
        CHECK(names_a_column);
        ++headed;
    }
    CHECK(column_ids.size() == 8);
    CHECK(outcomes >= 4);
    // Every cell of every indicator row, 8 columns each.
    const auto indicators = static_cast<int>(read_fixture("children-families-2019-20-q3.txt").scorecard.indicator_count());
    CHECK(headed == 8 * indicators);
    CHECK(pdf.qpdf_check().exit_code == 0);

    // Each /ID is in the structure tree root's IDTree, which is how a reader finds it.
    const PoDoFo::PdfObject* root = nullptr;
    int spans = 0;
    for (PoDoFo::PdfObject* o : pdf.document().GetObjects()) {
        if (!o->IsDictionary()) continue;
        const PoDoFo::PdfObject* type = o->GetDictionary().GetKey("Type");
        if (type && type->IsName() && type->GetName() == PoDoFo::PdfName("StructTreeRoot")) root = o;
        const PoDoFo::PdfObject* s = o->GetDictionary().GetKey("S");
        if (s && s->IsName() && s->GetName() == PoDoFo::PdfName("Span")) {
            const PoDoFo::PdfObject* e = o->GetDictionary().GetKey("E");
            REQUIRE(e);
            const std::string word = e->GetString().GetStringUtf8();
            CHECK((word == "Green" || word == "Amber" || word == "Red"));
            ++spans;
        }
    }
    REQUIRE(root);
    const PoDoFo::PdfObject* ids = root->GetDictionary().GetKey("IDTree");
    REQUIRE(ids);
    const PoDoFo::PdfArray& names = ids->GetDictionary().GetKey("Names")->GetArray();
    CHECK(names.size() == 2 * (column_ids.size() + static_cast<std::size_t>(outcomes) + summary_ids));
    // Every letter the Status column shows is a Span with its word.
    int letters = 0;
    for (const std::string& line : lines) letters += line.find("Span (inline)") != std::string::npos;
    CHECK(spans > 10);
    CHECK(spans == letters);
}
