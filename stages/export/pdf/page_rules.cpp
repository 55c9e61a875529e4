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

std::string footer_text(const std::string& footer_template, PlaceholderValues values, int page_index) {
    values.page = values.first_page + page_index;
    return fill_placeholders(footer_template, values);
}

}  // namespace scorecard::pdf
