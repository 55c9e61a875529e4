// The workbook against the GSS checklist "Releasing statistics in spreadsheets", read back as
// a reader's script reads it (python3-openpyxl, tests/pipeline/check_gss_workbook.py), and the
// published documents free of the folders of the machine that built them.
#include <catch2/catch.hpp>

#include "support/run_command.hpp"
#include "support/test_paths.hpp"

using namespace scorecard::test;

namespace {

const char* const kSeeds[] = {"children-families-2022-23-q3", "children-families-2019-20-q3"};

// What each seed's Cover must spell out, and what it must not (the seed never uses it).
struct Glossary {
    const char* listed;
    const char* unlisted;
};
const Glossary kGlossaries[] = {
    {"CFWS,CPP,EHCP,FEEE,FSM,KS2,KS4,NEET,SEN,SEND,Mth,Qtr,FY,Q1 to Q4,RAG", "SLF,CIN,LAC,UASC"},
    // SLF is the council's own term, from the template's glossary.
    {"FY,Q1 to Q4,NEET,FEEE,EHCP,SEN,SEND,SLF,RAG", "CFWS,KS2,KS4,Mth,Qtr,CIN,LAC,UASC"},
};

// Builds a seed copied into a folder with a name no document should ever show, given to the
// program as an absolute path.
std::string build_from_marked_folder(const ScratchDir& dir, const std::string& seed) {
    const std::string input = dir.file("input-folder-never-published/" + seed + ".txt");
    write_file(input, read_file(fixture_path(seed + ".txt")));
    REQUIRE(input.front() == '/');
    const CommandResult r = run_scorecard({"build", input, "-o", dir.file("out"), "--no-history"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return dir.file("out/" + seed);
}

}  // namespace

TEST_CASE("GSS: the Cover first and active with links, notes and the abbreviations used; no blank Data cell; period dates; rounding; print fit; no folder published", "[xlsx][gss]") {
    CommandResult probe = run_command("/usr/bin/python3", {"-c", "import openpyxl"});
    if (!needed_or_skip(probe.exit_code == 0, "Python's openpyxl module", "python3-openpyxl")) return;
    ScratchDir dir("gss-cover");
    for (std::size_t k = 0; k < 2; ++k) {
        const std::string seed = kSeeds[k];
        INFO(seed);
        const std::string stem = build_from_marked_folder(dir, seed);
        const CommandResult r =
            run_command("/usr/bin/python3", {source_path("tests/pipeline/check_gss_workbook.py"), stem + ".xlsx",
                                             "input-folder-never-published", kGlossaries[k].listed, kGlossaries[k].unlisted});
        INFO(r.out << r.err);
        CHECK(r.exit_code == 0);
        CHECK(r.out.find("cover: first, active") != std::string::npos);
        CHECK(r.out.find("paths: no part names the folder") != std::string::npos);
        CHECK(r.out.find("shorthand:") != std::string::npos);
        CHECK(r.out.find("sort columns of dates; rounding:") != std::string::npos);
        CHECK(r.out.find("abbreviations: listed") != std::string::npos);
    }
}

TEST_CASE("GSS: the PDF names no folder of the machine that built it", "[pdf][gss]") {
    if (!tool_or_skip("qpdf", "qpdf")) return;
    ScratchDir dir("gss-pdf-paths");
    for (const char* seed : kSeeds) {
        INFO(seed);
        const std::string stem = build_from_marked_folder(dir, seed);
        // Every stream uncompressed, so the folder would show wherever it were.
        const CommandResult r =
            run_command("qpdf", {"--qdf", "--object-streams=disable", stem + ".pdf", dir.file("plain.pdf")});
        REQUIRE(r.exit_code == 0);
        const std::string plain = read_file(dir.file("plain.pdf"));
        CHECK(plain.size() > 10000);
        CHECK(plain.find("input-folder-never-published") == std::string::npos);
    }
}
