#include "file_origin.hpp"

namespace scorecard {

std::string program_name_for_message(const std::string& name) {
    std::string out;
    for (unsigned char c : name) {
        if (out.size() >= 60) {
            out += "...";
            break;
        }
        // Printable ASCII and UTF-8 sequences as they are; control characters and anything a
        // terminal would act on become '?'.
        out += (c >= 0x20 && c != 0x7F) ? static_cast<char>(c) : '?';
    }
    return out;
}

}  // namespace scorecard
