#include "html_origin.hpp"

#include <fstream>

#include "html_output.hpp"
#include "html_text.hpp"

namespace scorecard::html {

FileOrigin html_origin(const std::string& path) {
    FileOrigin origin;
    origin.description = "a web page that scorecard did not write, or one changed since";
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        origin.description = "a file that cannot be read";
        return origin;
    }
    // Hash everything up to the last line, then compare with what that line says.
    Checksum checksum;
    std::string line, previous;
    bool have_previous = false;
    while (std::getline(in, line)) {
        if (have_previous) {
            checksum.add(previous);
            checksum.add("\n");
        }
        previous.swap(line);
        have_previous = true;
    }
    if (!have_previous) return origin;
    const std::string expected = std::string(kChecksumPrefix) + checksum.hex() +
                                 std::string(kChecksumSuffix.substr(0, kChecksumSuffix.size() - 1));
    // The file must end with the checksum line and its line feed.
    in.clear();
    in.seekg(-1, std::ios::end);
    char last = 0;
    in.get(last);
    if (previous == expected && last == '\n') origin.written_by_scorecard = true;
    return origin;
}

std::string file_checksum(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return "";
    Checksum checksum;
    char chunk[1 << 16];
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0)
        checksum.add(std::string_view(chunk, static_cast<std::size_t>(in.gcount())));
    return checksum.hex();
}

FileOrigin linked_file_origin(const std::string& path, const std::string& page_path, const std::string& file_name) {
    FileOrigin origin;
    origin.description = "a file that no page of scorecard's beside it links to as written, or one changed since";
    if (!html_origin(page_path).written_by_scorecard) return origin;
    const std::string checksum = file_checksum(path);
    if (checksum.empty()) {
        origin.description = "a file that cannot be read";
        return origin;
    }
    // The link as write_html writes it (the name escaped, which leaves an output stem as it is),
    // looked for a chunk at a time so a page of any size is never held whole.
    const std::string link = "<a href=\"" + escaped(file_name) + "\" " + std::string(kLinkChecksumAttribute) + "=\"" +
                             checksum + "\"";
    std::ifstream page(page_path, std::ios::binary);
    std::string window;
    char chunk[1 << 16];
    while (page.read(chunk, sizeof chunk) || page.gcount() > 0) {
        window.append(chunk, static_cast<std::size_t>(page.gcount()));
        if (window.find(link) != std::string::npos) {
            origin.written_by_scorecard = true;
            break;
        }
        if (window.size() >= link.size()) window.erase(0, window.size() - link.size() + 1);
    }
    return origin;
}

}  // namespace scorecard::html
