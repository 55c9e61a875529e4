// The placeholders of template text: {title} {period} {page} {pages} {first_page} {council}.
//
// One function checks a text when the template is loaded (an unknown placeholder, or one the
// key does not allow, is an error naming it) and one fills a text when a document is written,
// so every writer reads the same words the same way. A placeholder is a name of letters and
// underscores between braces; any other brace is text ("{ draft }", "{2023}" print as written).
#pragma once

#include <string>

namespace scorecard {

enum Placeholder : unsigned {
    kPlaceholderTitle = 1u << 0,      // the template's title, placeholders filled
    kPlaceholderPeriod = 1u << 1,     // the reporting period ("FY2022/23 Q3")
    kPlaceholderPage = 1u << 2,       // this page's number
    kPlaceholderPages = 1u << 3,      // the last page's number (the page count when numbering starts at 1)
    kPlaceholderFirstPage = 1u << 4,  // the first page's number (--first-page)
    kPlaceholderCouncil = 1u << 5,    // document.company
};
constexpr unsigned kAllPlaceholders = 0x3F;
// What a title may hold: the page numbers of a title are those of its first page.
constexpr unsigned kTitlePlaceholders = kPlaceholderTitle | kPlaceholderPeriod | kPlaceholderFirstPage | kPlaceholderCouncil;

// "{title}", "{period}", ... of the placeholders in `set`, in the order above, joined by ", ".
std::string placeholder_list(unsigned set);

// "" when every placeholder of `text` is one of `allowed`; else what is wrong, naming the
// placeholder: "unknown placeholder {periode} (known: {title}, ...)" or "{page} cannot be used
// here (this key takes {title}, ...)".
std::string placeholder_problem(const std::string& text, unsigned allowed);

// Which placeholders `text` uses.
unsigned placeholders_used(const std::string& text);

struct PlaceholderValues {
    std::string title, period, council;
    long long page = 0, pages = 0, first_page = 1;
};

// `text` with each placeholder replaced by its value. Call placeholder_problem first (at load
// time): an unknown placeholder is left as written.
std::string fill_placeholders(const std::string& text, const PlaceholderValues& values);

}  // namespace scorecard
