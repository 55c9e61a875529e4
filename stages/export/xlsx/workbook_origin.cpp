#include "workbook_origin.hpp"

#include <minizip/unzip.h>

#include "properties.hpp"

namespace scorecard::xlsx {

namespace {

// The property parts are a few hundred bytes; a larger one is read only this far.
constexpr unsigned kMaxPartBytes = 64 * 1024;

class OpenZip {
public:
    explicit OpenZip(const std::string& path) : zip_(unzOpen64(path.c_str())) {}
    ~OpenZip() {
        if (zip_) unzClose(zip_);
    }
    OpenZip(const OpenZip&) = delete;
    OpenZip& operator=(const OpenZip&) = delete;
    bool ok() const { return zip_ != nullptr; }

    // The start of a part, or "" when it is missing or unreadable.
    std::string part(const char* name) {
        if (unzLocateFile(zip_, name, 1) != UNZ_OK || unzOpenCurrentFile(zip_) != UNZ_OK) return "";
        std::string text(kMaxPartBytes, '\0');
        const int n = unzReadCurrentFile(zip_, &text[0], kMaxPartBytes);
        unzCloseCurrentFile(zip_);
        text.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
        return text;
    }

private:
    unzFile zip_;
};

// The text of the first <tag ...>text</tag> in `xml`, or "".
std::string element_text(const std::string& xml, const std::string& tag) {
    const std::size_t open = xml.find("<" + tag);
    if (open == std::string::npos) return "";
    const std::size_t start = xml.find('>', open);
    const std::size_t end = xml.find("</" + tag + ">", open);
    if (start == std::string::npos || end == std::string::npos || end < start) return "";
    return xml.substr(start + 1, end - start - 1);
}

}  // namespace

FileOrigin workbook_origin(const std::string& path) {
    FileOrigin origin;
    OpenZip zip(path);
    if (!zip.ok()) {
        origin.description = "not a workbook (not a zip file)";
        return origin;
    }
    const std::string core = zip.part("docProps/core.xml");
    const std::string application = element_text(zip.part(kAppPropertiesPart), "Application");
    const bool made_by_scorecard = core.find(kMadeByScorecard) != std::string::npos;
    if (application.rfind(kApplicationPrefix, 0) == 0) {
        origin.written_by_scorecard = true;
        origin.description = "a workbook scorecard wrote";
        return origin;
    }
    const std::string by = application.empty() ? "another program" : program_name_for_message(application);
    if (made_by_scorecard) origin.description = "a workbook scorecard made, saved since by " + by;
    else if (core.empty()) origin.description = "a zip file that is not a workbook";
    else origin.description = "a workbook made by " + by;
    return origin;
}

}  // namespace scorecard::xlsx
