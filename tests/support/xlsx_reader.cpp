#include "xlsx_reader.hpp"
#include "hostile_strings.hpp"  // excel_unescape

#include <Poco/DOM/AutoPtr.h>
#include <Poco/DOM/DOMParser.h>
#include <Poco/DOM/Document.h>
#include <Poco/DOM/Element.h>
#include <Poco/DOM/NamedNodeMap.h>
#include <Poco/DOM/Node.h>
#include <Poco/SAX/XMLReader.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace scorecard::test {

namespace {

using Poco::XML::AutoPtr;
using Poco::XML::Document;
using Poco::XML::Element;
using Poco::XML::Node;

const char* const kRelationshipsNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// ---- XML helpers: elements by local name, so namespace prefixes do not matter. ----

AutoPtr<Document> parse(const std::string& xml) {
    Poco::XML::DOMParser parser;
    parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACES, true);
    parser.setFeature(Poco::XML::DOMParser::FEATURE_FILTER_WHITESPACE, false);
    return parser.parseString(xml);
}

std::vector<Element*> children(const Node* parent, const std::string& local_name) {
    std::vector<Element*> out;
    if (!parent) return out;
    for (Node* n = parent->firstChild(); n; n = n->nextSibling())
        if (n->nodeType() == Node::ELEMENT_NODE && n->localName() == local_name) out.push_back(static_cast<Element*>(n));
    return out;
}

Element* child(const Node* parent, const std::string& local_name) {
    auto all = children(parent, local_name);
    return all.empty() ? nullptr : all.front();
}

// The first element with this local name anywhere below `root`.
Element* find_descendant(const Node* root, const std::string& local_name) {
    if (!root) return nullptr;
    for (Node* n = root->firstChild(); n; n = n->nextSibling()) {
        if (n->nodeType() != Node::ELEMENT_NODE) continue;
        if (n->localName() == local_name) return static_cast<Element*>(n);
        if (Element* e = find_descendant(n, local_name)) return e;
    }
    return nullptr;
}

std::string attr(const Element* e, const std::string& name, const std::string& fallback = "") {
    if (!e || !e->hasAttribute(name)) return fallback;
    return e->getAttribute(name);
}

bool flag(const Element* e, const std::string& name) {
    const std::string v = attr(e, name);
    return v == "1" || v == "true";
}

std::string text_of(const Element* e) { return e ? e->innerText() : std::string(); }

// ---- Paths inside the package ----

std::string directory_of(const std::string& part) {
    const auto slash = part.rfind('/');
    return slash == std::string::npos ? "" : part.substr(0, slash + 1);
}

// Resolves a relationship target against the folder of the part that holds it.
std::string resolve(const std::string& base_dir, const std::string& target) {
    std::string path = target.front() == '/' ? target.substr(1) : base_dir + target;
    std::vector<std::string> segments;
    std::size_t start = 0;
    while (start <= path.size()) {
        const auto end = path.find('/', start);
        const std::string seg = path.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (seg == "..") {
            if (!segments.empty()) segments.pop_back();
        } else if (!seg.empty() && seg != ".") {
            segments.push_back(seg);
        }
        if (end == std::string::npos) break;
        start = end + 1;
    }
    std::string out;
    for (const auto& s : segments) out += (out.empty() ? "" : "/") + s;
    return out;
}

std::string rels_part_of(const std::string& part) {
    return directory_of(part) + "_rels/" + part.substr(directory_of(part).size()) + ".rels";
}

// Relationship id -> resolved target part.
std::map<std::string, std::string> relationships(const std::map<std::string, std::string>& parts, const std::string& part) {
    std::map<std::string, std::string> out;
    auto found = parts.find(rels_part_of(part));
    if (found == parts.end()) return out;
    AutoPtr<Document> doc = parse(found->second);
    for (Element* r : children(doc->documentElement(), "Relationship"))
        out[attr(r, "Id")] = resolve(directory_of(part), attr(r, "Target"));
    return out;
}

// ---- Styles ----

