#include "xlsx_package.hpp"

#include <cstring>
#include <map>

#include "archive_xml.hpp"
#include "workbook_error.hpp"

namespace scorecard {

namespace {

struct Relationship {
    std::string type;    // the last segment of the type URI: "worksheet", "styles", "officeDocument"
    std::string target;  // resolved part name
};

std::string last_segment(const char* uri) {
    const char* slash = std::strrchr(uri, '/');
    return slash ? slash + 1 : uri;
}

// The relationships part of a part: "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels".
std::string relationships_part(const std::string& part) {
    const std::size_t slash = part.rfind('/');
    if (slash == std::string::npos) return "_rels/" + part + ".rels";
    return part.substr(0, slash + 1) + "_rels/" + part.substr(slash + 1) + ".rels";
}

class RelationshipsReader : public XmlHandler {
public:
    RelationshipsReader(std::string source, std::map<std::string, Relationship>* out)
        : source_(std::move(source)), out_(out) {}
    void start(const char* name, const char** attributes) override {
        if (std::strcmp(name, "Relationship") != 0) return;
        const char* id = xml_attribute(attributes, "Id");
        const char* type = xml_attribute(attributes, "Type");
        const char* target = xml_attribute(attributes, "Target");
        const char* mode = xml_attribute(attributes, "TargetMode");
        if (!id || !type || !target || (mode && std::strcmp(mode, "External") == 0)) return;
        (*out_)[id] = Relationship{last_segment(type), resolve_part_name(source_, target)};
    }
    void end(const char*) override {}

private:
    std::string source_;
    std::map<std::string, Relationship>* out_;
};

std::map<std::string, Relationship> read_relationships(ZipArchive& archive, const std::string& part) {
    std::map<std::string, Relationship> out;
    const std::string rels = relationships_part(part);
    if (!archive.has(rels)) return out;
    RelationshipsReader reader(part, &out);
    parse_archive_part(archive, rels, reader);
    return out;
}

class WorkbookPartReader : public XmlHandler {
public:
    WorkbookPartReader(XlsxPackage* package, std::vector<std::string>* sheet_ids, std::size_t max_sheets)
        : package_(package), sheet_ids_(sheet_ids), max_sheets_(max_sheets) {}
    void start(const char* name, const char** attributes) override {
        if (std::strcmp(name, "workbookPr") == 0) {
            if (xml_true(xml_attribute(attributes, "date1904"))) package_->dates = DateSystem::Excel1904;
        } else if (std::strcmp(name, "sheet") == 0) {
            if (package_->sheets.size() >= max_sheets_)
                throw WorkbookError("too-many-sheets", "the workbook has more than " + std::to_string(max_sheets_) +
                                                           " sheets; the limit is " + std::to_string(max_sheets_));
            XlsxSheet sheet;
            const char* sheet_name = xml_attribute(attributes, "name");
            sheet.name = sheet_name ? sheet_name : "";
            const char* state = xml_attribute(attributes, "state");
            sheet.hidden = state && (std::strcmp(state, "hidden") == 0 || std::strcmp(state, "veryHidden") == 0);
            const char* id = xml_prefixed_attribute(attributes, "id");  // r:id
            sheet_ids_->push_back(id ? id : "");
            package_->sheets.push_back(sheet);
        }
    }
    void end(const char*) override {}

private:
    XlsxPackage* package_;
    std::vector<std::string>* sheet_ids_;  // each sheet's relationship id
    std::size_t max_sheets_;
};

}  // namespace

std::string resolve_part_name(const std::string& source_part, const std::string& target) {
    std::string path;
    if (!target.empty() && target[0] == '/') {
        path = target.substr(1);
    } else {
        const std::size_t slash = source_part.rfind('/');
        path = (slash == std::string::npos ? "" : source_part.substr(0, slash + 1)) + target;
    }
    std::vector<std::string> steps;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t slash = path.find('/', start);
        const std::string step = path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
        if (step == "..") {
            if (steps.empty()) return "";
            steps.pop_back();
        } else if (!step.empty() && step != ".") {
            steps.push_back(step);
        }
        if (slash == std::string::npos) break;
        start = slash + 1;
    }
    std::string out;
    for (const auto& s : steps) out += (out.empty() ? "" : "/") + s;
    return out;
}

XlsxPackage read_xlsx_package(ZipArchive& archive, const WorkbookLimits& limits) {
    XlsxPackage package;
    for (const auto& [id, rel] : read_relationships(archive, "")) {
        (void)id;
        if (rel.type == "officeDocument") package.workbook_part = rel.target;
    }
    if (package.workbook_part.empty() && archive.has("xl/workbook.xml")) package.workbook_part = "xl/workbook.xml";
    if (package.workbook_part.empty() || !archive.has(package.workbook_part)) {
        if (archive.has("xl/workbook.bin"))
            throw WorkbookError("xlsb-workbook",
                                "the file is an Excel binary workbook (.xlsb), which scorecard does not read; open it "
                                "in Excel and save it as an Excel Workbook (.xlsx)");
        if (archive.has("word/document.xml"))
            throw WorkbookError("not-a-workbook", "the file is a Word document (.docx), not a workbook; scorecard reads "
                                                  "the table as .xlsx, .ods, or tab- or comma-separated text");
        if (archive.has("ppt/presentation.xml"))
            throw WorkbookError("not-a-workbook", "the file is a PowerPoint presentation (.pptx), not a workbook; "
                                                  "scorecard reads the table as .xlsx, .ods, or tab- or comma-separated "
                                                  "text");
        throw WorkbookError("damaged-workbook", "the workbook is damaged: it has no workbook part (xl/workbook.xml); "
                                                "open it in Excel or LibreOffice and save it again");
    }
    if (package.workbook_part.size() >= 4 && package.workbook_part.substr(package.workbook_part.size() - 4) == ".bin")
        throw WorkbookError("xlsb-workbook", "the file is an Excel binary workbook (.xlsb), which scorecard does not "
                                             "read; open it in Excel and save it as an Excel Workbook (.xlsx)");

    std::vector<std::string> sheet_ids;  // each sheet's relationship id
    WorkbookPartReader reader(&package, &sheet_ids, limits.max_sheets);
    parse_archive_part(archive, package.workbook_part, reader);

    const auto relationships = read_relationships(archive, package.workbook_part);
    for (const auto& [id, rel] : relationships) {
        (void)id;
        if (rel.type == "styles" && archive.has(rel.target)) package.styles_part = rel.target;
        if (rel.type == "sharedStrings" && archive.has(rel.target)) package.shared_strings_part = rel.target;
        if (rel.type == "vbaProject") package.has_macros = true;
    }
    for (std::size_t i = 0; i < package.sheets.size(); ++i) {
        XlsxSheet& sheet = package.sheets[i];
        auto rel = relationships.find(sheet_ids[i]);
        if (rel == relationships.end()) continue;
        sheet.worksheet = rel->second.type == "worksheet";
        if (archive.has(rel->second.target)) sheet.part = rel->second.target;
    }
    if (archive.has("xl/vbaProject.bin")) package.has_macros = true;
    return package;
}

}  // namespace scorecard
