#include "number_format.hpp"

#include <cmath>

#include "number_format_parts.hpp"

namespace scorecard {

using number_format_detail::Section;
using number_format_detail::Token;

namespace {

bool holds(const Section& s, double v) {
    if (s.condition == "<") return v < s.threshold;
    if (s.condition == "<=") return v <= s.threshold;
    if (s.condition == ">") return v > s.threshold;
    if (s.condition == ">=") return v >= s.threshold;
    if (s.condition == "=") return v == s.threshold;
    if (s.condition == "<>") return v != s.threshold;
    return false;
}

bool all_zero_digits(const std::string& text) {
    bool any_digit = false;
    for (char c : text) {
        if (c >= '1' && c <= '9') return false;
        if (c == '0') any_digit = true;
    }
    return any_digit;
}

std::shared_ptr<const std::vector<Section>> general_sections() {
    static const auto general = std::make_shared<const std::vector<Section>>(
        number_format_detail::parse_format_code("General"));
    return general;
}

}  // namespace

NumberFormat::NumberFormat() : code_("General"), sections_(general_sections()) {}

NumberFormat::NumberFormat(const std::string& code) : code_(code) {
    auto sections = number_format_detail::parse_format_code(code);
    if (sections.empty()) sections_ = general_sections();  // unreadable: shown as General
    else sections_ = std::make_shared<const std::vector<Section>>(std::move(sections));
}

bool NumberFormat::is_date() const { return (*sections_)[0].is_date; }

std::string NumberFormat::format(double value, DateSystem dates) const {
    if (!std::isfinite(value)) return format_general(value);
    const std::vector<Section>& sections_ = *this->sections_;
    // The sections that apply to numbers (a fourth is for text).
    std::size_t numeric = std::min<std::size_t>(sections_.size(), 3);
    if (numeric == 2 && sections_[1].has_text && !sections_[0].has_text) numeric = 1;
    const Section* chosen = &sections_[0];
    bool show_sign = value < 0;
    bool conditional = false;
    for (std::size_t i = 0; i < numeric; ++i) conditional = conditional || sections_[i].has_condition;
    if (conditional) {
        chosen = nullptr;
        for (std::size_t i = 0; i < numeric && !chosen; ++i)
            if (!sections_[i].has_condition || holds(sections_[i], value)) chosen = &sections_[i];
        if (!chosen) return format_general(value);
        // A section reached by its condition shows the sign unless it only takes negatives.
        show_sign = value < 0 && !(chosen->has_condition && (chosen->condition == "<" || chosen->condition == "<=") &&
                                   chosen->threshold <= 0);
    } else if (numeric >= 2 && value < 0) {
        chosen = &sections_[1];
        show_sign = false;
    } else if (numeric >= 3 && value == 0) {
        chosen = &sections_[2];
    }
    const Section& s = *chosen;
    if (s.empty()) return "";
    if (s.is_date) return number_format_detail::render_date(s, value, dates);
    if (s.has_text && !s.general && !number_format_detail::has_digit_placeholders(s))
        return format_general(value);  // "@" applied to a number: Excel shows it as General
    std::string text;
    if (s.general && !number_format_detail::has_digit_placeholders(s)) {
        // "General", maybe with literals around it. Its width counts the sign, so the sign
        // goes in with the number.
        for (const auto& t : s.tokens)
            text += t.kind == Token::General ? format_general(show_sign ? value : std::fabs(value))
                    : t.kind == Token::Literal ? t.text
                                               : "";
        return text;
    } else if (!s.plain || !number_format_detail::render_plain_number(s, std::fabs(value), &text)) {
        text = number_format_detail::render_number(s, std::fabs(value));
    }
    if (show_sign && !all_zero_digits(text)) text = "-" + text;
    return text;
}

std::string NumberFormat::format_text(const std::string& text) const {
    const std::vector<Section>& sections_ = *this->sections_;
    const Section* section = nullptr;
    if (sections_.size() == 4) section = &sections_[3];
    else
        for (const auto& s : sections_)
            if (s.has_text) section = &s;
    if (!section) return text;
    std::string out;
    for (const auto& t : section->tokens) {
        if (t.kind == Token::Text) out += text;
        else if (t.kind == Token::Literal) out += t.text;
    }
    return out;
}

std::string builtin_number_format(int id) {
    switch (id) {
        case 0: return "General";
        case 1: return "0";
        case 2: return "0.00";
        case 3: return "#,##0";
        case 4: return "#,##0.00";
        case 5: return "\"$\"#,##0_);\\(\"$\"#,##0\\)";
        case 6: return "\"$\"#,##0_);[Red]\\(\"$\"#,##0\\)";
        case 7: return "\"$\"#,##0.00_);\\(\"$\"#,##0.00\\)";
        case 8: return "\"$\"#,##0.00_);[Red]\\(\"$\"#,##0.00\\)";
        case 9: return "0%";
        case 10: return "0.00%";
        case 11: return "0.00E+00";
        case 12: return "# ?/?";
        case 13: return "# ?\?/?\?";
        case 14: return "dd/mm/yyyy";
        case 15: return "d-mmm-yy";
        case 16: return "d-mmm";
        case 17: return "mmm-yy";
        case 18: return "h:mm AM/PM";
        case 19: return "h:mm:ss AM/PM";
        case 20: return "h:mm";
        case 21: return "h:mm:ss";
        case 22: return "dd/mm/yyyy hh:mm";
        case 37: return "#,##0 ;(#,##0)";
        case 38: return "#,##0 ;[Red](#,##0)";
        case 39: return "#,##0.00;(#,##0.00)";
        case 40: return "#,##0.00;[Red](#,##0.00)";
        case 41: return "_(* #,##0_);_(* \\(#,##0\\);_(* \"-\"_);_(@_)";
        case 42: return "_(\"$\"* #,##0_);_(\"$\"* \\(#,##0\\);_(\"$\"* \"-\"_);_(@_)";
        case 43: return "_(* #,##0.00_);_(* \\(#,##0.00\\);_(* \"-\"?\?_);_(@_)";
        case 44: return "_(\"$\"* #,##0.00_);_(\"$\"* \\(#,##0.00\\);_(\"$\"* \"-\"??_);_(@_)";
        case 45: return "mm:ss";
        case 46: return "[h]:mm:ss";
        case 47: return "mmss.0";
        case 48: return "##0.0E+0";
        case 49: return "@";
        default: return "";
    }
}

}  // namespace scorecard