const std::map<int, std::string>& builtin_formats() {
    static const std::map<int, std::string> formats = {
        {0, "General"}, {1, "0"},        {2, "0.00"},     {3, "#,##0"},    {4, "#,##0.00"},
        {9, "0%"},      {10, "0.00%"},   {11, "0.00E+00"}, {12, "# ?/?"},  {13, "# ?\?/?\?"},
        {14, "m/d/yyyy"}, {49, "@"},
    };
    return formats;
}

std::vector<XlsxStyle> read_styles(const std::string& xml) {
    AutoPtr<Document> doc = parse(xml);
    const Element* root = doc->documentElement();

    std::map<int, std::string> formats = builtin_formats();
    for (Element* f : children(child(root, "numFmts"), "numFmt"))
        formats[std::atoi(attr(f, "numFmtId").c_str())] = attr(f, "formatCode");

    struct Font {
        std::string name;
        double size = 0;
        bool bold = false, italic = false;
    };
    std::vector<Font> fonts;
    for (Element* f : children(child(root, "fonts"), "font")) {
        Font font;
        font.name = attr(child(f, "name"), "val");
        font.size = std::atof(attr(child(f, "sz"), "val", "0").c_str());
        font.bold = child(f, "b") != nullptr;
        font.italic = child(f, "i") != nullptr;
        fonts.push_back(font);
    }

    std::vector<std::string> fills;
    for (Element* f : children(child(root, "fills"), "fill")) {
        const Element* pattern = child(f, "patternFill");
        std::string rgb;
        if (attr(pattern, "patternType") == "solid") {
            rgb = attr(child(pattern, "fgColor"), "rgb");
            if (rgb.size() == 8) rgb = rgb.substr(2);  // ARGB -> RGB
        }
        fills.push_back(rgb);
    }

    std::vector<bool> borders;
    for (Element* b : children(child(root, "borders"), "border")) {
        bool any = false;
        for (const char* side : {"left", "right", "top", "bottom"})
            if (!attr(child(b, side), "style").empty()) any = true;
        borders.push_back(any);
    }

    std::vector<XlsxStyle> styles;
    for (Element* xf : children(child(root, "cellXfs"), "xf")) {
        XlsxStyle s;
        const int num = std::atoi(attr(xf, "numFmtId", "0").c_str());
        s.number_format = formats.count(num) ? formats[num] : "builtin " + std::to_string(num);
        const std::size_t font = std::atoi(attr(xf, "fontId", "0").c_str());
        if (font < fonts.size()) {
            s.font_name = fonts[font].name;
            s.font_size = fonts[font].size;
            s.bold = fonts[font].bold;
            s.italic = fonts[font].italic;
        }
        const std::size_t fill = std::atoi(attr(xf, "fillId", "0").c_str());
        if (fill < fills.size()) s.fill_rgb = fills[fill];
        const std::size_t border = std::atoi(attr(xf, "borderId", "0").c_str());
        if (border < borders.size()) s.border = borders[border];
        if (const Element* a = child(xf, "alignment")) {
            s.horizontal = attr(a, "horizontal");
            s.vertical = attr(a, "vertical");
            s.wrap = flag(a, "wrapText");
        }
        styles.push_back(s);
    }
    return styles;
}

std::vector<std::string> read_shared_strings(const std::string& xml) {
    std::vector<std::string> strings;
    AutoPtr<Document> doc = parse(xml);
    for (Element* si : children(doc->documentElement(), "si")) {
        // Plain <t>, or rich text runs <r><t>..</t></r>: the cell's text is all of them.
        std::string text;
        if (Element* t = child(si, "t")) text = text_of(t);
        for (Element* r : children(si, "r")) text += text_of(child(r, "t"));
        strings.push_back(excel_unescape(text));  // as Excel shows it: _xHHHH_ is a character
    }
    return strings;
}

// ---- The zip ----

std::uint32_t le32(const std::string& b, std::size_t at) {
    return static_cast<unsigned char>(b[at]) | (static_cast<unsigned char>(b[at + 1]) << 8) |
           (static_cast<unsigned char>(b[at + 2]) << 16) | (static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 3])) << 24);
}
std::uint16_t le16(const std::string& b, std::size_t at) {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) | (static_cast<unsigned char>(b[at + 1]) << 8));
}

