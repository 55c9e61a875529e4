// The template keys a council uses to say when the figures are released, whom to ask, and what
// its own abbreviations mean: read into the template, checked like every other key.
#include <catch2/catch.hpp>

#include "stages/templates/output_template.hpp"
#include "support/test_paths.hpp"

using namespace scorecard;
using namespace scorecard::test;

namespace {

// The flat template with `keys` (JSON members, comma-terminated) added at the top level.
std::string with_keys(const ScratchDir& dir, const std::string& keys) {
    std::string text = read_file(source_path("output_templates/flat-2022-23.json"));
    const std::size_t brace = text.find('{');
    REQUIRE(brace != std::string::npos);
    text.insert(brace + 1, "\n  " + keys);
    const std::string path = dir.file("council.json");
    write_file(path, text);
    return path;
}

std::string load_error(const std::string& path) {
    try {
        load_template(path);
    } catch (const TemplateError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("release date, contact and glossary are read from the template", "[templates][glossary]") {
    ScratchDir dir("template-glossary");
    const std::string path = with_keys(
        dir, "\"glossary\": [{\"abbreviation\": \"CFWS\", \"meaning\": \"Our own wording\"}, "
             "{\"abbreviation\": \"EYFS\", \"meaning\": \"Early Years Foundation Stage\"}],");
    std::string text = read_file(path);
    text.replace(text.find("\"document\": {"), 13,
                 "\"document\": {\"release_date\": \"14 February 2023\", \"contact\": \"performance@example.gov.uk\",");
    write_file(path, text);
    const OutputTemplate t = load_template(path);
    CHECK(t.release_date == "14 February 2023");
    CHECK(t.contact == "performance@example.gov.uk");
    REQUIRE(t.glossary.size() == 2);
    CHECK(t.glossary[1].abbreviation == "EYFS");

}

TEST_CASE("without the keys, nothing is added", "[templates][glossary]") {
    const OutputTemplate t = load_template(source_path("output_templates/flat-2022-23.json"));
    CHECK(t.release_date.empty());
    CHECK(t.contact.empty());
    CHECK(t.glossary.empty());
}

TEST_CASE("a glossary that is not a list of abbreviations with meanings is refused, naming the key",
          "[templates][glossary]") {
    ScratchDir dir("template-glossary-bad");
    const struct {
        const char* keys;
        const char* message;
    } cases[] = {
        {"\"glossary\": {\"SLF\": \"x\"},", "glossary: must be an array"},
        {"\"glossary\": [{\"abbreviation\": \"SLF\"}],", "glossary[0].meaning: missing (required)"},
        {"\"glossary\": [{\"abbreviation\": \"\", \"meaning\": \"x\"}],", "glossary[0].abbreviation: is empty"},
        {"\"glossary\": [{\"abbreviation\": \"SLF\", \"meaning\": \"x\", \"meanig\": \"y\"}],", "meanig"},
        {"\"glossary\": [{\"abbreviation\": \"SLF\", \"meaning\": \"a\\u0007b\"}],", "glossary[0].meaning: holds"},
        {"\"glossary\": [{\"abbreviation\": 7, \"meaning\": \"x\"}],", "glossary[0].abbreviation: must be a string"},
    };
    for (const auto& c : cases) {
        INFO(c.keys);
        const std::string error = load_error(with_keys(dir, c.keys));
        INFO(error);
        CHECK(error.find(c.message) != std::string::npos);
    }
}
