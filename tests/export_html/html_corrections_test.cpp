// The corrections on the page, read back from the file the CLI writes: the same list, in the same
// words, as the PDF and the Scorecard sheet (common/corrections), after the table with the
// sentence that explains the marker; each marked cell's dagger a link to its entry, with words
// for a screen reader; nothing of the kind when nothing was corrected.
#include <catch2/catch.hpp>

#include <regex>
#include <set>

#include "pipeline/driver/pipeline_run.hpp"
#include "stages/export/common/cell_content.hpp"
#include "stages/export/common/corrections.hpp"
#include "stages/export/html/html_text.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"

using namespace scorecard;
using namespace scorecard::test;

namespace {

std::size_t count_of(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

std::string build_page(const ScratchDir& dir, const std::string& fixture, std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"build", fixture_path(fixture), "-o", dir.path(), "--no-history", "--formats", "html"};
    args.insert(args.end(), extra.begin(), extra.end());
    const CommandResult r = run_scorecard(args);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const std::string stem = fixture.substr(0, fixture.rfind('.'));
    return read_file(dir.file(stem + ".html"));
}

// What the PDF and the sheet list for the fixture, worked out as the writers do.
std::vector<std::string> expected_entries(const std::string& fixture, std::string* note) {
    CheckedScorecard checked = read_and_check(fixture_path(fixture), CheckOptions{});
    REQUIRE_FALSE(checked.rejected);
    const OutputTemplate layout = layout_for(checked.scorecard, checked.layout);
    const std::vector<Correction> corrections = list_corrections(checked.scorecard, layout);
    std::vector<std::string> entries;
    for (std::size_t k = 0; k < corrections.size(); ++k)
        entries.push_back("<li id=\"correction-" + std::to_string(k + 1) + "\"><strong>" +
                          html::escaped(corrections[k].indicator->name.text) + "</strong> " +
                          html::escaped(correction_text(corrections[k])) + "</li>");
    *note = html::escaped(correction_marker_note(corrections.size(), "below"));
    return entries;
}

}  // namespace

TEST_CASE("the page lists the corrections the PDF lists, after the table, each marker a link to its entry",
          "[html][corrections]") {
    ScratchDir dir("html-corrections");
    for (const char* fixture : {"made-up-q4-corrections.txt", "children-families-2019-20-q3.txt"}) {
        INFO(fixture);
        const std::string page = build_page(dir, fixture);
        std::string note;
        const std::vector<std::string> entries = expected_entries(fixture, &note);
        REQUIRE(!entries.empty());
        const std::size_t section = page.find("<h2 id=\"corrections-heading\">Corrections to the source table</h2>");
        REQUIRE(section != std::string::npos);
        CHECK(section > page.find("</table>", page.find("<table class=\"scorecard\"")));
        CHECK(page.find("<p>" + note + "</p>", section) != std::string::npos);
        std::size_t at = section;
        for (const std::string& entry : entries) {
            INFO(entry);
            const std::size_t found = page.find(entry, at);
            CHECK(found != std::string::npos);  // in order, in the PDF's words
            if (found != std::string::npos) at = found;
        }
        CHECK(count_of(page, "<li id=\"correction-") == entries.size());
        // In the table: one marker per correction, each a link to an entry that exists, heard
        // as words; no dagger left as bare text in a cell.
        // (The summary's tables come before it and list the corrections in a table of their own.)
        const std::size_t table_start = page.find("<table class=\"scorecard\"");
        REQUIRE(table_start != std::string::npos);
        const std::string table = page.substr(table_start, page.find("</table>", table_start) - table_start);
        const std::regex marker("<a class=\"marker\" href=\"#correction-([0-9]+)\">\xE2\x80\xA0<span class=\"sr-only\"> "
                                "corrected: see correction ([0-9]+)</span></a>");
        std::set<int> linked;
        for (auto it = std::sregex_iterator(table.begin(), table.end(), marker); it != std::sregex_iterator(); ++it) {
            CHECK((*it)[1].str() == (*it)[2].str());
            linked.insert(std::stoi((*it)[1].str()));
        }
        CHECK(linked.size() == entries.size());
        CHECK(*linked.begin() == 1);
        CHECK(*linked.rbegin() == static_cast<int>(entries.size()));
        CHECK(count_of(table, "\xE2\x80\xA0") == entries.size());
    }
}

TEST_CASE("nothing corrected, nothing listed: no section and no marker", "[html][corrections]") {
    ScratchDir dir("html-no-corrections");
    SECTION("the 2022/23 seed, which the rules agree with") {
        const std::string page = build_page(dir, "children-families-2022-23-q3.txt");
        CHECK(page.find("corrections-heading") == std::string::npos);
        CHECK(page.find("class=\"marker\"") == std::string::npos);
    }
    SECTION("the made-up corrections published as stated") {
        const std::string page = build_page(dir, "made-up-q4-corrections.txt", {"--publish", "stated"});
        CHECK(page.find("corrections-heading") == std::string::npos);
        CHECK(page.find("\xE2\x80\xA0") == std::string::npos);
    }
}