// Entry names in stored order, from the central directory (Poco's archive keeps them sorted).
std::vector<std::string> central_directory_names(const std::string& bytes) {
    std::vector<std::string> names;
    if (bytes.size() < 22) return names;
    std::size_t eocd = std::string::npos;
    for (std::size_t i = bytes.size() - 22 + 1; i-- > 0;)
        if (le32(bytes, i) == 0x06054b50) {
            eocd = i;
            break;
        }
    if (eocd == std::string::npos) throw std::runtime_error("not a zip: no end of central directory");
    const std::uint16_t count = le16(bytes, eocd + 10);
    std::size_t at = le32(bytes, eocd + 16);
    for (std::uint16_t i = 0; i < count; ++i) {
        if (at + 46 > bytes.size() || le32(bytes, at) != 0x02014b50) throw std::runtime_error("bad central directory");
        const std::uint16_t name_length = le16(bytes, at + 28), extra = le16(bytes, at + 30), comment = le16(bytes, at + 32);
        names.push_back(bytes.substr(at + 46, name_length));
        at += 46 + name_length + extra + comment;
    }
    return names;
}

int column_number(const std::string& letters) {
    int n = 0;
    for (char c : letters) n = n * 26 + (c - 'A' + 1);
    return n;
}

}  // namespace

