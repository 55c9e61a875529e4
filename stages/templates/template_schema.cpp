#include "template_schema.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "placeholders.hpp"

namespace scorecard {

namespace {

// Small builders so the table below reads as a table.
TemplateKey object(std::string path, std::string description, std::string example = "{ ... }") {
    TemplateKey k;
    k.path = std::move(path);
    k.type = KeyType::Object;
    k.description = std::move(description);
    k.example = std::move(example);
    return k;
}

TemplateKey typed(KeyType type, std::string path, std::string default_value, std::string description,
                  std::string example) {
    TemplateKey k;
    k.path = std::move(path);
    k.type = type;
    k.default_value = std::move(default_value);
    k.description = std::move(description);
    k.example = std::move(example);
    return k;
}

TemplateKey required(TemplateKey k) {
    k.required = true;
    return k;
}

TemplateKey text(std::string path, std::string default_value, unsigned placeholders, std::string description,
                 std::string example) {
    TemplateKey k = typed(KeyType::Text, std::move(path), std::move(default_value), std::move(description),
                          std::move(example));
    k.placeholders = placeholders;
    return k;
}

TemplateKey choice(std::string path, std::vector<std::string> choices, std::string default_value,
                   std::string description, std::string example) {
    TemplateKey k = typed(KeyType::Choice, std::move(path), std::move(default_value), std::move(description),
                          std::move(example));
    k.choices = std::move(choices);
    return k;
}

TemplateKey number(std::string path, double min, double max, std::string default_value, std::string description,
                   std::string example, bool min_exclusive = false, bool max_exclusive = false) {
    TemplateKey k = typed(KeyType::Number, std::move(path), std::move(default_value), std::move(description),
                          std::move(example));
    k.min = min;
    k.max = max;
    k.min_exclusive = min_exclusive;
    k.max_exclusive = max_exclusive;
    return k;
}

TemplateKey noted(TemplateKey k, std::string note) {
    k.default_note = std::move(note);
    return k;
}

const std::vector<std::string> kRags = {"Green", "Amber", "Red", "N/A"};

const std::vector<std::string> kFields = {
    "topic", "theme", "indicator", "polarity", "frequency", "previous_period", "previous_value", "latest_period",
    "latest_value", "trend", "target", "rag", "quartile", "neighbour_average", "current_performance",
    "latest_update", "compared", "trend_chart", "commentary", "id", "numerator", "denominator", "computed_trend",
    "direction", "computed_rag", "england_average", "region_average"};

std::vector<TemplateKey> make_keys() {
    const unsigned footer = kAllPlaceholders;
    std::vector<TemplateKey> k = {
        required(typed(KeyType::String, "name", "",
                       "The template's short name: what `-t` finds it by when it is in the template folder, and "
                       "what `scorecard templates` lists.",
                       "\"flat-2022-23\"")),
        typed(KeyType::String, "description", "", "One sentence on what the template is for, listed by `scorecard templates`.",
              "\"The 2022/23 committee scorecard\""),
        required(choice("layout", {"flat", "sectioned"}, "",
                        "`flat`: each group (topic) is a merged first column down its rows (2022/23). `sectioned`: "
                        "groups are full-width heading rows (2019/20).",
                        "\"flat\"")),
        required(text("title", "", kTitlePlaceholders & ~kPlaceholderTitle,
                      "The scorecard's title, before the period is added by `title_format`.",
                      "\"Children and Families Performance\"")),
        text("title_format", "{title} {period}", kTitlePlaceholders,
             "The document title: the first page's heading, the PDF's title (shown in the viewer's title bar) and "
             "the workbook's. Spaces left at either end by an empty period are dropped.",
             "\"{council}: {title} {period}\""),

        choice("publish", {"computed", "stated"}, "computed",
               "What the documents print for trend, direction and RAG: `computed`, what the rules derive from "
               "the figures (each difference from the table reported); `stated`, the table's own values as "
               "they are (for ratings that include judgement; the computed ones stay cross-checks).",
               "\"stated\""),
        object("document", "Document properties written into the PDF and the workbook."),
        typed(KeyType::String, "document.author", "", "The documents' author.", "\"Performance team\""),
        typed(KeyType::String, "document.company", "", "The council: the workbook's company, and `{council}` in titles and footers.",
              "\"Leicestershire County Council\""),
        typed(KeyType::String, "document.subject", "", "The documents' subject.", "\"Performance scorecard\""),
        typed(KeyType::String, "document.keywords", "", "The documents' keywords, separated by commas.",
              "\"performance, committee\""),
        typed(KeyType::String, "document.language", "en-GB",
              "The language of the text (BCP 47), for screen readers: the PDF's /Lang.", "\"en-GB\""),
        typed(KeyType::String, "document.release_date", "",
              "When the figures are published, as the documents should print it: on the workbook's Cover, the "
              "web page and the PDF's document properties. Not printed when empty.",
              "\"14 February 2023\""),
        typed(KeyType::String, "document.contact", "",
              "Who readers ask about the figures (a team, an email address, a telephone number): on the "
              "workbook's Cover, the web page and the PDF's document properties. Not printed when empty.",
              "\"Business Intelligence Service, performance@example.gov.uk\""),

        object("page", "The printed page: size, orientation, margins, footers, blank pages, where an item starts."),
        choice("page.size", {"A4", "A3", "Letter"}, "A4",
               "Paper size of the PDF and of the workbook's print setup. The columns are scaled together to fill "
               "the printable width.",
               "\"A3\""),
        choice("page.orientation", {"landscape", "portrait"}, "landscape",
               "Orientation of the PDF's pages and of the workbook's print setup.", "\"portrait\""),
        object("page.margins_mm", "The PDF's margins in millimetres (the workbook prints with the same)."),
        number("page.margins_mm.top", 0, 60, "15", "Top margin, above the title and the header row.", "14"),
        number("page.margins_mm.bottom", 0, 60, "15", "Bottom margin; the footer sits in its middle.", "16"),
        number("page.margins_mm.left", 0, 60, "12", "Left margin.", "12"),
        number("page.margins_mm.right", 0, 60, "12", "Right margin.", "12"),
        text("page.footer", "Page {page}", footer,
             "The PDF's footer, centred in the bottom margin of every page. `{pages}` is the last page's number "
             "(of the pack, in `scorecard pack`), blank pages included.",
             "\"Page {page} of {pages}\""),
        text("page.excel_footer", "Page &P of &N", footer,
             "The workbook's printed footer. Excel's own codes work (`&P` page, `&N` pages, `&D` date); "
             "`{page}` and `{pages}` become `&P` and `&N`.",
             "\"{council} - page {page} of {pages}\""),
        object("page.blank_page", "The page added so the next agenda item starts on a right-hand page."),
        choice("page.blank_page.rule", {"even", "multiple-of-four", "off"}, "even",
               "`even`: one blank page after an odd number of pages (double-sided printing); `multiple-of-four`: "
               "up to three, for booklets; `off`: none.",
               "\"multiple-of-four\""),
        text("page.blank_page.text", "This page is intentionally left blank", footer,
             "The sentence centred on a blank page (the footer is printed below it as on every page).",
             "\"Intentionally blank\""),
        choice("page.item_start", {"right", "any"}, "right",
               "Where an agenda item starts: `right`, on a right-hand (odd-numbered) page, so `build` warns when "
               "`--first-page` is even and `pack` adds a blank page before an item that would start on a "
               "left-hand page; `any`, wherever it falls.",
               "\"any\""),

        object("fonts", "The fonts text is drawn with, and their sizes in points."),
        noted(typed(KeyType::Strings, "fonts.families", "",
                    "The chain of fonts, in order: each a family installed on the machine (found through "
                    "fontconfig; one that is not installed is an error naming the Debian package) or the path "
                    "of a TrueType file. The first is the document's font; a character it lacks is drawn by "
                    "the first of the others that has it.",
                    "[\"Liberation Sans\", \"Noto Sans Arabic\", \"DejaVu Sans\"]"),
              "Liberation Sans, then Noto, Droid Sans Fallback, DejaVu Sans and Symbola for other scripts and signs"),
        noted(typed(KeyType::Path, "fonts.regular", "",
                    "The first font's regular face as a file (TrueType), absolute or relative to the template's "
                    "folder, instead of the one fontconfig finds for its family.",
                    "\"fonts/Arial.ttf\""),
              "the first family's regular face"),
        noted(typed(KeyType::Path, "fonts.bold", "", "The first font's bold face as a file (headings, the title).",
                    "\"fonts/Arial-Bold.ttf\""),
              "the first family's bold face"),
        number("fonts.size", 4, 48, "8",
               "The table's body text and the footer. A column too narrow at this size for the widest figure it "
               "holds (a figure broken over two lines) is a warning naming the column.",
               "9"),
        number("fonts.header_size", 4, 48, "8", "The header row.", "8"),
        number("fonts.title_size", 4, 48, "14", "The title on the first page.", "16"),

        object("colours", "Colours as \"#RRGGBB\"."),
        typed(KeyType::Colour, "colours.header_fill", "#D9D9D9", "The header row's fill.", "\"#D9D9D9\""),
        typed(KeyType::Colour, "colours.header_text", "#000000", "The header row's text.", "\"#000000\""),
        typed(KeyType::Colour, "colours.grid", "#808080", "The table's rules.", "\"#7F7F7F\""),
        typed(KeyType::Colour, "colours.heading_fill", "#F2F2F2", "Group heading rows and topic cells.", "\"#DEEAF6\""),
        typed(KeyType::Colour, "colours.text", "#000000", "Body text and the footer.", "\"#000000\""),
        typed(KeyType::Colour, "colours.green", "#00B050", "The fill of a Green RAG cell (its word is printed too).",
              "\"#00B050\""),
        typed(KeyType::Colour, "colours.amber", "#FFC000", "The fill of an Amber RAG cell.", "\"#FFC000\""),
        typed(KeyType::Colour, "colours.red", "#FF0000", "The fill of a Red RAG cell.", "\"#FF0000\""),

        required(typed(KeyType::Array, "columns", "",
                       "The table's columns, left to right: 1 to 64 objects, each field at most once, one of them "
                       "`indicator`.",
                       "[ { \"field\": \"indicator\", \"heading\": \"Indicator\" } ]")),
        required(choice("columns[].field", kFields, "",
                        "What the column shows: a field of the model, stated (as the table gives it) or computed "
                        "(`computed_trend`, `direction`, `computed_rag`) or from the national data given with `--national` "
                        "(`england_average`, `region_average`).",
                        "\"latest_value\"")),
        required(typed(KeyType::String, "columns[].heading", "", "The header cell's text.", "\"Latest Value\"")),
        number("columns[].width_mm", 0, 400, "20",
               "The column's width in the PDF, in millimetres; all columns are scaled together to fill the page's "
               "printable width, so only their proportions matter.",
               "14", /*min_exclusive=*/true),
        choice("columns[].align", {"left", "centre", "center", "right"}, "left", "How the cell's text is aligned.",
               "\"right\""),
        choice("columns[].rag_style", {"word", "letter"}, "word",
               "A RAG column's text: the word (Green) or the letter (G).", "\"letter\""),
        typed(KeyType::Boolean, "columns[].only_with_data", "false",
              "Show the column only when some indicator has something for it, so a column of national figures "
              "does not stand empty in a paper built without national data.",
              "true"),

        noted(typed(KeyType::Array, "glossary", "",
              "The council's own abbreviations, added to the ones scorecard knows (an entry with the same "
              "abbreviation replaces scorecard's wording). As with those, the documents list an entry only where "
              "their text uses it: the workbook's Cover and the web page's glossary.",
              "[ { \"abbreviation\": \"SLF\", \"meaning\": \"Supporting Leicestershire Families\" } ]"),
              "none"),
        required(typed(KeyType::String, "glossary[].abbreviation", "",
                       "The abbreviation as the text writes it (letters and digits, matched as a whole word).",
                       "\"SLF\"")),
        required(typed(KeyType::String, "glossary[].meaning", "", "What it stands for.",
                       "\"Supporting Leicestershire Families\"")),

        object("rag_key", "The RAG rating key below the table (and on the workbook's About sheet)."),
        noted(typed(KeyType::Boolean, "rag_key.show", "true", "Whether the PDF shows the key.", "false"),
              "true when `rag_key` is given, else no key"),
        typed(KeyType::String, "rag_key.heading", "RAG rating key", "The key's heading.", "\"RAG rating key\""),
        typed(KeyType::String, "rag_key.green", "Top quartile of local authorities or high in second quartile with improving trend",
              "What Green means.", "\"Top quartile\""),
        typed(KeyType::String, "rag_key.amber", "Second or third quartile with room for improvement",
              "What Amber means.", "\"Second or third quartile\""),
        typed(KeyType::String, "rag_key.red", "Fourth quartile or low in the third quartile with a declining trend",
              "What Red means.", "\"Fourth quartile\""),

        object("trend_chart", "The small charts of the `trend_chart` column."),
        [] {
            TemplateKey p = typed(KeyType::Integer, "trend_chart.points", "5", "How many data points a chart shows.", "5");
            p.min = 2;
            p.max = 20;
            return p;
        }(),

        object("summary", "The summary of what changed since the period before (docs/history.md, \"The summary\"); the "
                          "workbook's Summary sheet and the web page's summary section are always written."),
        typed(KeyType::Boolean, "summary.pdf_page", "true", "Whether the PDF starts with the summary page(s).", "false"),

        object("commentary", "Each indicator's commentary (the table's optional Commentary column)."),
        noted(typed(KeyType::Boolean, "commentary.below_row", "true",
              "Whether an indicator's commentary is shown in a row of its own below the indicator's row, across "
              "the table (after the Topic column where topics span their rows), with its line breaks, in the PDF, "
              "the Scorecard sheet and the web page; it continues on the next page where it must, a line never "
              "split. A template shows commentary either this way or in a `commentary` column (which keeps line "
              "breaks too), not both.",
                    "false"),
              "true, unless a column shows commentary"),

        typed(KeyType::Path, "rules_file", "",
              "A JSON file holding the `rules` object's keys (relative to the template's folder), for rules "
              "shared by several templates. Give `rules` or `rules_file`, not both.",
              "\"rules/children.json\""),
        noted(object("rules", "How trend, direction and RAG are derived (docs/layout.md, \"Rating rules\")."),
              "the defaults below"),
        object("rules.similar_tolerance",
               "How much change still counts as \"Similar\" rather than better or worse, per kind of value."),
        object("rules.similar_tolerance.percent", "For percentages."),
        number("rules.similar_tolerance.percent.absolute", 0, 1e9, "0", "Percentage points.", "1.0"),
        number("rules.similar_tolerance.percent.relative", 0, 1, "0", "A fraction of the previous value (0.05 = 5%).",
               "0"),
        object("rules.similar_tolerance.count", "For counts."),
        number("rules.similar_tolerance.count.absolute", 0, 1e9, "0", "In the count's unit.", "0"),
        number("rules.similar_tolerance.count.relative", 0, 1, "0", "A fraction of the previous value.", "0.05"),
        object("rules.similar_tolerance.other", "For other values (rates, scores)."),
        number("rules.similar_tolerance.other.absolute", 0, 1e9, "0", "In the value's unit.", "0"),
        number("rules.similar_tolerance.other.relative", 0, 1, "0", "A fraction of the previous value.", "0.05"),
        object("rules.quartile_rag", "The rating of each national quartile (1 = top), polarity already applied."),
        choice("rules.quartile_rag.1", kRags, "Green", "Quartile 1.", "\"Green\""),
        choice("rules.quartile_rag.2", kRags, "Amber", "Quartile 2.", "\"Amber\""),
        choice("rules.quartile_rag.3", kRags, "Amber", "Quartile 3.", "\"Amber\""),
        choice("rules.quartile_rag.4", kRags, "Red", "Quartile 4.", "\"Red\""),
        choice("rules.high_in_second_quartile_improving", kRags, "Green",
               "With national data: high in the second quartile and improving.", "\"Green\""),
        choice("rules.low_in_third_quartile_declining", kRags, "Red",
               "With national data: low in the third quartile and declining.", "\"Red\""),
        number("rules.high_share", 0, 1, "0.5", "The share of a quartile's band, from its better end, that is \"high\".",
               "0.5", true, true),
        [] {
            TemplateKey n = typed(KeyType::Integer, "rules.national_minimum_authorities", "10",
                                  "With national data: fewer authorities with a value than this and the indicator "
                                  "gets no quartile and no national rating.",
                                  "10");
            n.min = 1;
            n.max = 100000;
            return n;
        }(),
        object("rules.target", "The rating from the target."),
        choice("rules.target.met", kRags, "Green", "A met target.", "\"Green\""),
        choice("rules.target.missed", kRags, "Red", "A missed target.", "\"Red\""),
        choice("rules.combine", {"better", "worse", "quartile", "target"}, "better",
               "The rating shown: the better or worse of the quartile and target ratings, or one of them only.",
               "\"better\""),
    };
    return k;
}

std::size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

std::string format_number(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", v);
    return buffer;
}

std::string quoted_list(const std::vector<std::string>& values) {
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i)
        out += (i == 0 ? "" : i + 1 == values.size() ? " or " : ", ") + ("`\"" + values[i] + "\"`");
    return out;
}

std::string markdown_cell(const std::string& text) {
    std::string out;
    for (char c : text) out += c == '|' ? std::string("\\|") : std::string(1, c);
    return out;
}

}  // namespace

