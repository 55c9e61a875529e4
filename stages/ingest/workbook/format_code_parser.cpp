#include "number_format_parts.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace scorecard::number_format_detail {

namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool starts_with_folded(const std::string& s, std::size_t at, const char* word) {
    const std::size_t n = std::strlen(word);
    if (at + n > s.size()) return false;
    for (std::size_t i = 0; i < n; ++i)
        if (lower(s[at + i]) != lower(word[i])) return false;
    return true;
}

// Bytes of the UTF-8 character starting at `at`.
std::size_t char_length(const std::string& s, std::size_t at) {
    if (at >= s.size()) return 0;
    const auto c = static_cast<unsigned char>(s[at]);
    std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    return std::min(n, s.size() - at);
}

bool is_date_kind(Token::Kind k) {
    return k == Token::Year || k == Token::Month || k == Token::Minute || k == Token::Day || k == Token::Hour ||
           k == Token::Second || k == Token::SubSecond || k == Token::AmPm || k == Token::ElapsedHour ||
           k == Token::ElapsedMinute || k == Token::ElapsedSecond;
}

void add_literal(Section& s, const std::string& text) {
    if (!s.tokens.empty() && s.tokens.back().kind == Token::Literal) {
        s.tokens.back().text += text;
        return;
    }
    Token t;
    t.kind = Token::Literal;
    t.text = text;
    s.tokens.push_back(t);
}

void add(Section& s, Token::Kind kind, std::string text = {}, int count = 1) {
    Token t;
    t.kind = kind;
    t.text = std::move(text);
    t.count = count;
    s.tokens.push_back(t);
}

// What is inside [ ]: a colour, a condition, a currency and locale, or elapsed time.
bool read_bracket(Section& s, const std::string& inside) {
    if (inside.empty()) return true;
    if (inside[0] == '$') {  // [$£-809]: the symbol before the '-', [$-409]: none
        const std::size_t dash = inside.find('-');
        const std::string symbol = inside.substr(1, dash == std::string::npos ? std::string::npos : dash - 1);
        if (!symbol.empty()) add_literal(s, symbol);
        return true;
    }
    if (inside[0] == '<' || inside[0] == '>' || inside[0] == '=') {
        std::size_t n = 1;
        if (inside.size() > 1 && (inside[1] == '=' || inside[1] == '>')) n = 2;
        s.has_condition = true;
        s.condition = inside.substr(0, n);
        const std::string number = inside.substr(n);
        char* end = nullptr;
        s.threshold = std::strtod(number.c_str(), &end);
        return end && end != number.c_str();
    }
    const char first = lower(inside[0]);
    bool same = true;
    for (char c : inside) same = same && lower(c) == first;
    if (same && first == 'h') return add(s, Token::ElapsedHour, {}, static_cast<int>(inside.size())), true;
    if (same && first == 'm') return add(s, Token::ElapsedMinute, {}, static_cast<int>(inside.size())), true;
    if (same && first == 's') return add(s, Token::ElapsedSecond, {}, static_cast<int>(inside.size())), true;
    return true;  // a colour ([Red], [Color10]) or something else that shows nothing
}

// Reads one section's code into tokens. False when the code cannot be read.
bool tokenize(const std::string& code, Section& s) {
    std::size_t i = 0;
    while (i < code.size()) {
        const char c = code[i];
        if (c == '"') {
            const std::size_t close = code.find('"', i + 1);
            if (close == std::string::npos) return false;
            add_literal(s, code.substr(i + 1, close - i - 1));
            i = close + 1;
        } else if (c == '\\') {
            const std::size_t n = char_length(code, i + 1);
            add_literal(s, code.substr(i + 1, n));
            i += 1 + n;
        } else if (c == '_') {
            add_literal(s, " ");
            i += 1 + char_length(code, i + 1);
        } else if (c == '*') {
            i += 1 + char_length(code, i + 1);
        } else if (c == '[') {
            const std::size_t close = code.find(']', i + 1);
            if (close == std::string::npos) return false;
            if (!read_bracket(s, code.substr(i + 1, close - i - 1))) return false;
            i = close + 1;
        } else if (starts_with_folded(code, i, "General")) {
            add(s, Token::General);
            s.general = true;
            i += 7;
        } else if (c == '0' || c == '#' || c == '?') {
            add(s, Token::Digit, std::string(1, c));
            ++i;
        } else if (c == '.') {
            add(s, Token::Point);
            ++i;
        } else if (c == ',') {
            add(s, Token::Comma);
            ++i;
        } else if (c == '%') {
            add(s, Token::Percent);
            ++i;
        } else if ((c == 'E' || c == 'e') && i + 1 < code.size() && (code[i + 1] == '+' || code[i + 1] == '-')) {
            Token t;
            t.kind = Token::Exponent;
            t.plus = code[i + 1] == '+';
            s.tokens.push_back(t);
            i += 2;
        } else if (c == '/') {
            add(s, Token::Slash);
            ++i;
        } else if (c == '@') {
            add(s, Token::Text);
            s.has_text = true;
            ++i;
        } else if (starts_with_folded(code, i, "AM/PM")) {
            add(s, Token::AmPm, code.substr(i, 5));
            i += 5;
        } else if (starts_with_folded(code, i, "A/P")) {
            add(s, Token::AmPm, code.substr(i, 3));
            i += 3;
        } else if (std::strchr("ymdhs", lower(c)) && c != '\0') {
            std::size_t run = 1;
            while (i + run < code.size() && lower(code[i + run]) == lower(c)) ++run;
            const Token::Kind kind = lower(c) == 'y'   ? Token::Year
                                     : lower(c) == 'm' ? Token::Month
                                     : lower(c) == 'd' ? Token::Day
                                     : lower(c) == 'h' ? Token::Hour
                                                       : Token::Second;
            add(s, kind, {}, static_cast<int>(run));
            i += run;
        } else {
            const std::size_t n = char_length(code, i);
            add_literal(s, code.substr(i, n));
            i += n;
        }
    }
    return true;
}

