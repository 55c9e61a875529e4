#include "commentary.hpp"

#include "line_wrap.hpp"
#include "printable_text.hpp"

namespace scorecard {

std::vector<std::string> commentary_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t from = 0;
    bool pending_empty = false;
    while (from <= text.size()) {
        std::size_t end = text.find_first_of("\r\n", from);
        if (end == std::string::npos) end = text.size();
        std::string line = printable_text(text.substr(from, end - from));
        if (line.empty()) {
            pending_empty = !lines.empty();  // kept only between lines of text, and only one
        } else {
            if (pending_empty) lines.emplace_back();
            pending_empty = false;
            lines.push_back(std::move(line));
        }
        if (end == text.size()) break;
        from = end + (text.compare(end, 2, "\r\n") == 0 ? 2 : 1);
    }
    return lines;
}

std::string normalised_commentary(const std::string& text) {
    const std::vector<std::string> lines = commentary_lines(text);
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i > 0) out += '\n';
        out += lines[i];
    }
    return out;
}

std::vector<std::string> wrap_commentary(const std::string& text, double max_width, const TextMeasurer& measure,
                                         const TextStyle& style) {
    const std::vector<std::string> lines = commentary_lines(text);
    std::vector<std::string> wrapped;
    for (std::size_t k = 0; k < lines.size(); ++k) {
        if (lines[k].empty()) {
            wrapped.emplace_back();
            continue;
        }
        for (std::string& part : wrap_text(lines[k], max_width, measure, style)) wrapped.push_back(std::move(part));
        // A line that ends at a line break keeps a space after it, as wrap_text's lines do at a
        // wrap, so extraction reads "January. Agency", not "January.Agency".
        if (k + 1 < lines.size()) wrapped.back() += ' ';
    }
    return wrapped;
}

}  // namespace scorecard
