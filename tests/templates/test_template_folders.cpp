// Named templates are found where an installed or moved scorecard keeps them, relative to the
// program, never through a path to the source tree compiled in.
#include <catch2/catch.hpp>

#include <Poco/File.h>
#include <Poco/Path.h>

#include <cstdlib>

#include "stages/templates/output_template.hpp"
#include "stages/templates/template_folders.hpp"
#include "support/test_paths.hpp"

using namespace scorecard;
using namespace scorecard::test;

namespace {

// Sets an environment variable for one test and restores it after.
class EnvironmentVariable {
public:
    EnvironmentVariable(const char* name, const std::string& value) : name_(name) {
        if (const char* old = std::getenv(name)) old_ = old, had_ = true;
        ::setenv(name, value.c_str(), 1);
    }
    ~EnvironmentVariable() { had_ ? ::setenv(name_, old_.c_str(), 1) : ::unsetenv(name_); }
    EnvironmentVariable(const EnvironmentVariable&) = delete;
    EnvironmentVariable& operator=(const EnvironmentVariable&) = delete;

private:
    const char* name_;
    std::string old_;
    bool had_ = false;
};

}  // namespace

TEST_CASE("templates are looked for beside the program, in its folder, then under the install prefix", "[templates]") {
    EnvironmentVariable none("SCORECARD_TEMPLATES", "");
    const std::string program = program_folder();  // build/tests/
    REQUIRE_FALSE(program.empty());
    const std::vector<std::string> folders = template_folders();
    REQUIRE(folders.size() == 3);
    CHECK(folders[0] == Poco::Path(program).parent().toString() + "share/scorecard/templates");
    CHECK(folders[1] == program + "share/scorecard/templates");
    CHECK(Poco::Path(folders[2]).isAbsolute());
    CHECK(folders[2].find("share/scorecard/templates") != std::string::npos);
    // The tests run from the build folder, whose share/scorecard/templates is the source tree's.
    CHECK(template_directory() == folders[0]);
    CHECK(read_file(resolve_template_path("flat-2022-23")) == read_file(source_path("output_templates/flat-2022-23.json")));
}

TEST_CASE("SCORECARD_TEMPLATES is the one folder looked in when it is set", "[templates]") {
    ScratchDir dir("own-templates");
    write_file(dir.file("our-own.json"), read_file(source_path("output_templates/flat-2022-23.json")));
    EnvironmentVariable chosen("SCORECARD_TEMPLATES", dir.path());
    CHECK(template_folders() == std::vector<std::string>{dir.path()});
    CHECK(resolve_template_path("our-own") == dir.file("our-own.json"));
    try {
        resolve_template_path("flat-2022-23");
        FAIL("a template outside SCORECARD_TEMPLATES was found");
    } catch (const TemplateError& e) {
        CHECK(std::string(e.what()) == "no template named \"flat-2022-23\" in " + dir.path() +
                                           " (`scorecard templates` lists them; or give a path to a .json file, or set SCORECARD_TEMPLATES to the folder "
                                           "holding it)");
    }
    // A path is taken as given.
    CHECK(resolve_template_path(dir.file("our-own.json")) == dir.file("our-own.json"));
}