std::string cell_ref(int row, int column) {
    std::string letters;
    for (int c = column; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return letters + std::to_string(row);
}

void split_ref(const std::string& ref, int* row, int* column) {
    std::size_t i = 0;
    while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z') ++i;
    *column = column_number(ref.substr(0, i));
    *row = std::atoi(ref.c_str() + i);
}

const XlsxCell* XlsxSheet::find(const std::string& ref) const {
    auto found = cells.find(ref);
    return found == cells.end() ? nullptr : &found->second;
}

const XlsxCell& XlsxSheet::at(const std::string& ref) const {
    if (const XlsxCell* c = find(ref)) return *c;
    throw std::runtime_error("sheet " + name + " has no cell " + ref);
}

int XlsxSheet::last_row() const {
    int last = 0;
    for (const auto& [ref, cell] : cells) {
        int r, c;
        split_ref(ref, &r, &c);
        if (r > last) last = r;
    }
    return last;
}

int XlsxSheet::column_pixels(int column) const {
    // Excel's own conversion: the stored width already includes the cell's 5 pixels of padding.
    const double width = column_widths.count(column) ? column_widths.at(column) : 8.43;
    return static_cast<int>((256 * width + static_cast<int>(128 / 7)) / 256 * 7);
}

std::vector<std::pair<int, const XlsxCell*>> XlsxSheet::column(int col, int first_row) const {
    std::map<int, const XlsxCell*> by_row;
    for (const auto& [ref, cell] : cells) {
        int r, c;
        split_ref(ref, &r, &c);
        if (c == col && r >= first_row) by_row[r] = &cell;
    }
    return {by_row.begin(), by_row.end()};
}

XlsxWorkbook::XlsxWorkbook(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    entries_ = central_directory_names(bytes);

    in.clear();
    in.seekg(0);
    Poco::Zip::ZipArchive archive(in);
    for (auto it = archive.headerBegin(); it != archive.headerEnd(); ++it) {
        if (it->second.isDirectory()) continue;
        in.clear();
        Poco::Zip::ZipInputStream zip(in, it->second, true);
        parts_[it->first] = std::string((std::istreambuf_iterator<char>(zip)), std::istreambuf_iterator<char>());
    }

    const std::vector<XlsxStyle> styles = has_part("xl/styles.xml") ? read_styles(part("xl/styles.xml")) : std::vector<XlsxStyle>{};
    const std::vector<std::string> shared =
        has_part("xl/sharedStrings.xml") ? read_shared_strings(part("xl/sharedStrings.xml")) : std::vector<std::string>{};

    AutoPtr<Document> workbook = parse(part("xl/workbook.xml"));
    const auto workbook_rels = relationships(parts_, "xl/workbook.xml");

    // Print areas and titles are defined names, one per sheet by its position.
    std::map<int, std::string> print_areas, print_titles;
    for (Element* d : children(child(workbook->documentElement(), "definedNames"), "definedName")) {
        const int sheet = std::atoi(attr(d, "localSheetId", "-1").c_str());
        std::string value = text_of(d);
        const auto bang = value.rfind('!');
        if (bang != std::string::npos) value = value.substr(bang + 1);
        if (attr(d, "name") == "_xlnm.Print_Area") print_areas[sheet] = value;
        if (attr(d, "name") == "_xlnm.Print_Titles") print_titles[sheet] = value;
    }

    int position = 0;
    for (Element* s : children(child(workbook->documentElement(), "sheets"), "sheet")) {
        XlsxSheet sheet;
        sheet.name = attr(s, "name");
        sheet.part = workbook_rels.at(s->getAttributeNS(kRelationshipsNs, "id"));
        sheet.xml = part(sheet.part);
        sheet.print.print_area = print_areas[position];
        sheet.print.print_titles = print_titles[position];
        ++position;

        AutoPtr<Document> doc = parse(sheet.xml);
        const Element* root = doc->documentElement();
        sheet.print.fit_to_page = flag(child(child(root, "sheetPr"), "pageSetUpPr"), "fitToPage");
        if (const Element* pane = child(child(child(root, "sheetViews"), "sheetView"), "pane")) {
            if (attr(pane, "state") == "frozen") {
                sheet.frozen_rows = std::atoi(attr(pane, "ySplit", "0").c_str());
                sheet.frozen_columns = std::atoi(attr(pane, "xSplit", "0").c_str());
            }
        }
        for (Element* col : children(child(root, "cols"), "col")) {
            const int first = std::atoi(attr(col, "min").c_str()), last = std::atoi(attr(col, "max").c_str());
            for (int c = first; c <= last; ++c) sheet.column_widths[c] = std::atof(attr(col, "width").c_str());
        }
        for (Element* row : children(child(root, "sheetData"), "row")) {
            if (row->hasAttribute("ht")) sheet.row_heights[std::atoi(attr(row, "r").c_str())] = std::atof(attr(row, "ht").c_str());
            for (Element* c : children(row, "c")) {
                XlsxCell cell;
                const std::size_t style = std::atoi(attr(c, "s", "0").c_str());
                if (style < styles.size()) cell.style = styles[style];
                cell.formula = text_of(child(c, "f"));
                const std::string type = attr(c, "t", "n");
                const Element* v = child(c, "v");
                if (type == "s") {
                    cell.type = XlsxCell::Type::String;
                    const std::size_t index = std::atoi(text_of(v).c_str());
                    cell.text = index < shared.size() ? shared[index] : "";
                } else if (type == "inlineStr") {
                    cell.type = XlsxCell::Type::String;
                    const Element* is = child(c, "is");
                    cell.text = text_of(child(is, "t"));
                    for (Element* r : children(is, "r")) cell.text += text_of(child(r, "t"));
                    cell.text = excel_unescape(cell.text);
                } else if (type == "str") {
                    cell.type = XlsxCell::Type::String;  // a formula's text result
                    cell.text = text_of(v);
                } else if (type == "b") {
                    cell.type = XlsxCell::Type::Boolean;
                    cell.text = text_of(v);
                    cell.number = std::atof(cell.text.c_str());
                } else if (type == "e") {
                    cell.type = XlsxCell::Type::Error;
                    cell.text = text_of(v);
                } else if (v) {
                    cell.type = XlsxCell::Type::Number;
                    cell.text = text_of(v);
                    cell.number = std::strtod(cell.text.c_str(), nullptr);
                } else {
                    cell.type = XlsxCell::Type::Blank;
                }
                sheet.cells[attr(c, "r")] = cell;
            }
        }
        for (Element* m : children(child(root, "mergeCells"), "mergeCell")) sheet.merged.push_back(attr(m, "ref"));
        sheet.print.horizontal_centered = flag(child(root, "printOptions"), "horizontalCentered");
        if (const Element* m = child(root, "pageMargins")) {
            sheet.print.margin_left = std::atof(attr(m, "left").c_str());
            sheet.print.margin_right = std::atof(attr(m, "right").c_str());
            sheet.print.margin_top = std::atof(attr(m, "top").c_str());
            sheet.print.margin_bottom = std::atof(attr(m, "bottom").c_str());
        }
        if (const Element* p = child(root, "pageSetup")) {
            sheet.print.orientation = attr(p, "orientation");
            sheet.print.paper_size = std::atoi(attr(p, "paperSize", "1").c_str());
            sheet.print.fit_to_width = std::atoi(attr(p, "fitToWidth", "1").c_str());
            sheet.print.fit_to_height = std::atoi(attr(p, "fitToHeight", "1").c_str());
        }
        if (const Element* hf = child(root, "headerFooter")) {
            sheet.print.header = text_of(child(hf, "oddHeader"));
            sheet.print.footer = text_of(child(hf, "oddFooter"));
        }
        const auto sheet_rels = relationships(parts_, sheet.part);
        for (Element* tp : children(child(root, "tableParts"), "tablePart")) {
            AutoPtr<Document> t = parse(part(sheet_rels.at(tp->getAttributeNS(kRelationshipsNs, "id"))));
            const Element* table_root = t->documentElement();
            XlsxTable table;
            table.name = attr(table_root, "name");
            table.display_name = attr(table_root, "displayName");
            table.ref = attr(table_root, "ref");
            table.has_autofilter = child(table_root, "autoFilter") != nullptr;
            table.style = attr(child(table_root, "tableStyleInfo"), "name");
            for (Element* col : children(child(table_root, "tableColumns"), "tableColumn")) table.columns.push_back(attr(col, "name"));
            sheet.tables.push_back(table);
        }
        // Sparklines live in the Excel 2010 extension list at the end of the sheet.
        for (Element* ext : children(child(root, "extLst"), "ext"))
            for (Element* groups : children(ext, "sparklineGroups"))
                for (Element* group : children(groups, "sparklineGroup")) {
                    std::map<std::string, std::string> attributes;
                    Poco::AutoPtr<Poco::XML::NamedNodeMap> map = group->attributes();
                    for (unsigned long a = 0; a < map->length(); ++a)
                        attributes[map->item(a)->localName()] = map->item(a)->nodeValue();
                    for (Element* line : children(child(group, "sparklines"), "sparkline"))
                        sheet.sparklines.push_back({text_of(child(line, "f")), text_of(child(line, "sqref")), attributes});
                }
        sheet_names_.push_back(sheet.name);
        sheets_[sheet.name] = std::move(sheet);
    }

    if (has_part("docProps/core.xml")) {
        AutoPtr<Document> core = parse(part("docProps/core.xml"));
        const Element* root = core->documentElement();
        properties_.title = text_of(find_descendant(root, "title"));
        properties_.subject = text_of(find_descendant(root, "subject"));
        properties_.creator = text_of(find_descendant(root, "creator"));
        properties_.keywords = text_of(find_descendant(root, "keywords"));
        properties_.description = text_of(find_descendant(root, "description"));
        properties_.created = text_of(find_descendant(root, "created"));
        properties_.modified = text_of(find_descendant(root, "modified"));
    }
    if (has_part("docProps/app.xml")) {
        AutoPtr<Document> app = parse(part("docProps/app.xml"));
        properties_.company = text_of(find_descendant(app->documentElement(), "Company"));
    }
}

const XlsxSheet& XlsxWorkbook::sheet(const std::string& name) const {
    auto found = sheets_.find(name);
    if (found == sheets_.end()) throw std::runtime_error("the workbook has no sheet " + name);
    return found->second;
}

const std::string& XlsxWorkbook::part(const std::string& name) const {
    auto found = parts_.find(name);
    if (found == parts_.end()) throw std::runtime_error("the workbook has no part " + name);
    return found->second;
}

}  // namespace scorecard::test
