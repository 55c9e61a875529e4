// `scorecard templates`: what -t can name, where each is, and the key reference.
#include <catch2/catch.hpp>

#include "stages/templates/template_schema.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"

using namespace scorecard;
using namespace scorecard::test;

TEST_CASE("scorecard templates lists each bundled template with its description and path", "[cli][templates]") {
    const CommandResult r = run_scorecard({"templates"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    for (const std::string name : {"flat-2022-23", "sectioned-2019-20", "portrait-a4", "landscape-a3"}) {
        INFO(name);
        CHECK(r.out.find("\n  " + name + "\n") != std::string::npos);
        CHECK(r.out.find("/" + name + ".json\n") != std::string::npos);
    }
    CHECK(r.out.find("The 2022/23 committee scorecard") != std::string::npos);

    // A folder of the council's own: those are the ones listed, and one that is broken says why.
    ScratchDir dir("own-templates-listed");
    write_file(dir.file("ours.json"), read_file(source_path("output_templates/portrait-a4.json")));
    write_file(dir.file("broken.json"), "{ \"name\": ");
    const CommandResult own = run_scorecard({"templates"}, {{"SCORECARD_TEMPLATES", dir.path()}});
    REQUIRE(own.exit_code == 0);
    CHECK(own.out.find("  ours\n") != std::string::npos);
    CHECK(own.out.find("  broken\n      cannot be used: ") != std::string::npos);
    CHECK(own.out.find("flat-2022-23") == std::string::npos);
}

TEST_CASE("scorecard templates --keys prints the reference docs/templates.md holds", "[cli][templates]") {
    const CommandResult r = run_scorecard({"templates", "--keys"});
    REQUIRE(r.exit_code == 0);
    CHECK(r.out == template_reference_markdown());
    CHECK(read_file(source_path("docs/templates.md")).find(r.out) != std::string::npos);
    // --keys belongs to templates alone.
    const CommandResult build = run_scorecard({"build", fixture_path("made-up-one-page.txt"), "-o", "x", "--keys"});
    CHECK(build.exit_code == 2);
    CHECK(build.err.find("--keys is not used by build") != std::string::npos);
}

TEST_CASE("a misspelt -t name is a usage error suggesting the nearest", "[cli][templates]") {
    ScratchDir dir("misspelt-template");
    const CommandResult r =
        run_scorecard({"build", fixture_path("made-up-one-page.txt"), "-o", dir.path(), "-t", "flat-2022", "--no-history"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("no template named \"flat-2022\"") != std::string::npos);
    CHECK(r.err.find("did you mean \"flat-2022-23\"?") != std::string::npos);
    // With .json and no such file here, the bundled template of that name.
    const CommandResult json =
        run_scorecard({"build", fixture_path("made-up-one-page.txt"), "-o", dir.path(), "-t", "flat-2022-23.json", "--no-history"});
    INFO(json.err);
    CHECK(json.exit_code == 0);
}
