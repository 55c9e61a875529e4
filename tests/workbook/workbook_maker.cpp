#include "workbook_maker.hpp"

#include <zip.h>

#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <unistd.h>

#include "support/test_paths.hpp"

namespace scorecard::test {

namespace {

std::string escape(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else if (c == '"') out += "&quot;";
        else out += c;
    }
    return out;
}

std::string column_name(int c) {
    std::string out;
    for (int n = c; n > 0; n = (n - 1) / 26) out.insert(out.begin(), static_cast<char>('A' + (n - 1) % 26));
    return out;
}

}  // namespace

const std::vector<std::string> kFlatHeader = {
    "Topic", "Theme", "Indicator", "Polarity", "Reporting Frequency", "Previous Period", "Previous Value",
    "Latest Period", "Latest Value", "Trend", "Target", "Status RAG", "National benchmark (quartile 1 = top)",
    "Most recent Statistical Neighbour average"};
const std::vector<std::string> kFlatRow = {
    "Help children", "CFWS", "Families worked with by CFWS during period", "N/A", "Quarter", "Q3 2021/22", "1,533",
    "Q3 2022/23", "1,435", "Decrease", "N/A", "N/A", "N/A", "N/A"};

std::string make_zip(const Parts& parts, bool stored) {
    char name[] = "/tmp/scorecard-test-zip-XXXXXX";
    const int fd = mkstemp(name);
    if (fd < 0) throw std::runtime_error("mkstemp failed");
    close(fd);
    zipFile zip = zipOpen64(name, APPEND_STATUS_CREATE);
    if (!zip) throw std::runtime_error("zipOpen failed");
    for (const auto& [entry, bytes] : parts) {
        zip_fileinfo info{};
        zipOpenNewFileInZip64(zip, entry.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, stored ? 0 : Z_DEFLATED,
                              stored ? 0 : Z_DEFAULT_COMPRESSION, bytes.size() >= 0xffffffffu);
        zipWriteInFileInZip(zip, bytes.data(), static_cast<unsigned>(bytes.size()));
        zipCloseFileInZip(zip);
    }
    zipClose(zip, nullptr);
    std::string out = read_file(name);
    std::remove(name);
    return out;
}

std::string make_xlsx(const XlsxParts& parts) {
    std::string workbook =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workbook "
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";
    if (parts.date1904) workbook += "<workbookPr date1904=\"1\"/>";
    workbook += "<sheets>";
    std::string rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    const std::string type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    Parts out = {
        {"[Content_Types].xml",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Types "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" "
         "ContentType=\"application/xml\"/></Types>"},
        {"_rels/.rels",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" +
             type + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"}};
    for (std::size_t i = 0; i < parts.sheets.size(); ++i) {
        const auto& s = parts.sheets[i];
        const std::string id = "rId" + std::to_string(i + 1);
        const std::string file = (s.chart ? "chartsheets/sheet" : "worksheets/sheet") + std::to_string(i + 1) + ".xml";
        workbook += "<sheet name=\"" + escape(s.name) + "\" sheetId=\"" + std::to_string(i + 1) + "\"" +
                    (s.state.empty() ? "" : " state=\"" + s.state + "\"") + " r:id=\"" + id + "\"/>";
        rels += "<Relationship Id=\"" + id + "\" Type=\"" + type + (s.chart ? "chartsheet" : "worksheet") +
                "\" Target=\"" + file + "\"/>";
        out.emplace_back("xl/" + file, s.xml);
    }
    if (!parts.styles.empty()) {
        rels += "<Relationship Id=\"rIdS\" Type=\"" + type + "styles\" Target=\"styles.xml\"/>";
        out.emplace_back("xl/styles.xml", parts.styles);
    }
    if (!parts.shared_strings.empty()) {
        rels += "<Relationship Id=\"rIdT\" Type=\"" + type + "sharedStrings\" Target=\"sharedStrings.xml\"/>";
        out.emplace_back("xl/sharedStrings.xml", parts.shared_strings);
    }
    workbook += "</sheets></workbook>";
    rels += "</Relationships>";
    out.emplace_back("xl/workbook.xml", workbook);
    out.emplace_back("xl/_rels/workbook.xml.rels", rels);
    out.insert(out.end(), parts.extra.begin(), parts.extra.end());
    return make_zip(out);
}

std::string make_xlsx(const std::string& sheet) {
    XlsxParts parts;
    parts.sheets.push_back({"Q4", sheet, "", false});
    return make_xlsx(parts);
}

std::string sheet_xml(const std::string& rows, const std::string& before, const std::string& after) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet "
           "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
           before + "<sheetData>" + rows + "</sheetData>" + after + "</worksheet>";
}

std::string text_row(int row, const std::vector<std::string>& cells) {
    std::string out = "<row r=\"" + std::to_string(row) + "\">";
    for (std::size_t c = 0; c < cells.size(); ++c) {
        if (cells[c].empty()) continue;
        out += "<c r=\"" + column_name(static_cast<int>(c) + 1) + std::to_string(row) + "\" t=\"inlineStr\"><is><t>" +
               escape(cells[c]) + "</t></is></c>";
    }
    return out + "</row>";
}

std::string make_ods(const std::string& tables, const std::string& automatic_styles) {
    const std::string content =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content "
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        "xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\"><office:automatic-styles>" +
        automatic_styles + "</office:automatic-styles><office:body><office:spreadsheet>" + tables +
        "</office:spreadsheet></office:body></office:document-content>";
    return make_zip({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, {"content.xml", content}}, true);
}

std::string ods_row(const std::vector<std::string>& cells, const std::string& attributes) {
    std::string out = "<table:table-row" + (attributes.empty() ? "" : " " + attributes) + ">";
    for (const auto& c : cells) {
        if (c.empty()) out += "<table:table-cell/>";
        else out += "<table:table-cell office:value-type=\"string\"><text:p>" + escape(c) + "</text:p></table:table-cell>";
    }
    return out + "</table:table-row>";
}

}  // namespace scorecard::test
