// The command line as a user meets it: help, version, exit codes, validate's text and JSON.
#include <catch2/catch.hpp>

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include "support/run_command.hpp"
#include "support/test_paths.hpp"

using namespace scorecard::test;

TEST_CASE("the help option describes the commands and exits 0", "[cli]") {
    CommandResult r = run_scorecard({"--help"});
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("build") != std::string::npos);
    CHECK(r.out.find("validate") != std::string::npos);
    CHECK(r.out.find("--first-page") != std::string::npos);
    CHECK(r.out.find("Exit codes") != std::string::npos);
}

TEST_CASE("the version option prints the version", "[cli]") {
    CommandResult r = run_scorecard({"--version"});
    CHECK(r.exit_code == 0);
    CHECK(r.out.rfind("scorecard ", 0) == 0);
}

TEST_CASE("usage errors exit 2 with a message", "[cli]") {
    CHECK(run_scorecard({}).exit_code == 2);
    CHECK(run_scorecard({"frobnicate"}).exit_code == 2);
    CommandResult unknown = run_scorecard({"validate", "--no-such-option", "x"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err.find("no-such-option") != std::string::npos);
    CommandResult no_out = run_scorecard({"build", fixture_path("children-families-2022-23-q3.txt")});
    CHECK(no_out.exit_code == 2);
    CHECK(no_out.err.find("-o OUTDIR") != std::string::npos);
    CHECK(run_scorecard({"validate", "--format", "xml", fixture_path("children-families-2022-23-q3.txt")}).exit_code == 2);
    CHECK(run_scorecard({"build", fixture_path("children-families-2022-23-q3.txt"), "-o", "x", "--first-page", "zero"})
              .exit_code == 2);
    CommandResult publish = run_scorecard({"validate", "--publish", "guessed", fixture_path("made-up-q4-corrections.txt")});
    CHECK(publish.exit_code == 2);
    CHECK(publish.err.find("--publish must be computed or stated") != std::string::npos);
    CHECK(run_scorecard({"build", fixture_path("made-up-q4-corrections.txt"), "-o", "x", "--publish", "both"}).exit_code == 2);
}

TEST_CASE("a missing input file is an I/O error, exit 2", "[cli]") {
    CommandResult r = run_scorecard({"validate", "/no/such/file.txt"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("/no/such/file.txt") != std::string::npos);
}

TEST_CASE("validate lists each seed's repairs as located warnings and exits 0", "[cli][seed]") {
    const std::string seed = fixture_path("children-families-2022-23-q3.txt");
    CommandResult r = run_scorecard({"validate", seed});
    CHECK(r.exit_code == 0);
    CHECK(r.err.find(seed + ":22:150: warning: Previous Value of") != std::string::npos);
    CHECK(r.err.find(seed + ":19:47: warning: Reporting Frequency \"1\"") != std::string::npos);
    CHECK(r.out.find("30 indicators") != std::string::npos);
    CommandResult sectioned = run_scorecard({"validate", fixture_path("children-families-2019-20-q3.txt")});
    CHECK(sectioned.exit_code == 0);
    CHECK(sectioned.err.find(":16:113: warning: quartile and neighbour average ran together") != std::string::npos);
}

TEST_CASE("strict mode turns the seed's repairs into errors", "[cli][seed]") {
    CommandResult r = run_scorecard({"validate", "--strict", fixture_path("children-families-2022-23-q3.txt")});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find(": error: Reporting Frequency") != std::string::npos);
}

TEST_CASE("validate --format json holds the findings and the whole model", "[cli][json]") {
    CommandResult r = run_scorecard({"validate", "--format", "json", fixture_path("children-families-2022-23-q3.txt")});
    REQUIRE(r.exit_code == 0);
    Poco::JSON::Parser parser;
    auto root = parser.parse(r.out).extract<Poco::JSON::Object::Ptr>();
    CHECK(root->getValue<std::string>("layout") == "2022/23 flat");
    CHECK(root->getValue<std::string>("period") == "FY2022/23 Q3");
    auto groups = root->getArray("groups");
    REQUIRE(groups->size() == 5);
    std::size_t indicators = 0;
    for (std::size_t g = 0; g < groups->size(); ++g) indicators += groups->getObject(g)->getArray("indicators")->size();
    CHECK(indicators == 30);
    auto first = groups->getObject(0)->getArray("indicators")->getObject(0);
    CHECK(first->getValue<std::string>("name") == "Individuals worked with by CFWS during period");
    CHECK(first->getObject("previous")->getValue<double>("number") == 3775);
    CHECK(first->getObject("previous")->getValue<std::string>("shown") == "3,775");
    CHECK(first->getObject("computed")->getValue<std::string>("trend") == "Decrease");
    CHECK(first->getObject("computed")->getValue<std::string>("direction") == "Lower");
    auto findings = root->getArray("findings");
    bool repair = false;
    for (std::size_t i = 0; i < findings->size(); ++i) {
        auto f = findings->getObject(i);
        if (f->getValue<std::string>("code") == "frequency-repaired") {
            repair = true;
            CHECK(f->getValue<int>("line") == 19);
            CHECK(f->getValue<std::string>("before") == "1");
            CHECK(f->getValue<std::string>("after") == "Annual");
            CHECK(f->getValue<std::string>("action") == "repaired");
        }
    }
    CHECK(repair);
    CHECK(root->getValue<std::string>("publish_policy") == "computed");
    auto published = first->getObject("published");
    CHECK(published->getObject("trend")->getValue<std::string>("text") == "Decrease");
    CHECK(published->getObject("trend")->getValue<std::string>("as") == "as stated");
    CHECK(published->getObject("rag")->getValue<std::string>("text") == "N/A");
}

TEST_CASE("validate --format json shows what is published under each policy", "[cli][json][publish]") {
    auto first_indicator = [](const Poco::JSON::Object::Ptr& root) {
        return root->getArray("groups")->getObject(0)->getArray("indicators")->getObject(0);
    };
    for (const std::string policy : {"computed", "stated"}) {
        INFO(policy);
        CommandResult r = run_scorecard(
            {"validate", "--format", "json", "--publish", policy, fixture_path("made-up-q4-corrections.txt")});
        REQUIRE(r.exit_code == 0);
        Poco::JSON::Parser parser;
        auto root = parser.parse(r.out).extract<Poco::JSON::Object::Ptr>();
        CHECK(root->getValue<std::string>("publish_policy") == policy);
        auto quartile_four = first_indicator(root);  // quartile 4, stated Green
        CHECK(quartile_four->getObject("stated_rag")->getValue<std::string>("text") == "Green");
        auto rag = quartile_four->getObject("published")->getObject("rag");
        CHECK(rag->getValue<std::string>("text") == (policy == "computed" ? "Red" : "Green"));
        CHECK(rag->getValue<std::string>("as") == (policy == "computed" ? "corrected" : "as stated"));
        CHECK(rag->getValue<bool>("marked") == (policy == "computed"));
        CHECK(rag->getValue<std::string>("stated") == "Green");
        auto allowed = quartile_four->getObject("computed")->getArray("rag_allowed");
        REQUIRE(allowed->size() == 1);
        CHECK(allowed->getElement<std::string>(0) == "Red");
        auto findings = root->getArray("findings");
        bool found = false;
        for (std::size_t i = 0; i < findings->size(); ++i) {
            auto f = findings->getObject(i);
            if (f->getValue<std::string>("code") != "rag-mismatch") continue;
            found = true;
            CHECK(f->getValue<std::string>("action") == (policy == "computed" ? "corrected" : "reported"));
        }
        CHECK(found);
    }
}

TEST_CASE("build warns, naming the input's cell, when commentary is taller than an Excel row can show",
          "[cli][xlsx]") {
    // The Q4 table with 60 lines of commentary on its first indicator: the Scorecard sheet's
    // row would need more than Excel's 409 pt, so it shows only the first part on screen and
    // in print. The warning names the commentary's cell, and the Findings sheet and web page
    // list it; the files are still written (under --strict it is an error, as a PDF cut is).
    ScratchDir dir("cli-row-too-tall");
    std::string table = read_file(fixture_path("quarters/made-up-2023-24-q4.csv"));
    std::string commentary = "\"";
    for (int line = 1; line <= 60; ++line) commentary += "Line " + std::to_string(line) + " of the explanation.\n";
    commentary.back() = '"';
    const std::size_t third_line = table.find('\n', table.find('\n') + 1);
    const std::size_t end_of_row = table.find('\n', third_line + 1);
    table.insert(end_of_row, commentary);
    write_file(dir.file("tall.csv"), table);
    CommandResult r = run_scorecard({"build", dir.file("tall.csv"), "-o", dir.file("out"), "--no-history"});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.err.find("tall.csv:3:136: warning: the Scorecard sheet's row 4 (the commentary of 'Children electively "
                     "home educated') needs ") != std::string::npos);
    CHECK(r.err.find("more than the 409 pt Excel allows a row") != std::string::npos);
    CHECK(read_file(dir.file("out/tall.html")).find("409 pt Excel allows a row") != std::string::npos);
}