const std::vector<TemplateKey>& template_keys() {
    static const std::vector<TemplateKey> keys = make_keys();
    return keys;
}

const TemplateKey* find_template_key(const std::string& path) {
    for (const auto& k : template_keys())
        if (k.path == path) return &k;
    return nullptr;
}

std::vector<std::string> template_child_keys(const std::string& object_path) {
    std::vector<std::string> out;
    const std::string prefix = object_path.empty() ? "" : object_path + ".";
    for (const auto& k : template_keys()) {
        if (k.path.compare(0, prefix.size(), prefix) != 0) continue;
        const std::string rest = k.path.substr(prefix.size());
        if (rest.empty() || rest.find('.') != std::string::npos || rest.find("[]") != std::string::npos) continue;
        out.push_back(rest);
    }
    return out;
}

std::vector<std::string> nearest_names(const std::string& wrong, const std::vector<std::string>& known) {
    std::vector<std::pair<std::size_t, std::string>> scored;
    for (const auto& name : known) {
        // A name the wrong one begins ("flat-2022" of "flat-2022-23") is near however much is missing.
        const bool prefix = name.size() > wrong.size() && wrong.size() >= 3 && name.compare(0, wrong.size(), wrong) == 0;
        const std::size_t d = edit_distance(wrong, name);
        const std::size_t near = std::max<std::size_t>(2, std::min(wrong.size(), name.size()) / 3);
        if (d <= near || prefix) scored.emplace_back(prefix ? std::min<std::size_t>(d, 1) : d, name);
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::string> out;
    for (const auto& s : scored)
        if (out.size() < 3) out.push_back(s.second);
    return out;
}

std::string key_type_name(const TemplateKey& key) {
    switch (key.type) {
        case KeyType::Object: return "object";
        case KeyType::Array: return "array of objects";
        case KeyType::Strings: return "array of strings";
        case KeyType::String: return "string";
        case KeyType::Text: return "text with placeholders";
        case KeyType::Choice: return "one of";
        case KeyType::Number: return "number";
        case KeyType::Integer: return "whole number";
        case KeyType::Boolean: return "true or false";
        case KeyType::Colour: return "colour";
        case KeyType::Path: return "file path";
    }
    return "";
}

std::string key_allowed_text(const TemplateKey& key) {
    switch (key.type) {
        case KeyType::Choice: return quoted_list(key.choices);
        case KeyType::Number:
        case KeyType::Integer: {
            const std::string low = format_number(key.min), high = format_number(key.max);
            if (key.max >= 1e9) return key.min_exclusive ? "over " + low : low + " or more";
            if (key.min_exclusive && key.max_exclusive) return "over " + low + " and under " + high;
            if (key.min_exclusive) return "over " + low + ", at most " + high;
            return "from " + low + " to " + high;
        }
        case KeyType::Text: {
            std::string list = placeholder_list(key.placeholders), out;
            for (char c : list) out += c == '{' ? std::string("`{") : c == '}' ? std::string("}`") : std::string(1, c);
            return out;
        }
        case KeyType::Colour: return "`\"#RRGGBB\"`";
        default: return "";
    }
}

std::string template_reference_markdown() {
    std::string out = std::string(kReferenceBegin) + "\n\n";
    out += "| key | type | default | allowed | description | example |\n";
    out += "|---|---|---|---|---|---|\n";
    for (const auto& k : template_keys()) {
        std::string shown_default;
        if (k.required) shown_default = "required";
        else if (!k.default_note.empty()) shown_default = k.default_note;
        else if (k.type == KeyType::Object) shown_default = "";
        else if (k.default_value.empty()) shown_default = k.type == KeyType::Path ? "none" : "`\"\"`";
        else if (k.type == KeyType::Number || k.type == KeyType::Integer || k.type == KeyType::Boolean)
            shown_default = "`" + k.default_value + "`";
        else shown_default = "`\"" + k.default_value + "\"`";
        out += "| `" + k.path + "` | " + key_type_name(k) + " | " + markdown_cell(shown_default) + " | " +
               markdown_cell(key_allowed_text(k)) + " | " + markdown_cell(k.description) + " | `" +
               markdown_cell(k.example) + "` |\n";
    }
    out += "\n" + std::string(kReferenceEnd) + "\n";
    return out;
}

}  // namespace scorecard
