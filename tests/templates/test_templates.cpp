// Templates are data: both shipped ones load, and a broken one is refused naming file and key.
#include <catch2/catch.hpp>

#include "stages/templates/output_template.hpp"
#include "support/test_paths.hpp"

using namespace scorecard;
using namespace scorecard::test;

namespace {

std::string shipped(const std::string& name) { return source_path("output_templates/" + name + ".json"); }

// The flat template with one text replaced: a way to make each kind of broken template.
std::string broken_copy(const ScratchDir& dir, const std::string& from, const std::string& to) {
    std::string text = read_file(shipped("flat-2022-23"));
    std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    std::string path = dir.file("broken.json");
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

TEST_CASE("the shipped templates load with their columns", "[template]") {
    OutputTemplate flat = load_template(shipped("flat-2022-23"));
    CHECK(flat.table_layout == TemplateLayout::Flat);
    // The published 14 columns, then the England and regional figures, shown only when the
    // national data gives them, and the trend chart, shown when an indicator has two points.
    REQUIRE(flat.columns.size() == 17);
    CHECK(flat.columns[0].field == ColumnField::Topic);
    CHECK(flat.columns[12].heading == "National benchmark (quartile 1 = top)");
    for (std::size_t c = 0; c < 14; ++c) CHECK_FALSE(flat.columns[c].only_with_data);
    CHECK(flat.columns[14].field == ColumnField::EnglandAverage);
    CHECK(flat.columns[14].only_with_data);
    CHECK(flat.columns[15].field == ColumnField::RegionAverage);
    CHECK(flat.columns[15].only_with_data);
    CHECK(flat.columns[16].field == ColumnField::TrendChart);
    CHECK(flat.columns[16].only_with_data);
    CHECK(flat.green.hex() == "#00B050");
    CHECK(flat.document_title("FY2022/23 Q3") == "Children and Families Performance FY2022/23 Q3");
    CHECK(flat.blank_page_rule == BlankPageRule::Even);
    CHECK(flat.publish == PublishPolicy::Computed);

    OutputTemplate sectioned = load_template(shipped("sectioned-2019-20"));
    CHECK(sectioned.table_layout == TemplateLayout::Sectioned);
    REQUIRE(sectioned.columns.size() == 10);
    CHECK(sectioned.columns[8].field == ColumnField::EnglandAverage);
    CHECK(sectioned.columns[9].field == ColumnField::RegionAverage);
    CHECK(sectioned.columns[5].rag_style == RagStyle::Letter);
    CHECK(sectioned.show_rag_key);
    CHECK(sectioned.rules.percent_tolerance.absolute == 1.0);
}

TEST_CASE("a broken template is refused with its file and key", "[template]") {
    ScratchDir dir("templates");
    std::string e = load_error(broken_copy(dir, "\"title_format\"", "\"title_fromat\""));
    CHECK(e.find("broken.json: title_fromat: unknown key") != std::string::npos);

    e = load_error(broken_copy(dir, "\"green\": \"#00B050\"", "\"green\": \"grass\""));
    CHECK(e.find("broken.json: colours.green: \"grass\" is not a colour") != std::string::npos);

    e = load_error(broken_copy(dir, "{ \"field\": \"trend\", \"heading\": \"Trend\", \"width_mm\": 17, \"align\": \"centre\" }",
                               "{ \"field\": \"trend\", \"width_mm\": 17 }"));
    CHECK(e.find("broken.json: columns[9].heading: missing") != std::string::npos);

    e = load_error(broken_copy(dir, "\"field\": \"trend\"", "\"field\": \"trending\""));
    CHECK(e.find("columns[9].field: must be \"topic\", \"theme\"") != std::string::npos);
    CHECK(e.find("not \"trending\"") != std::string::npos);

    e = load_error(broken_copy(dir, "\"families\": [", "\"bold\": \"/usr/share/fonts/NoSuchFont-Bold.ttf\", \"families\": ["));
    CHECK(e.find("broken.json: fonts.bold: font file") != std::string::npos);
    CHECK(e.find("does not exist") != std::string::npos);

    e = load_error(broken_copy(dir, "\"layout\": \"flat\"", "\"layout\": \"diagonal\""));
    CHECK(e.find("layout: must be \"flat\" or \"sectioned\"") != std::string::npos);

    e = load_error(broken_copy(dir, "\"publish\": \"computed\"", "\"publish\": \"as typed\""));
    CHECK(e.find("broken.json: publish: must be \"computed\" or \"stated\", not \"as typed\"") != std::string::npos);

    e = load_error(broken_copy(dir, "\"combine\": \"better\"", "\"combine\": \"best\""));
    CHECK(e.find("rules.combine") != std::string::npos);

    // Template text reaches every document: what XML or a reader cannot hold is refused, by key.
    e = load_error(broken_copy(dir, "\"{title} {period}\"", "\"{title} \\uFFFE {period}\""));
    CHECK(e.find("broken.json: title_format: holds a noncharacter U+FFFE") != std::string::npos);
    e = load_error(broken_copy(dir, "\"{title} {period}\"", "\"{title}\\u0007{period}\""));
    CHECK(e.find("broken.json: title_format: holds a control character 0x07") != std::string::npos);

    std::string not_json = dir.file("not.json");
    write_file(not_json, "{ \"name\": ");
    CHECK(load_error(not_json).find("not valid JSON") != std::string::npos);

    std::string huge = dir.file("huge.json");
    write_file(huge, "{ \"name\": \"" + std::string(300 * 1024, 'x') + "\" }");
    CHECK(load_error(huge).find("huge.json: template is 307214 bytes; the limit is 262144") != std::string::npos);

    std::string deep = dir.file("deep.json");
    write_file(deep, std::string(100, '[') + std::string(100, ']'));
    CHECK(load_error(deep).find("nested more than") != std::string::npos);
}

TEST_CASE("a template chooses the publish policy", "[template][publish]") {
    ScratchDir dir("templates-publish");
    OutputTemplate stated = load_template(broken_copy(dir, "\"publish\": \"computed\"", "\"publish\": \"stated\""));
    CHECK(stated.publish == PublishPolicy::Stated);
    // Without the key, what the rules derive is published.
    OutputTemplate unsaid = load_template(broken_copy(dir, "\"publish\": \"computed\",", ""));
    CHECK(unsaid.publish == PublishPolicy::Computed);
}

TEST_CASE("a template may name a rules file, which cannot name another", "[template]") {
    ScratchDir dir("rules");
    write_file(dir.file("rules.json"), R"({ "quartile_rag": { "2": "Green" }, "combine": "worse" })");
    std::string text = read_file(shipped("flat-2022-23"));
    std::size_t rules = text.find("\"rules\":");
    std::size_t end = text.rfind('}');
    text = text.substr(0, rules) + "\"rules_file\": \"rules.json\"\n" + text.substr(end);
    write_file(dir.file("with-rules-file.json"), text);
    OutputTemplate t = load_template(dir.file("with-rules-file.json"));
    CHECK(t.rules.quartile_rag[1] == Rag::Green);
    CHECK(t.rules.combination == RagCombination::Worse);
    CHECK(t.rules.source == dir.file("rules.json"));

    write_file(dir.file("rules.json"), R"({ "rules_file": "rules.json" })");
    CHECK(load_error(dir.file("with-rules-file.json")).find("rules_file: unknown key") != std::string::npos);
}

TEST_CASE("fonts are families found through fontconfig, and one not installed is refused naming the key", "[template][fonts]") {
    ScratchDir dir("template-fonts");
    const OutputTemplate flat = load_template(shipped("flat-2022-23"));
    REQUIRE(flat.font_chain.size() == 15);
    CHECK(flat.font_chain.front().name == "Liberation Sans");
    CHECK(flat.font_regular == flat.font_chain.front().regular.path);
    CHECK(flat.font_regular.find("LiberationSans-Regular.ttf") != std::string::npos);
    CHECK(flat.font_bold.find("LiberationSans-Bold.ttf") != std::string::npos);

    const std::string missing = load_error(
        broken_copy(dir, "\"families\": [\"Liberation Sans\"", "\"families\": [\"Liberation Sans\", \"No Such Family\""));
    CHECK(missing.find("fonts.families[1]") != std::string::npos);
    CHECK(missing.find("\"No Such Family\" is not installed") != std::string::npos);

    const std::string wrong_package = load_error(broken_copy(dir, "\"Noto Sans Arabic\"", "\"Noto Sans Klingon\""));
    CHECK(wrong_package.find("fonts.families[1]") != std::string::npos);
    CHECK(wrong_package.find("apt-get install fonts-noto-core") != std::string::npos);
}

TEST_CASE("a template without fonts.families gets the default chain, Debian's fonts", "[template][fonts]") {
    ScratchDir dir("template-default-fonts");
    std::string text = read_file(shipped("flat-2022-23"));
    const std::size_t from = text.find("\"families\"");
    const std::size_t to = text.find("\"size\"", from);
    REQUIRE(from != std::string::npos);
    text.erase(from, to - from);
    const std::string path = dir.file("default.json");
    write_file(path, text);
    const OutputTemplate t = load_template(path);
    REQUIRE(t.font_chain.size() == default_font_chain().size());
    for (std::size_t i = 0; i < t.font_chain.size(); ++i) CHECK(t.font_chain[i].name == default_font_chain()[i]);
}
