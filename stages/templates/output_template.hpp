// An output template: the layout of both documents as data (output_templates/*.json), loaded
// and checked once into this typed struct. The Excel and PDF writers read the same struct.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "font_lookup.hpp"
#include "placeholders.hpp"
#include "rating_rules.hpp"

namespace scorecard {

// What a column shows. One name per field of the model (stated or computed).
enum class ColumnField {
    Topic,               // the group name (2022/23 "Topic", merged down its rows)
    Theme,
    Indicator,
    Polarity,
    Frequency,
    PreviousPeriod,
    PreviousValue,
    LatestPeriod,
    LatestValue,
    Trend,               // the published trend (what the rules derive, or the table's; see Published)
    Target,
    Rag,                 // the published RAG, filled with its colour
    Quartile,
    NeighbourAverage,
    CurrentPerformance,  // latest value with its bracketed figure: "15.2% (28)"
    LatestUpdate,        // the latest period, as 2019/20 heads it
    Compared,            // the published "Compared to previous data point"
    TrendChart,          // a small chart of the last data points
    Commentary,
    Id,
    Numerator,
    Denominator,
    ComputedTrend,
    Direction,
    ComputedRag,
    EnglandAverage,  // the national data's England figure (with --national)
    RegionAverage    // the national data's figure for this authority's region (with --national)
};

enum class Align { Left, Centre, Right };

enum class RagStyle { Word, Letter };

struct ColumnSpec {
    ColumnField field = ColumnField::Indicator;
    std::string key;      // the field's name in the JSON ("latest_value")
    std::string heading;  // the header cell text
    double width_mm = 20;  // PDF width; columns are scaled together to fill the page width
    Align align = Align::Left;
    RagStyle rag_style = RagStyle::Word;
    // Shown only when some indicator has something for it ("only_with_data": true), so a
    // column of national figures does not stand empty in a paper built without national data.
    bool only_with_data = false;
};

struct Rgb {
    unsigned char r = 0, g = 0, b = 0;
    unsigned int packed() const { return (static_cast<unsigned>(r) << 16) | (static_cast<unsigned>(g) << 8) | b; }
    std::string hex() const;  // "#RRGGBB"
};

enum class BlankPageRule {
    Off,            // never add a blank page
    Even,           // pad to an even number of pages (double-sided printing; the default)
    MultipleOfFour  // pad to a multiple of four (booklet printing)
};

enum class TemplateLayout {
    Flat,      // groups as a merged first column (2022/23)
    Sectioned  // groups as full-width heading rows (2019/20)
};

// One font of the chain text is drawn with (docs/architecture.md, "Fonts and text").
struct ChainFont {
    std::string name;  // as the template gives it: a family ("Noto Sans Arabic") or a file's path
    FontFile regular, bold;
    bool has_bold = true;  // false: the family has no bold face, and bold text uses the regular one
};

// The chain used when a template names none: Debian's fonts, found through fontconfig.
// Liberation Sans (fonts-liberation2) for the text; Noto (fonts-noto-core) for Arabic,
// Hebrew, the Indic scripts, Thai and Ethiopic; Droid Sans Fallback (fonts-droid-fallback)
// for Chinese, Japanese and Korean, as TrueType outlines (Noto's CJK fonts have CFF outlines,
// which PoDoFo cannot subset); DejaVu Sans (fonts-dejavu-core) and Noto's symbol fonts for
// signs; Symbola (fonts-symbola) for emoji, as outlines a PDF can embed (the colour emoji
// font's bitmaps cannot be).
const std::vector<std::string>& default_font_chain();

enum class PaperSize { A4, A3, Letter };
enum class Orientation { Landscape, Portrait };

// Where an agenda item starts in a pack printed double-sided.
enum class ItemStart {
    RightHand,  // on a right-hand (odd-numbered) page (the default)
    Any         // wherever it falls
};

struct OutputTemplate {
    std::string file;  // where it was loaded from
    std::string name;  // short name ("flat-2022-23")
    std::string description;
    TemplateLayout table_layout = TemplateLayout::Flat;  // the "layout" key: how the table shows its groups
    std::string title;         // "Children and Families Performance"
    std::string title_format;  // "{title} {period}"

