// The template schema is the one list of keys: the loader accepts exactly what it lists, and
// docs/templates.md documents exactly what it lists, with the same types, defaults and examples.
#include <catch2/catch.hpp>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <set>
#include <sstream>

#include "stages/templates/output_template.hpp"
#include "stages/templates/placeholders.hpp"
#include "stages/templates/template_schema.hpp"
#include "support/test_paths.hpp"

using namespace scorecard;
using namespace scorecard::test;

namespace {

std::string load_error(const std::string& path) {
    try {
        load_template(path);
    } catch (const TemplateError& e) {
        return e.what();
    }
    return "";
}

// The flat template with one text replaced.
std::string changed_copy(const ScratchDir& dir, const std::string& from, const std::string& to) {
    std::string text = read_file(source_path("output_templates/flat-2022-23.json"));
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    const std::string path = dir.file("changed.json");
    write_file(path, text);
    return path;
}

// Sets `value` at a dotted path of `root`, making the objects on the way.
void set_path(Poco::JSON::Object::Ptr root, const std::string& path, const Poco::Dynamic::Var& value) {
    std::size_t dot = path.find('.');
    if (dot == std::string::npos) {
        root->set(path, value);
        return;
    }
    const std::string head = path.substr(0, dot);
    if (!root->has(head)) root->set(head, Poco::JSON::Object::Ptr(new Poco::JSON::Object));
    set_path(root->getObject(head), path.substr(dot + 1), value);
}

Poco::Dynamic::Var parse_example(const std::string& json) {
    Poco::JSON::Parser parser;
    return parser.parse("[" + json + "]").extract<Poco::JSON::Array::Ptr>()->get(0);
}

}  // namespace

TEST_CASE("docs/templates.md holds the reference the schema generates", "[template][schema]") {
    const std::string docs = read_file(source_path("docs/templates.md"));
    const std::size_t begin = docs.find(kReferenceBegin);
    const std::size_t end = docs.find(kReferenceEnd);
    REQUIRE(begin != std::string::npos);
    REQUIRE(end != std::string::npos);
    const std::string block = docs.substr(begin, end + std::string(kReferenceEnd).size() + 1 - begin);
    // Regenerate with: scorecard templates --keys (and paste it over the block).
    CHECK(block == template_reference_markdown());

    // Every key documented is one the schema has, and every key in the schema is documented.
    std::set<std::string> documented;
    std::istringstream lines(block);
    for (std::string line; std::getline(lines, line);)
        if (line.rfind("| `", 0) == 0) documented.insert(line.substr(3, line.find('`', 3) - 3));
    std::set<std::string> schema;
    for (const auto& key : template_keys()) schema.insert(key.path);
    CHECK(documented == schema);
}

TEST_CASE("every key the schema lists is accepted by the loader with its example", "[template][schema]") {
    // A template built from the reference alone: each key set to its documented example.
    Poco::JSON::Object::Ptr root(new Poco::JSON::Object);
    Poco::JSON::Object::Ptr column(new Poco::JSON::Object);
    Poco::JSON::Object::Ptr entry(new Poco::JSON::Object);
    for (const auto& key : template_keys()) {
        if (key.type == KeyType::Object || key.type == KeyType::Array) continue;
        if (key.type == KeyType::Path) continue;  // examples name files that are not here
        if (key.path.rfind("columns[].", 0) == 0) {
            column->set(key.path.substr(10), parse_example(key.example));
            continue;
        }
        if (key.path.rfind("glossary[].", 0) == 0) {
            entry->set(key.path.substr(11), parse_example(key.example));
            continue;
        }
        set_path(root, key.path, parse_example(key.example));
    }
    Poco::JSON::Array::Ptr columns(new Poco::JSON::Array);
    Poco::JSON::Object::Ptr indicator(new Poco::JSON::Object);
    indicator->set("field", "indicator");
    indicator->set("heading", "Indicator");
    columns->add(indicator);
    columns->add(column);
    root->set("columns", columns);
    Poco::JSON::Array::Ptr glossary(new Poco::JSON::Array);
    glossary->add(entry);
    root->set("glossary", glossary);

    ScratchDir dir("schema-examples");
    std::ostringstream json;
    root->stringify(json);
    write_file(dir.file("examples.json"), json.str());
    INFO(json.str());
    OutputTemplate t = load_template(dir.file("examples.json"));
    CHECK(t.paper == PaperSize::A3);
    CHECK(t.orientation == Orientation::Portrait);
    CHECK(t.item_start == ItemStart::Any);
    CHECK(t.release_date == "14 February 2023");
    REQUIRE(t.glossary.size() == 1);
    CHECK(t.glossary[0].abbreviation == "SLF");
    CHECK(t.columns.size() == 2);
    CHECK(t.columns[1].field == ColumnField::LatestValue);
    CHECK(t.pdf_footer == "Page {page} of {pages}");
    CHECK(t.document_title("Q3") == "Leicestershire County Council: Children and Families Performance Q3");
}

