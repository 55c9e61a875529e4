#include "xlsx_styles.hpp"

#include <cstdlib>
#include <cstring>
#include <map>

#include "archive_xml.hpp"
#include "workbook_error.hpp"

namespace scorecard {

namespace {

class StylesReader : public XmlHandler {
public:
    explicit StylesReader(std::size_t max_styles) : max_styles_(max_styles) {}

    void start(const char* name, const char** attributes) override {
        if (std::strcmp(name, "numFmt") == 0) {
            const char* id = xml_attribute(attributes, "numFmtId");
            const char* code = xml_attribute(attributes, "formatCode");
            if (id && code) codes[std::atoi(id)] = code;
        } else if (std::strcmp(name, "cellXfs") == 0) {
            in_cell_formats_ = true;
        } else if (in_cell_formats_ && std::strcmp(name, "xf") == 0) {
            if (style_formats.size() >= max_styles_)
                throw WorkbookError("too-many-styles", "the workbook has more than " + std::to_string(max_styles_) +
                                                           " cell formats; the limit is " + std::to_string(max_styles_));
            const char* id = xml_attribute(attributes, "numFmtId");
            style_formats.push_back(id ? std::atoi(id) : 0);
        }
    }
    void end(const char* name) override {
        if (std::strcmp(name, "cellXfs") == 0) in_cell_formats_ = false;
    }

    std::map<int, std::string> codes;  // custom format codes by number
    std::vector<int> style_formats;     // each cell style's format number

private:
    std::size_t max_styles_;
    bool in_cell_formats_ = false;
};

}  // namespace

XlsxStyles::XlsxStyles() = default;

XlsxStyles::XlsxStyles(ZipArchive& archive, const std::string& part, const WorkbookLimits& limits) {
    StylesReader reader(limits.max_styles);
    parse_archive_part(archive, part, reader);
    std::map<int, NumberFormat> formats;  // one parse per format, shared by the styles using it
    for (int id : reader.style_formats) {
        auto it = formats.find(id);
        if (it == formats.end()) {
            auto custom = reader.codes.find(id);
            const std::string code = custom != reader.codes.end() ? custom->second : builtin_number_format(id);
            it = formats.emplace(id, NumberFormat(code.empty() ? "General" : code)).first;
        }
        by_style_.push_back(it->second);
        formats_text_.push_back(it->second.code().find('@') != std::string::npos);
    }
}

const NumberFormat& XlsxStyles::format(std::size_t index) const {
    return index < by_style_.size() ? by_style_[index] : general_;
}

bool XlsxStyles::formats_text(std::size_t index) const { return index < formats_text_.size() && formats_text_[index]; }

}  // namespace scorecard
