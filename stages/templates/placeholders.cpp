#include "placeholders.hpp"

#include <cctype>
#include <functional>

namespace scorecard {

namespace {

struct Known {
    Placeholder which;
    const char* name;
};

const Known kKnown[] = {
    {kPlaceholderTitle, "title"},         {kPlaceholderPeriod, "period"},
    {kPlaceholderPage, "page"},           {kPlaceholderPages, "pages"},
    {kPlaceholderFirstPage, "first_page"}, {kPlaceholderCouncil, "council"},
};

unsigned placeholder_bit(const std::string& name) {
    for (const auto& k : kKnown)
        if (name == k.name) return k.which;
    return 0;
}

bool is_name_char(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }

// Calls `visit(name, at, length)` for each "{name}" in text; stops when it returns false.
void for_each_placeholder(const std::string& text,
                          const std::function<bool(const std::string&, std::size_t, std::size_t)>& visit) {
    for (std::size_t at = text.find('{'); at != std::string::npos; at = text.find('{', at + 1)) {
        std::size_t end = at + 1;
        while (end < text.size() && is_name_char(text[end])) ++end;
        if (end == at + 1 || end >= text.size() || text[end] != '}') continue;
        if (!visit(text.substr(at + 1, end - at - 1), at, end - at + 1)) return;
    }
}

}  // namespace

std::string placeholder_list(unsigned set) {
    std::string out;
    for (const auto& k : kKnown)
        if (set & k.which) out += (out.empty() ? "{" : ", {") + std::string(k.name) + "}";
    return out;
}

std::string placeholder_problem(const std::string& text, unsigned allowed) {
    std::string problem;
    for_each_placeholder(text, [&](const std::string& name, std::size_t, std::size_t) {
        const unsigned bit = placeholder_bit(name);
        if (!bit)
            problem = "unknown placeholder {" + name + "} (known: " + placeholder_list(kAllPlaceholders) + ")";
        else if (!(bit & allowed))
            problem = "{" + name + "} cannot be used here (this key takes " + placeholder_list(allowed) + ")";
        return problem.empty();
    });
    return problem;
}

unsigned placeholders_used(const std::string& text) {
    unsigned used = 0;
    for_each_placeholder(text, [&](const std::string& name, std::size_t, std::size_t) {
        used |= placeholder_bit(name);
        return true;
    });
    return used;
}

std::string fill_placeholders(const std::string& text, const PlaceholderValues& values) {
    std::string out;
    std::size_t from = 0;
    for_each_placeholder(text, [&](const std::string& name, std::size_t at, std::size_t length) {
        std::string value;
        switch (placeholder_bit(name)) {
            case kPlaceholderTitle: value = values.title; break;
            case kPlaceholderPeriod: value = values.period; break;
            case kPlaceholderPage: value = std::to_string(values.page); break;
            case kPlaceholderPages: value = std::to_string(values.pages); break;
            case kPlaceholderFirstPage: value = std::to_string(values.first_page); break;
            case kPlaceholderCouncil: value = values.council; break;
            default: return true;  // not a placeholder: left as written
        }
        out.append(text, from, at - from);
        out += value;
        from = at + length;
        return true;
    });
    out.append(text, from, std::string::npos);
    return out;
}

}  // namespace scorecard
