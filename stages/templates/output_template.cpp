#include "output_template.hpp"

#include <Poco/File.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Path.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>

#include "stages/model/input_file.hpp"
#include "stages/model/text_utils.hpp"
#include "rules_reader.hpp"
#include "template_folders.hpp"
#include "template_json.hpp"
#include "template_schema.hpp"

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

Align align_from(const std::string& text) {
    if (text == "centre" || text == "center") return Align::Centre;
    if (text == "right") return Align::Right;
    return Align::Left;
}

ColumnSpec read_column(const TemplateJson& column) {
    ColumnSpec spec;
    spec.key = column.text("field");
    column_field_from_key(spec.key, &spec.field);  // the schema has checked it is one
    spec.heading = column.text("heading");
    spec.width_mm = column.number("width_mm");
    spec.align = align_from(column.text("align"));
    spec.rag_style = column.text("rag_style") == "letter" ? RagStyle::Letter : RagStyle::Word;
    spec.only_with_data = column.boolean("only_with_data");
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

std::string OutputTemplate::document_title(const std::string& period, long long first_page) const {
    PlaceholderValues values;
    values.period = period;
    values.council = company;
    values.first_page = first_page;
    values.title = fill_placeholders(title, values);
    std::string t = fill_placeholders(title_format, values);
    // A missing period leaves a trailing space; a title should not carry one.
    while (!t.empty() && t.back() == ' ') t.pop_back();
    while (!t.empty() && t.front() == ' ') t.erase(t.begin());
    return t;
}

PlaceholderValues OutputTemplate::placeholder_values(const std::string& period, long long first_page) const {
    PlaceholderValues values;
    values.title = document_title(period, first_page);
    values.period = period;
    values.council = company;
    values.first_page = first_page;
    values.page = first_page;
    values.pages = first_page;
    return values;
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
    root.check_keys();

    OutputTemplate t;
    t.file = path;
    t.name = root.text("name");
    t.description = root.text("description");
    t.table_layout = root.text("layout") == "sectioned" ? TemplateLayout::Sectioned : TemplateLayout::Flat;
    t.title = root.text("title");
    t.title_format = root.text("title_format");

    // Every key is read whether or not its object is given, so an absent one takes the schema's
    // default: the defaults live in one place.
    auto child = [&](const TemplateJson& parent, const std::string& key) -> std::optional<TemplateJson> {
        if (!parent.has(key)) return std::nullopt;
        return parent.object(key);
    };
    auto text_of = [](const std::optional<TemplateJson>& j, const std::string& schema_path, const std::string& key) {
        return j ? j->text(key) : find_template_key(schema_path + "." + key)->default_value;
    };
    auto number_of = [](const std::optional<TemplateJson>& j, const std::string& schema_path, const std::string& key) {
        return j ? j->number(key) : std::stod(find_template_key(schema_path + "." + key)->default_value);
    };

    const auto doc = child(root, "document");
    t.author = text_of(doc, "document", "author");
    t.company = text_of(doc, "document", "company");
    t.subject = text_of(doc, "document", "subject");
    t.keywords = text_of(doc, "document", "keywords");
    t.language = text_of(doc, "document", "language");
    t.release_date = text_of(doc, "document", "release_date");
    t.contact = text_of(doc, "document", "contact");
    for (const TemplateJson& entry : root.array("glossary")) {
        OutputTemplate::GlossaryEntry g{entry.text("abbreviation"), entry.text("meaning")};
        if (g.abbreviation.empty()) throw entry.error("abbreviation", "is empty");
        if (g.meaning.empty()) throw entry.error("meaning", "is empty");
        t.glossary.push_back(std::move(g));
    }

    const auto page = child(root, "page");
    const std::string size = text_of(page, "page", "size");
    t.paper = size == "A3" ? PaperSize::A3 : size == "Letter" ? PaperSize::Letter : PaperSize::A4;
    t.orientation = text_of(page, "page", "orientation") == "portrait" ? Orientation::Portrait : Orientation::Landscape;
    const auto margins = page ? child(*page, "margins_mm") : std::nullopt;
    t.margin_top_mm = number_of(margins, "page.margins_mm", "top");
    t.margin_bottom_mm = number_of(margins, "page.margins_mm", "bottom");
    t.margin_left_mm = number_of(margins, "page.margins_mm", "left");
    t.margin_right_mm = number_of(margins, "page.margins_mm", "right");
    t.pdf_footer = text_of(page, "page", "footer");
    t.excel_footer = text_of(page, "page", "excel_footer");
    const auto blank = page ? child(*page, "blank_page") : std::nullopt;
    const std::string rule = text_of(blank, "page.blank_page", "rule");
    t.blank_page_rule = rule == "off" ? BlankPageRule::Off
                        : rule == "multiple-of-four" ? BlankPageRule::MultipleOfFour
                                                     : BlankPageRule::Even;
    t.blank_page_text = text_of(blank, "page.blank_page", "text");
    t.item_start = text_of(page, "page", "item_start") == "any" ? ItemStart::Any : ItemStart::RightHand;
    // The widest page the layout can use must still leave room between the margins.
    if (mm_width(t) - t.margin_left_mm - t.margin_right_mm < 50 || mm_height(t) - t.margin_top_mm - t.margin_bottom_mm < 50)
        throw root.error("page", "the margins leave less than 50 mm of the page to print on");

    {
        const auto fonts = child(root, "fonts");
        t.font_size = number_of(fonts, "fonts", "size");
        t.header_font_size = number_of(fonts, "fonts", "header_size");
        t.title_font_size = number_of(fonts, "fonts", "title_size");
        const bool given = fonts && fonts->has("families");
        std::vector<std::string> families = given ? fonts->string_array("families") : default_font_chain();
        if (given && families.empty()) throw fonts->error("families", "names no font; give at least one");
        const TemplateJson& where = fonts ? *fonts : root;
        for (std::size_t i = 0; i < families.size(); ++i) {
            std::string key = given ? "families" : fonts ? "families (not given: the default chain)"
                                                          : "fonts.families (not given: the default chain)";
            key += '[';
            key += std::to_string(i);
            key += ']';
            t.font_chain.push_back(chain_font(where, key, families[i]));
        }
        // "regular" and "bold" give the first font's files directly.
        const std::string regular = text_of(fonts, "fonts", "regular");
        const std::string bold = text_of(fonts, "fonts", "bold");
        if (!regular.empty()) t.font_chain.front().regular = FontFile{resolve_font(where, "regular", regular), 0};
        if (!bold.empty()) {
            t.font_chain.front().bold = FontFile{resolve_font(where, "bold", bold), 0};
            t.font_chain.front().has_bold = true;
        }
        t.font_regular = t.font_chain.front().regular.path;
        t.font_bold = t.font_chain.front().bold.path;
    }

    {
        const auto colours = child(root, "colours");
        auto colour = [&](const std::string& key) {
            Rgb out;
            if (colours) return colours->colour(key);
            parse_hex_colour(find_template_key("colours." + key)->default_value, &out);
            return out;
        };
        t.header_fill = colour("header_fill");
        t.header_text = colour("header_text");
        t.grid = colour("grid");
        t.heading_fill = colour("heading_fill");
        t.text = colour("text");
        t.green = colour("green");
        t.amber = colour("amber");
        t.red = colour("red");
    }

    std::vector<TemplateJson> columns = root.array("columns");
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

    {
        // Without a rag_key object there is no key; with one, it shows unless told not to.
        const auto key = child(root, "rag_key");
        t.show_rag_key = key ? key->boolean("show") : false;
        t.rag_key_heading = text_of(key, "rag_key", "heading");
        t.rag_key_green = text_of(key, "rag_key", "green");
        t.rag_key_amber = text_of(key, "rag_key", "amber");
        t.rag_key_red = text_of(key, "rag_key", "red");
    }
    {
        // The summary page at the front of the PDF: on unless the template says otherwise.
        const auto summary = child(root, "summary");
        t.summary_page = summary ? summary->boolean("pdf_page") : true;
    }
    {
        // Commentary is shown one way: in a `commentary` column, or in a row below each
        // indicator's row (the default for a template without such a column).
        const auto commentary = child(root, "commentary");
        const bool column = t.has_column(ColumnField::Commentary);
        t.commentary_below = commentary && commentary->has("below_row") ? commentary->boolean("below_row") : !column;
        if (t.commentary_below && column && commentary)
            throw commentary->error("below_row", "the template also has a \"commentary\" column: show the "
                                                 "commentary in the column or below the row, not both");
    }
    t.trend_chart_points = static_cast<int>(number_of(child(root, "trend_chart"), "trend_chart", "points"));

    publish_policy_from_name(root.text("publish"), &t.publish);  // the schema has checked the name

    if (root.has("rules") && root.has("rules_file"))
        throw root.error("rules_file", "give either \"rules\" or \"rules_file\", not both");
    if (root.has("rules")) {
        t.rules = read_rating_rules(root.object("rules"));
        t.rules.source = path;
    } else if (root.has("rules_file")) {
        Poco::Path rules_path(root.text("rules_file"));
        if (rules_path.isRelative()) rules_path = Poco::Path(Poco::Path(path).parent()).resolve(rules_path);
        t.rules = load_rating_rules(rules_path.toString());
    } else {
        t.rules.source = "built-in defaults";
    }
    return t;
}

double mm_width(const OutputTemplate& t) {
    const double short_side = t.paper == PaperSize::A3 ? 297 : t.paper == PaperSize::Letter ? 215.9 : 210;
    const double long_side = t.paper == PaperSize::A3 ? 420 : t.paper == PaperSize::Letter ? 279.4 : 297;
    return t.orientation == Orientation::Landscape ? long_side : short_side;
}

double mm_height(const OutputTemplate& t) {
    const double short_side = t.paper == PaperSize::A3 ? 297 : t.paper == PaperSize::Letter ? 215.9 : 210;
    const double long_side = t.paper == PaperSize::A3 ? 420 : t.paper == PaperSize::Letter ? 279.4 : 297;
    return t.orientation == Orientation::Landscape ? short_side : long_side;
}

std::string resolve_template_path(const std::string& name_or_path) {
    if (name_or_path.find('/') != std::string::npos) return name_or_path;
    // "flat-2022-23.json" is a file here when there is one, else the template of that name.
    if (ends_with_json(name_or_path) && Poco::File(name_or_path).exists()) return name_or_path;
    const std::string name = ends_with_json(name_or_path) ? name_or_path.substr(0, name_or_path.size() - 5) : name_or_path;
    std::string looked;
    for (const auto& folder : template_folders()) {
        std::string path = folder;
        path += '/';
        path += name;
        path += ".json";
        if (Poco::File(path).exists()) return path;
        if (!looked.empty()) looked += ", ";
        looked += folder;
    }
    std::vector<std::string> known;
    for (const auto& [known_name, path] : named_templates()) known.push_back(known_name);
    std::string hint;
    for (const auto& near : nearest_names(name, known)) hint += (hint.empty() ? "" : " or ") + ("\"" + near + "\"");
    throw TemplateError("no template named \"" + name + "\" in " + looked +
                        (hint.empty() ? "" : "; did you mean " + hint + "?") +
                        " (`scorecard templates` lists them; or give a path to a .json file, or set "
                        "SCORECARD_TEMPLATES to the folder holding it)");
}

std::string default_template_name(SourceLayout layout) {
    return layout == SourceLayout::Sectioned ? "sectioned-2019-20" : "flat-2022-23";
}

}  // namespace scorecard
