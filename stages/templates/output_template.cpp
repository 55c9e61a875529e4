#include "output_template.hpp"

#include <Poco/File.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Path.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>

#include "stages/model/input_file.hpp"
#include "stages/model/text_utils.hpp"
#include "rules_reader.hpp"
#include "template_folders.hpp"
#include "template_json.hpp"

namespace scorecard {

namespace {

struct FieldName {
    ColumnField field;
    const char* key;
};

const FieldName kFieldNames[] = {
    {ColumnField::Topic, "topic"},
    {ColumnField::Theme, "theme"},
    {ColumnField::Indicator, "indicator"},
    {ColumnField::Polarity, "polarity"},
    {ColumnField::Frequency, "frequency"},
    {ColumnField::PreviousPeriod, "previous_period"},
    {ColumnField::PreviousValue, "previous_value"},
    {ColumnField::LatestPeriod, "latest_period"},
    {ColumnField::LatestValue, "latest_value"},
    {ColumnField::Trend, "trend"},
    {ColumnField::Target, "target"},
    {ColumnField::Rag, "rag"},
    {ColumnField::Quartile, "quartile"},
    {ColumnField::NeighbourAverage, "neighbour_average"},
    {ColumnField::CurrentPerformance, "current_performance"},
    {ColumnField::LatestUpdate, "latest_update"},
    {ColumnField::Compared, "compared"},
    {ColumnField::TrendChart, "trend_chart"},
    {ColumnField::Commentary, "commentary"},
    {ColumnField::Id, "id"},
    {ColumnField::Numerator, "numerator"},
    {ColumnField::Denominator, "denominator"},
    {ColumnField::ComputedTrend, "computed_trend"},
    {ColumnField::Direction, "direction"},
    {ColumnField::ComputedRag, "computed_rag"},
    {ColumnField::EnglandAverage, "england_average"},
    {ColumnField::RegionAverage, "region_average"},
};

// Templates are small; anything past this is a mistake (or hostile) and is refused early.
constexpr std::size_t kMaxTemplateBytes = std::size_t{256} * 1024;
constexpr std::size_t kMaxColumns = 64;

std::string substitute(std::string text, const std::string& token, const std::string& value) {
    std::size_t pos = 0;
    while ((pos = text.find(token, pos)) != std::string::npos) {
        text.replace(pos, token.size(), value);
        pos += value.size();
    }
    return text;
}

Align parse_align(const TemplateJson& j, const std::string& key, const std::string& text) {
    if (text == "left") return Align::Left;
    if (text == "centre" || text == "center") return Align::Centre;
    if (text == "right") return Align::Right;
    throw j.error(key, "must be \"left\", \"centre\" or \"right\", not \"" + text + "\"");
}

ColumnSpec read_column(const TemplateJson& column) {
    column.allow_only({"field", "heading", "width_mm", "align", "rag_style", "only_with_data"});
    ColumnSpec spec;
    spec.key = column.required_string("field");
    if (!column_field_from_key(spec.key, &spec.field)) {
        std::string known;
        for (const auto& f : kFieldNames) known += std::string(known.empty() ? "" : ", ") + f.key;
        throw column.error("field", "\"" + spec.key + "\" is not a field scorecard knows (" + known + ")");
    }
    spec.heading = column.required_string("heading");
    spec.width_mm = column.number_or("width_mm", 20.0);
    if (spec.width_mm <= 0 || spec.width_mm > 400) throw column.error("width_mm", "must be between 0 and 400");
    spec.align = parse_align(column, "align", column.string_or("align", "left"));
    std::string style = column.string_or("rag_style", "word");
    if (style == "word") spec.rag_style = RagStyle::Word;
    else if (style == "letter") spec.rag_style = RagStyle::Letter;
    else throw column.error("rag_style", "must be \"word\" or \"letter\"");
    spec.only_with_data = column.bool_or("only_with_data", false);
    return spec;
}

std::string resolve_font(const TemplateJson& j, const std::string& key, const std::string& value) {
    Poco::Path path(value);
    if (path.isRelative()) {
        Poco::Path base(j.file());
        path = Poco::Path(base.parent()).resolve(path);
    }
    std::string full = path.toString();
    const std::string problem = why_not_a_regular_file(full);
    if (problem == "no such file") throw j.error(key, "font file " + full + " does not exist");
    if (!problem.empty()) throw j.error(key, "font file " + full + " " + problem);
    return full;
}

// A chain entry is a file when it reads like one: a path, or a font file's name.
bool names_a_file(const std::string& entry) {
    const std::string lower = to_lower_ascii(entry);
    return entry.find('/') != std::string::npos || ends_with(lower, ".ttf") || ends_with(lower, ".otf") ||
           ends_with(lower, ".ttc");
}

// The Debian package that installs a family of the default chain, for the message.
std::string debian_package_of(const std::string& family) {
    const std::string f = to_lower_ascii(family);
    if (starts_with(f, "liberation")) return "fonts-liberation2";
    if (starts_with(f, "dejavu")) return "fonts-dejavu-core";
    if (starts_with(f, "droid sans fallback")) return "fonts-droid-fallback";
    if (starts_with(f, "noto")) return "fonts-noto-core";
    if (starts_with(f, "symbola")) return "fonts-symbola";
    return "";
}

ChainFont chain_font(const TemplateJson& j, const std::string& key, const std::string& entry) {
    ChainFont font;
    font.name = entry;
    if (names_a_file(entry)) {
        font.regular.path = font.bold.path = resolve_font(j, key, entry);
        return font;
    }
    FamilyFaces faces;
    std::vector<std::string> near;
    const FontLookup found = find_font_family(entry, &faces, &near);
    if (found == FontLookup::NotEmbeddable)
        throw j.error(key, "the font family \"" + entry +
                               "\" is installed only with outlines the PDF writer cannot embed (it embeds TrueType "
                               "fonts, .ttf, and the first face of a .ttc); name a TrueType family");
    if (found == FontLookup::NotInstalled) {
        std::string message = "the font family \"" + entry + "\" is not installed (fontconfig lists no font of it";
        if (!near.empty()) {
            message += "; installed: ";
            for (std::size_t i = 0; i < near.size(); ++i) message += (i ? ", " : "") + near[i];
        }
        message += "): install it";
        const std::string package = debian_package_of(entry);
        if (!package.empty()) message += " (Debian: apt-get install " + package + ")";
        message += ", name another family, or give the path of a font file";
        throw j.error(key, message);
    }
    font.regular = faces.regular;
    font.bold = faces.bold;
    font.has_bold = faces.has_bold;
    return font;
}

}  // namespace

const std::vector<std::string>& default_font_chain() {
    static const std::vector<std::string> chain{
        "Liberation Sans",   "Noto Sans Arabic",  "Noto Sans Hebrew",  "Noto Sans Devanagari", "Noto Sans Bengali",
        "Noto Sans Gurmukhi", "Noto Sans Gujarati", "Noto Sans Tamil",  "Noto Sans Thai",      "Noto Sans Ethiopic",
        "Droid Sans Fallback", "DejaVu Sans",      "Noto Sans Symbols", "Noto Sans Symbols2",  "Symbola",
    };
    return chain;
}

std::vector<ChainFont> OutputTemplate::fonts() const {
    std::vector<ChainFont> chain = font_chain;
    if (chain.empty()) {
        chain.emplace_back();
        chain.front().name = font_regular;
    }
    ChainFont& first = chain.front();
    if (first.regular.path != font_regular) first.regular = FontFile{font_regular, 0};
    if (first.bold.path != font_bold) {
        first.bold = FontFile{font_bold, 0};
        first.has_bold = true;
    }
    return chain;
}

std::string Rgb::hex() const {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%02X%02X%02X", r, g, b);
    return buffer;
}

std::string OutputTemplate::document_title(const std::string& period) const {
    std::string t = substitute(substitute(title_format, "{title}", title), "{period}", period);
    // A missing period leaves a trailing space; a title should not carry one.
    while (!t.empty() && t.back() == ' ') t.pop_back();
    while (!t.empty() && t.front() == ' ') t.erase(t.begin());
    return t;
}

const Rgb& OutputTemplate::rag_colour(Rag rag) const {
    static const Rgb white{0xFF, 0xFF, 0xFF};
    switch (rag) {
        case Rag::Green: return green;
        case Rag::Amber: return amber;
        case Rag::Red: return red;
        default: return white;
    }
}

bool OutputTemplate::has_column(ColumnField field) const {
    for (const auto& c : columns)
        if (c.field == field) return true;
    return false;
}

const char* column_field_key(ColumnField field) {
    for (const auto& f : kFieldNames)
        if (f.field == field) return f.key;
    return "";
}

bool column_field_from_key(const std::string& key, ColumnField* field) {
    for (const auto& f : kFieldNames)
        if (key == f.key) {
            *field = f.field;
            return true;
        }
    return false;
}

OutputTemplate load_template(const std::string& path) {
    TemplateJson root = TemplateJson::parse_file(path, "template", kMaxTemplateBytes);
    root.allow_only({"name", "description", "layout", "title", "title_format", "document", "page", "fonts",
                     "colours", "columns", "rag_key", "trend_chart", "rules", "rules_file", "publish"});

    OutputTemplate t;
    t.file = path;
    t.name = root.required_string("name");
    t.description = root.string_or("description", "");
    std::string layout = root.required_string("layout");
    if (layout == "flat") t.layout = TemplateLayout::Flat;
    else if (layout == "sectioned") t.layout = TemplateLayout::Sectioned;
    else throw root.error("layout", "must be \"flat\" or \"sectioned\", not \"" + layout + "\"");
    t.title = root.required_string("title");
    t.title_format = root.string_or("title_format", "{title} {period}");

    if (root.has("document")) {
        TemplateJson doc = root.object("document");
        doc.allow_only({"author", "company", "subject", "keywords", "language"});
        t.author = doc.string_or("author", "");
        t.company = doc.string_or("company", "");
        t.subject = doc.string_or("subject", "");
        t.keywords = doc.string_or("keywords", "");
        t.language = doc.string_or("language", "en-GB");
    }

    if (root.has("page")) {
        TemplateJson page = root.object("page");
        page.allow_only({"margins_mm", "footer", "excel_footer", "blank_page"});
        if (page.has("margins_mm")) {
            TemplateJson m = page.object("margins_mm");
            m.allow_only({"top", "bottom", "left", "right"});
            t.margin_top_mm = m.number_or("top", t.margin_top_mm);
            t.margin_bottom_mm = m.number_or("bottom", t.margin_bottom_mm);
            t.margin_left_mm = m.number_or("left", t.margin_left_mm);
            t.margin_right_mm = m.number_or("right", t.margin_right_mm);
            for (double v : {t.margin_top_mm, t.margin_bottom_mm, t.margin_left_mm, t.margin_right_mm})
                if (v < 0 || v > 60) throw m.error("margins_mm", "margins must be between 0 and 60 mm");
        }
        t.pdf_footer = page.string_or("footer", t.pdf_footer);
        t.excel_footer = page.string_or("excel_footer", t.excel_footer);
        if (page.has("blank_page")) {
            TemplateJson blank = page.object("blank_page");
            blank.allow_only({"rule", "text"});
            std::string rule = blank.string_or("rule", "even");
            if (rule == "off") t.blank_page_rule = BlankPageRule::Off;
            else if (rule == "even") t.blank_page_rule = BlankPageRule::Even;
            else if (rule == "multiple-of-four") t.blank_page_rule = BlankPageRule::MultipleOfFour;
            else throw blank.error("rule", "must be \"off\", \"even\" or \"multiple-of-four\"");
            t.blank_page_text = blank.string_or("text", t.blank_page_text);
        }
    }

    {
        std::vector<std::string> families = default_font_chain();
        std::string regular, bold;
        const TemplateJson* where = &root;
        std::string key_prefix = "fonts";
        std::unique_ptr<TemplateJson> fonts;
        if (root.has("fonts")) {
            fonts = std::make_unique<TemplateJson>(root.object("fonts"));
            fonts->allow_only({"families", "regular", "bold", "size", "header_size", "title_size"});
            if (fonts->has("families")) {
                families = fonts->string_array("families");
                if (families.empty()) throw fonts->error("families", "names no font; give at least one");
            }
            regular = fonts->string_or("regular", "");
            bold = fonts->string_or("bold", "");
            t.font_size = fonts->number_or("size", t.font_size);
            t.header_font_size = fonts->number_or("header_size", t.header_font_size);
            t.title_font_size = fonts->number_or("title_size", t.title_font_size);
            for (double s : {t.font_size, t.header_font_size, t.title_font_size})
                if (s < 4 || s > 48) throw fonts->error("size", "font sizes must be between 4 and 48 points");
            where = fonts.get();
            key_prefix.clear();
        }
        const bool given = fonts && fonts->has("families");
        for (std::size_t i = 0; i < families.size(); ++i) {
            std::string key = given ? "families" : key_prefix.empty() ? "families (not given: the default chain)"
                                                                       : "fonts.families (not given: the default chain)";
            key += '[';
            key += std::to_string(i);
            key += ']';
            t.font_chain.push_back(chain_font(*where, key, families[i]));
        }
        // "regular" and "bold" give the first font's files directly.
        if (!regular.empty()) t.font_chain.front().regular.path = resolve_font(*where, "regular", regular);
        if (!bold.empty()) {
            t.font_chain.front().bold.path = resolve_font(*where, "bold", bold);
            t.font_chain.front().bold.index = 0;
            t.font_chain.front().has_bold = true;
        }
        if (!regular.empty()) t.font_chain.front().regular.index = 0;
        t.font_regular = t.font_chain.front().regular.path;
        t.font_bold = t.font_chain.front().bold.path;
    }

    if (root.has("colours")) {
        TemplateJson colours = root.object("colours");
        colours.allow_only({"header_fill", "header_text", "grid", "heading_fill", "text", "green", "amber", "red"});
        t.header_fill = colours.colour_or("header_fill", t.header_fill);
        t.header_text = colours.colour_or("header_text", t.header_text);
        t.grid = colours.colour_or("grid", t.grid);
        t.heading_fill = colours.colour_or("heading_fill", t.heading_fill);
        t.text = colours.colour_or("text", t.text);
        t.green = colours.colour_or("green", t.green);
        t.amber = colours.colour_or("amber", t.amber);
        t.red = colours.colour_or("red", t.red);
    }

    std::vector<TemplateJson> columns = root.required_array("columns");
    if (columns.empty()) throw root.error("columns", "a template needs at least one column");
    if (columns.size() > kMaxColumns)
        throw root.error("columns", "has " + std::to_string(columns.size()) + " columns; the limit is " +
                                        std::to_string(kMaxColumns));
    std::set<std::string> seen;
    for (const auto& c : columns) {
        ColumnSpec spec = read_column(c);
        if (!seen.insert(spec.key).second) throw c.error("field", "\"" + spec.key + "\" is given twice");
        t.columns.push_back(spec);
    }
    if (!t.has_column(ColumnField::Indicator))
        throw root.error("columns", "no column shows the indicator (field \"indicator\")");

    if (root.has("rag_key")) {
        TemplateJson key = root.object("rag_key");
        key.allow_only({"show", "heading", "green", "amber", "red"});
        t.show_rag_key = key.bool_or("show", true);
        t.rag_key_heading = key.string_or("heading", t.rag_key_heading);
        t.rag_key_green = key.string_or("green", t.rag_key_green);
        t.rag_key_amber = key.string_or("amber", t.rag_key_amber);
        t.rag_key_red = key.string_or("red", t.rag_key_red);
    }
    if (root.has("trend_chart")) {
        TemplateJson chart = root.object("trend_chart");
        chart.allow_only({"points"});
        double points = chart.number_or("points", 5);
        if (points < 2 || points > 20) throw chart.error("points", "must be between 2 and 20");
        t.trend_chart_points = static_cast<int>(points);
    }

    const std::string publish = root.string_or("publish", "computed");
    if (!publish_policy_from_name(publish, &t.publish))
        throw root.error("publish", "must be \"computed\" or \"stated\", not \"" + publish + "\"");

    if (root.has("rules") && root.has("rules_file"))
        throw root.error("rules_file", "give either \"rules\" or \"rules_file\", not both");
    if (root.has("rules")) {
        t.rules = read_rating_rules(root.object("rules"));
        t.rules.source = path;
    } else if (root.has("rules_file")) {
        Poco::Path rules_path(root.required_string("rules_file"));
        if (rules_path.isRelative()) rules_path = Poco::Path(Poco::Path(path).parent()).resolve(rules_path);
        t.rules = load_rating_rules(rules_path.toString());
    } else {
        t.rules.source = "built-in defaults";
    }
    return t;
}

std::string resolve_template_path(const std::string& name_or_path) {
    if (name_or_path.find('/') != std::string::npos || ends_with_json(name_or_path)) return name_or_path;
    std::string looked;
    for (const auto& folder : template_folders()) {
        std::string path = folder;
        path += '/';
        path += name_or_path;
        path += ".json";
        if (Poco::File(path).exists()) return path;
        if (!looked.empty()) looked += ", ";
        looked += folder;
    }
    throw TemplateError("no template named \"" + name_or_path + "\" in " + looked +
                        " (give a path to a .json file, or set SCORECARD_TEMPLATES to the folder holding it)");
}

std::string default_template_name(SourceLayout layout) {
    return layout == SourceLayout::Sectioned ? "sectioned-2019-20" : "flat-2022-23";
}

}  // namespace scorecard