    // Document properties
    std::string author, company, subject, keywords, language = "en-GB";
    std::string release_date, contact;  // printed where given (Cover, web page, PDF properties)

    // The council's own abbreviations, beside the ones scorecard knows (export/common/abbreviations).
    struct GlossaryEntry {
        std::string abbreviation, meaning;
    };
    std::vector<GlossaryEntry> glossary;

    // Page (PDF and Excel printing)
    PaperSize paper = PaperSize::A4;
    Orientation orientation = Orientation::Landscape;
    ItemStart item_start = ItemStart::RightHand;
    double margin_top_mm = 15, margin_bottom_mm = 15, margin_left_mm = 12, margin_right_mm = 12;
    std::string pdf_footer = "Page {page}";
    std::string excel_footer = "Page &P of &N";
    BlankPageRule blank_page_rule = BlankPageRule::Even;
    std::string blank_page_text = "This page is intentionally left blank";

    // Fonts: the chain, in order, each resolved to its files when the template is loaded (a
    // family that is not installed is an error). The first font is the document's own; a
    // character it lacks is drawn by the first of the others that has it.
    std::vector<ChainFont> font_chain;
    std::string font_regular, font_bold;  // the first font's files (font_chain() uses these)
    double font_size = 8, header_font_size = 8, title_font_size = 14;

    // The chain as the writers use it: font_chain with its first font's files taken from
    // font_regular and font_bold (the files themselves when the template was made in code).
    std::vector<ChainFont> fonts() const;

    // Colours
    Rgb header_fill{0xD9, 0xD9, 0xD9}, header_text{0, 0, 0}, grid{0x80, 0x80, 0x80},
        heading_fill{0xF2, 0xF2, 0xF2}, text{0, 0, 0};
    Rgb green{0x00, 0xB0, 0x50}, amber{0xFF, 0xC0, 0x00}, red{0xFF, 0x00, 0x00};

    std::vector<ColumnSpec> columns;

    // The RAG rating key shown below the table (2019/20) and on the About sheet.
    bool show_rag_key = false;
    std::string rag_key_heading = "RAG rating key";
    std::string rag_key_green = "Top quartile of local authorities or high in second quartile with improving trend";
    std::string rag_key_amber = "Second or third quartile with room for improvement";
    std::string rag_key_red = "Fourth quartile or low in the third quartile with a declining trend";

    int trend_chart_points = 5;

    // The summary of what changed since the period before ("summary": {"pdf_page": false} leaves
    // it out of the PDF; the workbook's Summary sheet and the web page always have it).
    bool summary_page = true;

    // Each indicator's commentary in a row of its own below the indicator's row, across the
    // table (after the Topic column where topics span their rows), its line breaks kept
    // ("commentary": {"below_row": ...}). On by default, unless the template has a
    // `commentary` column, which shows it instead; a template cannot ask for both.
    bool commentary_below = true;

    RatingRules rules;
    // What the documents print for trend, direction and RAG ("publish": "computed" | "stated").
    PublishPolicy publish = PublishPolicy::Computed;

    // title_format ("{title} {period}") with its placeholders filled (placeholders.hpp).
    std::string document_title(const std::string& period, long long first_page = 1) const;
    // The values of the placeholders for a document of this period, its pages numbered from
    // `first_page`; page and pages are set to first_page, for the writer to change per page.
    PlaceholderValues placeholder_values(const std::string& period, long long first_page) const;
    const Rgb& rag_colour(Rag rag) const;
    bool has_column(ColumnField field) const;
};

// A template that cannot be used: the message names the file and the key.
class TemplateError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Loads and checks a template file. Throws TemplateError naming the file and key.
OutputTemplate load_template(const std::string& path);

// Resolves -t: a path to a .json file, or a name looked up in the template folders
// (template_folders.hpp). Throws TemplateError naming every folder looked in when no folder
// holds the name.
std::string resolve_template_path(const std::string& name_or_path);

// The page's width and height in millimetres, from its size and orientation.
double mm_width(const OutputTemplate& t);
double mm_height(const OutputTemplate& t);

// The default template for an input of the given layout.
std::string default_template_name(SourceLayout layout);

const char* column_field_key(ColumnField field);
bool column_field_from_key(const std::string& key, ColumnField* field);

}  // namespace scorecard