TEST_CASE("an absent key takes the schema's default", "[template][schema]") {
    ScratchDir dir("schema-defaults");
    write_file(dir.file("least.json"),
               R"({ "name": "least", "layout": "flat", "title": "T", "columns": [ { "field": "indicator", "heading": "I" } ] })");
    const OutputTemplate t = load_template(dir.file("least.json"));
    CHECK(t.paper == PaperSize::A4);
    CHECK(t.orientation == Orientation::Landscape);
    CHECK(t.item_start == ItemStart::RightHand);
    CHECK(t.pdf_footer == find_template_key("page.footer")->default_value);
    CHECK(t.margin_top_mm == std::stod(find_template_key("page.margins_mm.top")->default_value));
    CHECK(t.font_size == std::stod(find_template_key("fonts.size")->default_value));
    CHECK(t.grid.hex() == find_template_key("colours.grid")->default_value);
    CHECK(t.columns[0].width_mm == std::stod(find_template_key("columns[].width_mm")->default_value));
    CHECK(t.rules.high_share == std::stod(find_template_key("rules.high_share")->default_value));
    CHECK(t.rules.national_minimum_authorities ==
          std::stoi(find_template_key("rules.national_minimum_authorities")->default_value));
    CHECK(!t.show_rag_key);
    CHECK(t.blank_page_text == "This page is intentionally left blank");
}

TEST_CASE("a misspelt key is refused with the nearest known one", "[template][schema]") {
    ScratchDir dir("schema-misspelt");
    std::string e = load_error(changed_copy(dir, "\"title_format\"", "\"title_fromat\""));
    CHECK(e.find("title_fromat: unknown key (did you mean title_format?") != std::string::npos);
    e = load_error(changed_copy(dir, "\"margins_mm\"", "\"margin_mm\""));
    CHECK(e.find("page.margin_mm: unknown key (did you mean margins_mm?") != std::string::npos);
    // Portrait is a value now, not an unknown key.
    CHECK(load_error(changed_copy(dir, "\"footer\": \"Page {page}\"", "\"orientation\": \"portrait\"")) == "");
    e = load_error(changed_copy(dir, "\"footer\": \"Page {page}\"", "\"orientation\": \"sideways\""));
    CHECK(e.find("page.orientation: must be \"landscape\" or \"portrait\", not \"sideways\"") != std::string::npos);
    e = load_error(changed_copy(dir, "\"footer\": \"Page {page}\"", "\"size\": \"A5\""));
    CHECK(e.find("page.size: must be \"A4\", \"A3\" or \"Letter\", not \"A5\"") != std::string::npos);
    e = load_error(changed_copy(dir, "\"width_mm\": 30", "\"width_mm\": -5"));
    CHECK(e.find("columns[0].width_mm: must be a number over 0, at most 400, not -5") != std::string::npos);
    e = load_error(changed_copy(dir, "\"points\": 5", "\"points\": 2.5"));
    CHECK(e.find("trend_chart.points: must be a whole number from 2 to 20, not 2.5") != std::string::npos);
}

TEST_CASE("an unknown placeholder is an error naming it and its key", "[template][placeholders]") {
    ScratchDir dir("schema-placeholders");
    std::string e = load_error(changed_copy(dir, "\"footer\": \"Page {page}\"", "\"footer\": \"Page {page}, {periode}\""));
    CHECK(e.find("changed.json: page.footer: unknown placeholder {periode}") != std::string::npos);
    e = load_error(changed_copy(dir, "\"title_format\": \"{title} {period}\"", "\"title_format\": \"{title} page {page}\""));
    CHECK(e.find("title_format: {page} cannot be used here") != std::string::npos);
    e = load_error(changed_copy(dir, "\"text\": \"This page", "\"text\": \"{blank} This page"));
    CHECK(e.find("page.blank_page.text: unknown placeholder {blank}") != std::string::npos);
    // Every placeholder a footer may hold loads.
    CHECK(load_error(changed_copy(dir, "\"footer\": \"Page {page}\"",
                                  "\"footer\": \"{council} {title} {period} {page} {pages} {first_page} {2023}\"")) == "");
}

TEST_CASE("placeholders are filled, and braces that hold no name are text", "[placeholders]") {
    PlaceholderValues v;
    v.title = "T";
    v.period = "Q3";
    v.council = "C & D";
    v.page = 38;
    v.pages = 42;
    v.first_page = 37;
    CHECK(fill_placeholders("{council}|{title}|{period}|{page}|{pages}|{first_page}", v) == "C & D|T|Q3|38|42|37");
    CHECK(fill_placeholders("{ x } {1} {page", v) == "{ x } {1} {page");
    CHECK(placeholders_used("Page {page} of {pages}") == (kPlaceholderPage | kPlaceholderPages));
    CHECK(placeholder_problem("{Page}", kAllPlaceholders).find("unknown placeholder {Page}") == 0);
}

TEST_CASE("-t finds a bundled template by name or file name, and suggests near names", "[template]") {
    const std::string bundled = resolve_template_path("flat-2022-23");
    CHECK(resolve_template_path("flat-2022-23.json") == bundled);
    CHECK(load_template(resolve_template_path("portrait-a4.json")).orientation == Orientation::Portrait);
    CHECK(load_template(resolve_template_path("landscape-a3")).paper == PaperSize::A3);
    try {
        resolve_template_path("flat-2022");
        FAIL("a misspelt name was found");
    } catch (const TemplateError& e) {
        CHECK(std::string(e.what()).find("did you mean \"flat-2022-23\"?") != std::string::npos);
    }
    try {
        resolve_template_path("sectoned-2019-20.json");
        FAIL("a misspelt name was found");
    } catch (const TemplateError& e) {
        CHECK(std::string(e.what()).find("no template named \"sectoned-2019-20\"") != std::string::npos);
        CHECK(std::string(e.what()).find("did you mean \"sectioned-2019-20\"?") != std::string::npos);
    }
}
