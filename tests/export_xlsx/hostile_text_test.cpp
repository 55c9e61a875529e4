// Every string of the shared hostile list (tests/support/hostile_strings) through the Excel
// writer, as indicator names, the source's file name and the template's document properties:
// every part stays legal XML 1.0, and each cell reads back as exactly the text it was given
// (Excel's _xHHHH_ escapes resolved, as Excel and openpyxl resolve them).
#include <catch2/catch.hpp>

#include <fstream>
#include <set>

#include "stages/export/common/cell_content.hpp"
#include "stages/export/xlsx/xlsx_writer.hpp"
#include "support/hostile_strings.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"
#include "support/xlsx_reader.hpp"
#include "workbook_builder.hpp"

using namespace scorecard;
using namespace scorecard::test;

namespace {

// Writes the seed with the indicators from `first` on named by the hostile strings (one per
// indicator) and every document property set to `property`; returns the strings used.
std::vector<const HostileString*> write_hostile_workbook(std::size_t first, const std::string& property,
                                                         const std::string& path) {
    CheckedScorecard checked = read_and_check(fixture_path("children-families-2022-23-q3.txt"), CheckOptions{});
    REQUIRE_FALSE(checked.rejected);
    checked.layout = layout_for(checked.scorecard, checked.layout);
    std::vector<const HostileString*> used;
    const auto& list = hostile_strings();
    std::size_t k = first;
    checked.scorecard.for_each_indicator([&](Indicator& i) {
        if (k >= list.size()) return;
        i.name.text = list[k].text;
        used.push_back(&list[k++]);
    });
    checked.layout.author = checked.layout.subject = checked.layout.keywords = checked.layout.company = property;
    ExportContext context;
    context.source_name = property;
    context.template_name = checked.layout.name;
    context.version = "test";
    context.created = kFixedTime;
    write_workbook(checked.scorecard, checked.findings, checked.layout, context, path);
    return used;
}

void require_legal_parts(const XlsxWorkbook& book) {
    for (const auto& entry : book.entries()) {
        if (entry.size() < 4 || (entry.compare(entry.size() - 4, 4, ".xml") != 0 && entry.compare(entry.size() - 5, 5, ".rels") != 0))
            continue;
        INFO(entry);
        CHECK(xml10_problem(book.part(entry)) == "");
    }
}

}  // namespace

TEST_CASE("every hostile string written as a cell is legal XML and reads back exactly", "[xlsx][hostile]") {
    ScratchDir dir("xlsx-hostile");
    const auto& list = hostile_strings();
    std::vector<std::string> paths;
    std::vector<const HostileString*> checked_strings;
    for (std::size_t first = 0, n = 0; first < list.size(); ++n) {
        const std::string path = dir.file("hostile-" + std::to_string(n) + ".xlsx");
        const HostileString& p = list[first];  // this workbook's document properties
        const auto used = write_hostile_workbook(first, p.text, path);
        REQUIRE_FALSE(used.empty());
        first += used.size();
        paths.push_back(path);
        XlsxWorkbook book(path);  // Poco's XML parser (expat) refuses what is not well-formed
        require_legal_parts(book);
        const XlsxSheet& data = book.sheet("Data");
        std::set<std::string> texts;
        for (const auto& [ref, cell] : data.cells) {
            CHECK(cell.formula.empty());
            if (cell.is_string()) texts.insert(cell.text);
        }
        for (const HostileString* h : used) {
            INFO(h->name);
            checked_strings.push_back(h);
            if (h->expected.empty()) continue;  // an empty name is a blank cell (and refused as input)
            CHECK(texts.count(h->expected) == 1);
        }
        // Document properties cannot hold what XML 1.0 forbids; they show U+FFFD there instead.
        INFO("property: " << p.name);
        if (p.valid_utf8 && !p.xml_illegal && !p.has_control) CHECK(book.properties().subject == p.text);
        else CHECK(book.properties().subject.find("\xEF\xBF\xBD") != std::string::npos);
    }
    CHECK(checked_strings.size() == list.size());

    // openpyxl opens each workbook and finds every string in the Data sheet as it was given.
    // openpyxl 3.0.9 resolves only part of Excel's escapes itself: it drops every "x005F_" from
    // shared strings (so literal "_x0041_" reads right) but leaves _x0001_ as it is, so each
    // value is also taken through its own unescape. Text holding "_x005F_" literally it misreads
    // (it drops that too); our reader above checks those as Excel reads them.
    if (!needed_or_skip(run_command("/usr/bin/python3", {"-c", "import openpyxl"}).exit_code == 0, "openpyxl",
                        "python3-openpyxl"))
        return;
    const std::string expected_file = dir.file("expected.hex");
    {
        std::ofstream out(expected_file);
        for (const HostileString* h : checked_strings)
            if (!h->expected.empty() && h->expected.find("_x005F_") == std::string::npos)
                out << hex_of(h->expected) << "\n";
    }
    const std::string script =
        "import sys, openpyxl\n"
        "from openpyxl.utils.escape import unescape\n"
        "want = [bytes.fromhex(l.strip()).decode('utf-8') for l in open(sys.argv[1])]\n"
        "got = set()\n"
        "for path in sys.argv[2:]:\n"
        "    book = openpyxl.load_workbook(path)\n"
        "    for row in book['Data'].iter_rows():\n"
        "        for c in row:\n"
        "            if isinstance(c.value, str): got.update((c.value, unescape(c.value)))\n"
        "missing = [w for w in want if w not in got]\n"
        "for m in missing: print('missing: %r' % m[:80])\n"
        "sys.exit(1 if missing else 0)\n";
    std::vector<std::string> args = {"-c", script, expected_file};
    args.insert(args.end(), paths.begin(), paths.end());
    const CommandResult r = run_command("/usr/bin/python3", args);
    INFO(r.out << r.err);
    CHECK(r.exit_code == 0);
}

TEST_CASE("xmllint accepts every part of a workbook of hostile strings", "[xlsx][hostile]") {
    if (!tool_or_skip("xmllint", "libxml2-utils") || !tool_or_skip("unzip", "unzip")) return;
    ScratchDir dir("xlsx-hostile-xmllint");
    const std::string path = dir.file("hostile.xlsx");
    write_hostile_workbook(0, hostile_strings()[0].text, path);
    REQUIRE(run_command("unzip", {"-q", "-o", path, "-d", dir.file("parts")}).exit_code == 0);
    const CommandResult r = run_command("sh", {"-c", "find '" + dir.file("parts") +
                                                         "' -name '*.xml' -o -name '*.rels' | xargs xmllint --noout"});
    INFO(r.err);
    CHECK(r.exit_code == 0);
}
