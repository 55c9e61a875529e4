#include "page_rules.hpp"

namespace scorecard::pdf {

int blank_pages_needed(int pages, BlankPageRule rule) {
    if (pages <= 0) return 0;
    switch (rule) {
        case BlankPageRule::Off: return 0;
        case BlankPageRule::Even: return pages % 2;
        case BlankPageRule::MultipleOfFour: return (4 - pages % 4) % 4;
    }
    return 0;
}

std::string footer_text(const std::string& footer_template, int first_page, int page_index) {
    static const std::string placeholder = "{page}";
    const std::string number = std::to_string(first_page + page_index);
    std::string out;
    std::size_t from = 0;
    while (true) {
        std::size_t at = footer_template.find(placeholder, from);
        if (at == std::string::npos) {
            out.append(footer_template, from, std::string::npos);
            break;
        }
        out.append(footer_template, from, at - from);
        out += number;
        from = at + placeholder.size();
    }
    return out;
}

}  // namespace scorecard::pdf
