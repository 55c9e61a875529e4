#include "properties.hpp"

#include "sheet_writer.hpp"
#include "table_parts.hpp"  // xml_text
#include "stages/export/common/export_context.hpp"
#include "stages/export/common/printable_text.hpp"

namespace scorecard::xlsx {

namespace {
// An empty template field is left out rather than written as an empty property.
char* optional_text(const std::string& text) { return text.empty() ? nullptr : const_cast<char*>(text.c_str()); }
}  // namespace

void set_document_properties(const WorkbookParts& parts) {
    // libxlsxwriter copies every string, so these only need to live through the call. It
    // escapes XML's markup but not what XML cannot hold, and a file name may hold anything.
    const std::string title = xml_legal(parts.title());
    const std::string comments = xml_legal(kMadeByScorecard + parts.context.version + " from " +
                                           parts.context.source_name + " with the template " +
                                           parts.context.template_name + ".");
    const std::string subject = xml_legal(parts.layout.subject), author = xml_legal(parts.layout.author),
                      company = xml_legal(parts.layout.company), keywords = xml_legal(parts.layout.keywords);
    lxw_doc_properties properties{};
    properties.title = optional_text(title);
    properties.subject = optional_text(subject);
    properties.author = optional_text(author);
    properties.company = optional_text(company);
    properties.keywords = optional_text(keywords);
    properties.comments = const_cast<char*>(comments.c_str());
    // 0 means "now" to libxlsxwriter; a SOURCE_DATE_EPOCH of 0 is kept fixed as one second later.
    properties.created = parts.context.created != 0 ? parts.context.created : 1;
    check(workbook_set_properties(parts.workbook, &properties), "setting the document properties");
}

std::string application_name(const std::string& version) {
    return version.empty() ? kApplicationPrefix : std::string(kApplicationPrefix) + " " + version;
}

std::string with_application(const std::string& app_xml, const std::string& application) {
    const std::string open = "<Application>", close = "</Application>";
    const std::size_t start = app_xml.find(open);
    const std::size_t end = start == std::string::npos ? start : app_xml.find(close, start);
    if (end == std::string::npos) throw ExportError("Excel export: docProps/app.xml names no application");
    return app_xml.substr(0, start + open.size()) + xml_text(application) + app_xml.substr(end);
}

}  // namespace scorecard::xlsx
