#include "html_origin.hpp"

#include <fstream>

#include "html_output.hpp"

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

}  // namespace scorecard::html
