#include "table_parts.hpp"

#include <algorithm>

#include "stages/export/common/export_context.hpp"
#include "stages/export/common/printable_text.hpp"
#include "sheet_writer.hpp"

namespace scorecard::xlsx {

namespace {

const char* const kTableContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const char* const kTableRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
const char* const kXmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

std::string rels_part_of(const std::string& sheet_part) {
    const auto slash = sheet_part.rfind('/');
    return sheet_part.substr(0, slash) + "/_rels" + sheet_part.substr(slash) + ".rels";
}

std::string insert_before_last(const std::string& text, const std::string& closing, const std::string& what) {
    const auto at = text.rfind(closing);
    if (at == std::string::npos) throw ExportError("Excel export: expected " + closing + " in a part being extended");
    return text.substr(0, at) + what + text.substr(at);
}

}  // namespace

std::string xml_text(const std::string& raw) {
    const std::string text = xml_legal(raw);
    std::string out;
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string table_xml(const TableSpec& spec, int id) {
    const auto columns = static_cast<std::uint16_t>(spec.headers.size());
    const std::string ref = cell_name(spec.header_row, 0) + ":" + cell_name(spec.last_row, static_cast<std::uint16_t>(columns - 1));
    std::string xml = kXmlDeclaration;
    xml += "<table xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" id=\"" + std::to_string(id) +
           "\" name=\"" + xml_text(spec.name) + "\" displayName=\"" + xml_text(spec.name) + "\" ref=\"" + ref +
           "\" totalsRowShown=\"0\">";
    xml += "<autoFilter ref=\"" + ref + "\"/>";
    xml += "<tableColumns count=\"" + std::to_string(columns) + "\">";
    for (std::uint16_t c = 0; c < columns; ++c)
        xml += "<tableColumn id=\"" + std::to_string(c + 1) + "\" name=\"" + xml_text(spec.headers[c]) + "\"/>";
    xml += "</tableColumns>";
    xml += "<tableStyleInfo name=\"TableStyleLight9\" showFirstColumn=\"0\" showLastColumn=\"0\" showRowStripes=\"1\" "
           "showColumnStripes=\"0\"/>";
    xml += "</table>";
    return xml;
}

std::string add_before_sheet_end(const std::string& tail, const std::string& element) {
    const auto end = tail.rfind("</worksheet>");
    if (end == std::string::npos) throw ExportError("Excel export: the sheet XML does not end in </worksheet>");
    const auto ext_list = tail.rfind("<extLst>", end);
    const auto at = ext_list != std::string::npos ? ext_list : end;
    return tail.substr(0, at) + element + tail.substr(at);
}

void add_table_parts(const std::vector<PendingTable>& tables, const std::vector<std::string>& existing,
                     std::vector<TailEdit>& edits, std::vector<NewEntry>& additions) {
    if (tables.empty()) return;
    std::string overrides;
    // A sheet may hold several tables (the Summary sheet): one relationship each, all in the
    // sheet's one relationships part, and one <tableParts> listing them all.
    struct SheetTables {
        std::string sheet_part, relationships, parts;
        int count = 0;
    };
    std::vector<SheetTables> sheets;
    int id = 0;
    for (const PendingTable& t : tables) {
        ++id;
        const std::string part = "xl/tables/table" + std::to_string(id) + ".xml";
        additions.push_back({part, table_xml(t.spec, id)});
        overrides += "<Override PartName=\"/" + part + "\" ContentType=\"" + kTableContentType + "\"/>";
        auto sheet = std::find_if(sheets.begin(), sheets.end(),
                                  [&](const SheetTables& s) { return s.sheet_part == t.sheet_part; });
        if (sheet == sheets.end()) {
            sheets.push_back({t.sheet_part, "", "", 0});
            sheet = sheets.end() - 1;
        }
        // The sheet points at its table through a relationship of its own.
        const std::string relationship_id = "rIdTable" + std::to_string(id);
        sheet->relationships += "<Relationship Id=\"" + relationship_id + "\" Type=\"" + kTableRelationship +
                                "\" Target=\"../tables/table" + std::to_string(id) + ".xml\"/>";
        sheet->parts += "<tablePart r:id=\"" + relationship_id + "\"/>";
        ++sheet->count;
    }
    for (const SheetTables& sheet : sheets) {
        const std::string rels = rels_part_of(sheet.sheet_part);
        const std::string relationships = sheet.relationships;
        if (std::find(existing.begin(), existing.end(), rels) != existing.end()) {
            edits.push_back({rels, [relationships](const std::string& tail) {
                                 return insert_before_last(tail, "</Relationships>", relationships);
                             }});
        } else {
            additions.push_back({rels, std::string(kXmlDeclaration) +
                                           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                                           "relationships\">" +
                                           relationships + "</Relationships>"});
        }
        const std::string element =
            "<tableParts count=\"" + std::to_string(sheet.count) + "\">" + sheet.parts + "</tableParts>";
        edits.push_back({sheet.sheet_part, [element](const std::string& tail) { return add_before_sheet_end(tail, element); }});
    }
    edits.push_back({"[Content_Types].xml", [overrides](const std::string& tail) {
                         return insert_before_last(tail, "</Types>", overrides);
                     }});
}

}  // namespace scorecard::xlsx
