// Reads a .xlsx back for the tests: a zip of XML parts, opened with Poco::Zip and parsed with
// Poco::XML's DOM. It resolves what a spreadsheet user sees: shared and inline strings, each
// cell's number format, font and fill through the style tables, merged ranges, tables,
// frozen panes, column widths and row heights, print settings (with the workbook's print area
// and print titles), and the document properties. Anything it does not model can be checked in
// the raw XML of a part.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace scorecard::test {

struct XlsxStyle {
    std::string number_format = "General";
    std::string font_name;
    double font_size = 0;
    bool bold = false, italic = false;
    std::string fill_rgb;  // "00B050" for a solid fill; empty when the cell is not filled
    std::string horizontal, vertical;  // alignment as written ("center"); empty for the default
    bool wrap = false;
    bool border = false;  // any border on any side
};

struct XlsxCell {
    enum class Type { Number, String, Boolean, Error, Blank };
    Type type = Type::Blank;
    std::string text;     // a string cell's text; a number's value as written in the XML
    double number = 0;    // Number and Boolean
    std::string formula;  // non-empty when the cell holds a formula
    XlsxStyle style;

    bool is_number() const { return type == Type::Number; }
    bool is_string() const { return type == Type::String; }
};

struct XlsxTable {
    std::string name, display_name, ref;  // ref: "A3:AR33"
    std::vector<std::string> columns;     // header names, in order
    bool has_autofilter = false;
    std::string style;  // "TableStyleLight9"
};

// A sparkline from the sheet's x14 extension: the range it reads and the cell it is drawn in.
struct XlsxSparkline {
    std::string range;  // "'Trend data'!D4:H4"
    std::string cell;   // "E4"
    std::map<std::string, std::string> group;  // its sparklineGroup's attributes (type, last, ...)
};

struct XlsxPrint {
    std::string orientation;  // "landscape" or "portrait" (empty: the default, portrait)
    int paper_size = 1;       // 9 is A4
    bool fit_to_page = false;
    int fit_to_width = 1, fit_to_height = 1;  // as Excel reads them (absent attribute: 1)
    bool horizontal_centered = false;
    std::string header, footer;  // oddHeader and oddFooter, with their & codes
    std::string print_area;      // "$A$2:$N$32" from the workbook's _xlnm.Print_Area
    std::string print_titles;    // "$2:$2" from _xlnm.Print_Titles
    double margin_left = 0, margin_right = 0, margin_top = 0, margin_bottom = 0;  // inches
};

struct XlsxSheet {
    std::string name, part;              // part: "xl/worksheets/sheet1.xml"
    std::map<std::string, XlsxCell> cells;  // by reference ("B3")
    std::vector<std::string> merged;     // "A3:A6"
    std::vector<XlsxTable> tables;
    std::vector<XlsxSparkline> sparklines;
    XlsxPrint print;
    int frozen_rows = 0, frozen_columns = 0;
    std::map<int, double> column_widths;  // 1-based column -> width in characters
    std::map<int, double> row_heights;    // 1-based row -> points (rows with a set height)
    std::string xml;                      // the part as written

    const XlsxCell& at(const std::string& ref) const;  // throws naming the sheet and cell
    const XlsxCell* find(const std::string& ref) const;
    int last_row() const;  // the highest row holding a cell
    // A column's width in screen pixels as Excel draws it (Normal font with a 7-pixel digit).
    int column_pixels(int column) const;
    // Every cell of a 1-based column from `first_row` down, as (row, cell).
    std::vector<std::pair<int, const XlsxCell*>> column(int column, int first_row = 1) const;
};

struct XlsxProperties {
    std::string title, subject, creator, keywords, description, created, modified;
    std::string company;  // from docProps/app.xml
};

class XlsxWorkbook {
public:
    explicit XlsxWorkbook(const std::string& path);

    const std::vector<std::string>& sheet_names() const { return sheet_names_; }
    const XlsxSheet& sheet(const std::string& name) const;
    const XlsxProperties& properties() const { return properties_; }
    // The zip's entries in the order they are stored (from the central directory).
    const std::vector<std::string>& entries() const { return entries_; }
    bool has_part(const std::string& name) const { return parts_.count(name) > 0; }
    const std::string& part(const std::string& name) const;  // throws when missing

private:
    std::map<std::string, std::string> parts_;
    std::vector<std::string> entries_;
    std::vector<std::string> sheet_names_;
    std::map<std::string, XlsxSheet> sheets_;
    XlsxProperties properties_;
};

// "B3" <-> (row 3, column 2), both 1-based.
std::string cell_ref(int row, int column);
void split_ref(const std::string& ref, int* row, int* column);

}  // namespace scorecard::test