// Gives the tokens of a date or time section their final meaning.
void resolve_date(Section& s) {
    std::vector<Token> out;
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
        Token t = s.tokens[i];
        if (t.kind == Token::Point && i + 1 < s.tokens.size() && s.tokens[i + 1].kind == Token::Digit &&
            s.tokens[i + 1].text == "0") {
            int digits = 0;
            while (i + 1 < s.tokens.size() && s.tokens[i + 1].kind == Token::Digit && s.tokens[i + 1].text == "0") {
                ++digits;
                ++i;
            }
            Token sub;
            sub.kind = Token::SubSecond;
            sub.count = std::min(digits, 3);
            out.push_back(sub);
            continue;
        }
        if (t.kind == Token::Point || t.kind == Token::Comma || t.kind == Token::Digit || t.kind == Token::Slash ||
            t.kind == Token::Percent) {
            t.text = t.kind == Token::Point ? "." : t.kind == Token::Comma ? "," : t.kind == Token::Slash ? "/"
                     : t.kind == Token::Percent                          ? "%"
                                                                         : t.text;
            t.kind = Token::Literal;
        }
        if (t.kind == Token::AmPm) s.twelve_hour = true;
        out.push_back(t);
    }
    // "m" is minutes right after an hour or right before a second, a month otherwise.
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (out[i].kind != Token::Month || out[i].count > 2) continue;
        bool minute = false;
        for (std::size_t j = i; j-- > 0;) {
            if (out[j].kind == Token::Literal) continue;
            minute = out[j].kind == Token::Hour || out[j].kind == Token::ElapsedHour;
            break;
        }
        for (std::size_t j = i + 1; !minute && j < out.size(); ++j) {
            if (out[j].kind == Token::Literal) continue;
            minute = out[j].kind == Token::Second || out[j].kind == Token::ElapsedSecond;
            break;
        }
        if (minute) out[i].kind = Token::Minute;
    }
    s.tokens = std::move(out);
}

// Gives the tokens of a number section their final meaning: which point is the decimal one,
// which commas group or scale, where an exponent or a fraction is.
void resolve_number(Section& s) {
    auto& t = s.tokens;
    bool seen_point = false, seen_exponent = false;
    for (std::size_t i = 0; i < t.size(); ++i) {
        switch (t[i].kind) {
            case Token::Point:
                if (seen_point || seen_exponent) {
                    t[i].kind = Token::Literal;
                    t[i].text = ".";
                } else {
                    seen_point = true;
                    s.point = true;
                }
                break;
            case Token::Exponent:
                if (seen_exponent) {
                    t[i].kind = Token::Literal;
                    t[i].text = t[i].plus ? "E+" : "E-";
                } else {
                    seen_exponent = true;
                    s.scientific = true;
                }
                break;
            case Token::Percent: ++s.percent; break;
            default: break;  // commas below, once every comma can see its neighbours
        }
    }
    // A comma between digit placeholders of the integer part groups thousands; one or more
    // right after digit placeholders (and before none) divide by 1,000 each; others are text.
    std::vector<Token::Kind> kinds;
    kinds.reserve(t.size());
    for (const auto& token : t) kinds.push_back(token.kind);
    bool past_point = false;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (kinds[i] == Token::Point || kinds[i] == Token::Exponent) past_point = true;
        if (kinds[i] != Token::Comma) continue;
        std::size_t before = i, after = i + 1;
        while (before > 0 && kinds[before - 1] == Token::Comma) --before;
        while (after < t.size() && kinds[after] == Token::Comma) ++after;
        const bool digit_before = before > 0 && kinds[before - 1] == Token::Digit;
        const bool digit_after = after < t.size() && kinds[after] == Token::Digit;
        t[i].kind = Token::Literal;
        if (digit_before && digit_after && !past_point) {
            s.grouping = true;
            t[i].text.clear();
        } else if (digit_before && !digit_after) {
            ++s.scale;
            t[i].text.clear();
        } else {
            t[i].text = ",";
        }
    }
    // A fraction: digits, '/', then digits or a fixed denominator.
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i].kind != Token::Slash) continue;
        const bool digit_before = i > 0 && t[i - 1].kind == Token::Digit;
        const bool digits_after = i + 1 < t.size() && t[i + 1].kind == Token::Digit;
        int fixed = 0;
        if (!digits_after && i + 1 < t.size() && t[i + 1].kind == Token::Literal) {
            const std::string& lit = t[i + 1].text;
            std::size_t n = 0;
            while (n < lit.size() && lit[n] >= '0' && lit[n] <= '9' && n < 6) ++n;
            if (n > 0 && lit[0] != '0') {
                fixed = std::atoi(lit.substr(0, n).c_str());
                // The fixed denominator is a token of its own; what follows stays literal.
                Token den;
                den.kind = Token::Literal;
                den.text = lit.substr(0, n);
                t[i + 1].text = lit.substr(n);
                t.insert(t.begin() + static_cast<std::ptrdiff_t>(i) + 1, den);
            }
        }
        if (digit_before && (digits_after || fixed > 0) && !s.scientific && !s.point) {
            s.fraction = true;
            s.fixed_denominator = fixed;
        } else {
            t[i].kind = Token::Literal;
            t[i].text = "/";
        }
        break;
    }
    for (auto& token : t)
        if (token.kind == Token::Slash && !s.fraction) {
            token.kind = Token::Literal;
            token.text = "/";
        }
}

