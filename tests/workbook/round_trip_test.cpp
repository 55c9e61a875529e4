// scorecard's own workbook read back: its Scorecard sheet (the committee layout: a title row,
// topics merged down their rows, figures typed with their formats) and its Data sheet (one
// row per indicator under a header on the third row) give the same model as the table it was
// built from. With LibreOffice, the same after LibreOffice has opened and saved it.
#include <catch2/catch.hpp>

#include <cstdlib>

#include "model_json.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"

using namespace scorecard::test;

namespace {

// The model of the table: its groups and indicators, stated and computed fields. Where the
// table's rows are (lines) and what was found reading it differ between the forms.
ModelJsonOptions table_model() {
    ModelJsonOptions options;
    options.keep_findings = false;
    options.keep_lines = false;
    return options;
}

std::vector<std::string> groups_only(const std::vector<std::string>& lines) {
    std::vector<std::string> out;
    for (const auto& l : lines)
        if (l.rfind("groups", 0) == 0 || l.rfind("period", 0) == 0 || l.rfind("layout", 0) == 0) out.push_back(l);
    return out;
}

// The Scorecard sheet prints what the document published, the values the rules corrected
// marked "A†"; read back, those are stated as published. So the comparison leaves out what the
// table stated and how each published value came about, and keeps what was published (the
// trend and direction words, the rating) and everything computed.
std::vector<std::string> published_only(const std::vector<std::string>& lines) {
    std::vector<std::string> out;
    for (const auto& l : lines) {
        const bool stated = l.find(".stated_rag.") != std::string::npos || l.find(".stated_trend") != std::string::npos ||
                            l.find(".stated_direction") != std::string::npos;
        const std::size_t published = l.find(".published.");
        bool provenance = false;
        if (published != std::string::npos) {
            const std::size_t field = l.find('.', published + 11);
            provenance = field != std::string::npos && l.compare(field, 5, ".text") != 0 && l.compare(field, 7, ".rating") != 0;
        }
        // A corrected rating reads "Amber" in the model and "A" as the 2019/20 sheet prints it:
        // the rating is compared, not its spelling.
        const bool rag_spelling = l.find(".published.rag.text") != std::string::npos;
        if (!stated && !provenance && !rag_spelling) out.push_back(l);
    }
    return out;
}

std::string build_workbook(const ScratchDir& scratch, const std::string& table) {
    const CommandResult r =
        run_scorecard({"build", fixture_path(table + ".txt"), "-o", scratch.path(), "--no-history", "--quiet"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return scratch.file(table + ".xlsx");
}

}  // namespace

TEST_CASE("scorecard's own workbook reads back to the model it was built from", "[workbook][round-trip]") {
    ScratchDir scratch("workbook-round-trip");
    for (const std::string table : {"children-families-2022-23-q3", "children-families-2019-20-q3", "made-up-even-pages"}) {
        const std::string workbook = build_workbook(scratch, table);
        const auto original = groups_only(validated_model(fixture_path(table + ".txt"), table_model()));
        INFO(table);
        REQUIRE(original.size() > 100);
        // The first visible sheet with a header: the Scorecard sheet.
        CHECK(first_difference(published_only(original),
                               published_only(groups_only(validated_model(workbook, table_model())))) == "");
        CHECK(first_difference(published_only(original), published_only(groups_only(validated_model(
                                                             workbook, table_model(), {"--sheet", "Scorecard"})))) == "");
    }
    // Each value the document corrected is read back through its marker, and said so: the
    // 2019/20 seed's document corrects two ratings ("G" in quartile 2 without an improving
    // trend, and a blank in quartile 4).
    {
        const std::string workbook = build_workbook(scratch, "children-families-2019-20-q3");
        const CommandResult r = run_scorecard({"validate", workbook});
        INFO(r.err);
        std::size_t markers = 0;
        const std::string said = "a scorecard document prints after a value it corrected";
        for (std::size_t at = r.err.find(said); at != std::string::npos; at = r.err.find(said, at + 1)) ++markers;
        CHECK(markers == 2);
        CHECK(r.err.find("Scorecard!F8: warning: Status RAG 'A\u2020'") != std::string::npos);
    }
    // The Data sheet has the flat layout's columns (and computed ones beside them, ignored).
    for (const std::string table : {"children-families-2022-23-q3", "made-up-even-pages"}) {
        const std::string workbook = build_workbook(scratch, table);
        const auto original = groups_only(validated_model(fixture_path(table + ".txt"), table_model()));
        INFO(table);
        CHECK(first_difference(original, groups_only(validated_model(workbook, table_model(), {"--sheet", "Data"}))) ==
              "");
    }
}

TEST_CASE("scorecard's own workbook saved again by LibreOffice reads back to the same model",
          "[workbook][round-trip][libreoffice]") {
    if (!have_tool("soffice")) {
        // Outside CI a machine without LibreOffice skips this; CI must have it.
        if (std::getenv("CI")) FAIL("LibreOffice (soffice) is needed for this test; .ci/setup installs it");
        WARN("soffice not found: the LibreOffice round trip is not checked");
        return;
    }
    ScratchDir scratch("workbook-libreoffice");
    const std::string table = "children-families-2022-23-q3";
    const std::string workbook = build_workbook(scratch, table);
    const auto original = groups_only(validated_model(fixture_path(table + ".txt"), table_model()));
    for (const std::string format : {"ods", "xlsx"}) {
        const std::string outdir = scratch.file("saved-as-" + format);
        const CommandResult r = run_command(
            "soffice", {"-env:UserInstallation=file://" + scratch.file("profile"), "--headless", "--convert-to", format,
                        "--outdir", outdir, workbook},
            {{"LC_ALL", "C.UTF-8"}});
        INFO(r.out << r.err);
        REQUIRE(r.exit_code == 0);
        const std::string saved = outdir + "/" + table + "." + format;
        REQUIRE(file_exists(saved));
        INFO(format);
        CHECK(first_difference(original, groups_only(validated_model(saved, table_model()))) == "");
    }
}
