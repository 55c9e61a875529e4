#include "archive_xml.hpp"

namespace scorecard {

bool parse_archive_part(ZipArchive& archive, const std::string& part, XmlHandler& handler) {
    XmlStream xml(part, handler);
    bool more = true;
    archive.read(part, [&](const char* data, std::size_t size) {
        more = xml.feed(data, size);
        return more;
    });
    if (more) xml.feed("", 0, true);
    return !xml.stopped();
}

}  // namespace scorecard