// The digit placeholders of each part of a number section.
Placeholders collect(const Section& s) {
    Placeholders p;
    enum { Integer, Fraction, Exponent, Numerator, Denominator } part = Integer;
    // In a fraction the digits right before '/' are the numerator; any before them the whole number.
    std::size_t slash = s.tokens.size();
    for (std::size_t i = 0; i < s.tokens.size(); ++i)
        if (s.tokens[i].kind == Token::Slash) slash = i;
    std::size_t numerator_start = slash;
    if (s.fraction)
        while (numerator_start > 0 && s.tokens[numerator_start - 1].kind == Token::Digit) --numerator_start;
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
        const Token& t = s.tokens[i];
        if (s.fraction && i == numerator_start) part = Numerator;
        if (t.kind == Token::Point) part = Fraction;
        else if (t.kind == Token::Exponent) part = Exponent;
        else if (t.kind == Token::Slash) part = Denominator;
        if (t.kind != Token::Digit) continue;
        const char c = t.text[0];
        switch (part) {
            case Integer: p.integer += c; break;
            case Fraction: p.fraction += c; break;
            case Exponent: p.exponent += c; break;
            case Numerator: p.numerator += c; break;
            case Denominator: p.denominator += c; break;
        }
    }
    return p;
}

// Digits (the integer ones ending in '0', so zero shows as 0), then maybe a point and '0's,
// then maybe percent signs; nothing else but the grouping commas.
bool is_plain(const Section& s) {
    if (s.scientific || s.fraction || s.scale || s.has_text || s.general || s.has_condition) return false;
    if (s.digits.integer.empty() || s.digits.integer.back() != '0') return false;
    for (char c : s.digits.fraction)
        if (c != '0') return false;
    enum { Integer, Fraction, Percent } part = Integer;
    for (const Token& t : s.tokens) {
        switch (t.kind) {
            case Token::Digit:
                if (part == Percent) return false;
                break;
            case Token::Literal:
                if (!t.text.empty() || part != Integer) return false;  // a grouping comma
                break;
            case Token::Point:
                if (part != Integer) return false;
                part = Fraction;
                break;
            case Token::Percent: part = Percent; break;
            default: return false;
        }
    }
    return true;
}

Section parse_section(const std::string& code, bool* ok) {
    Section s;
    if (!tokenize(code, s)) {
        *ok = false;
        return s;
    }
    for (const auto& t : s.tokens)
        if (is_date_kind(t.kind)) s.is_date = true;
    if (s.is_date) {
        resolve_date(s);
    } else {
        resolve_number(s);
        s.digits = collect(s);
        s.plain = is_plain(s);
    }
    return s;
}

std::vector<std::string> split_sections(const std::string& code) {
    std::vector<std::string> out(1);
    bool quoted = false, bracket = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (c == '\\' && !quoted && i + 1 < code.size()) {
            out.back() += code.substr(i, 2);
            ++i;
            continue;
        }
        if (c == '"' && !bracket) quoted = !quoted;
        else if (c == '[' && !quoted) bracket = true;
        else if (c == ']' && !quoted) bracket = false;
        if (c == ';' && !quoted && !bracket) {
            out.emplace_back();
            continue;
        }
        out.back() += c;
    }
    return out;
}

}  // namespace

std::vector<Section> parse_format_code(const std::string& code) {
    std::vector<Section> sections;
    if (code.empty()) return sections;
    bool ok = true;
    for (const auto& text : split_sections(code)) {
        sections.push_back(parse_section(text, &ok));
        if (sections.size() == 4) break;
    }
    if (!ok) sections.clear();
    return sections;
}

}  // namespace scorecard::number_format_detail
