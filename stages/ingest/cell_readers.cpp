#include "cell_readers.hpp"

#include <cctype>
#include <cstdlib>

#include "stages/model/text_utils.hpp"

namespace scorecard {

bool read_polarity(const std::string& text, Polarity* out) {
    std::string f = fold_for_matching(text);
    std::string compact;
    for (char c : f)
        if (c != ' ' && c != '(' && c != ')') compact += c;
    if (compact == "high=good" || compact == "highisgood" || compact == "higherisbetter" || compact == "high") {
        *out = Polarity::HighIsGood;
        return true;
    }
    if (compact == "low=good" || compact == "lowisgood" || compact == "lowerisbetter" || compact == "low") {
        *out = Polarity::LowIsGood;
        return true;
    }
    if (is_not_applicable_text(trim(text)) || compact == "none" || compact == "neutral") {
        *out = Polarity::None;
        return true;
    }
    return false;
}

Polarity sectioned_polarity(const std::string& name, const std::string& compared) {
    std::string n = fold_for_matching(name);
    std::string c = fold_for_matching(compared);
    if (n.find("(low = good)") != std::string::npos || n.find("(low is good)") != std::string::npos) {
        return Polarity::LowIsGood;
    }
    if (n.find("(high = good)") != std::string::npos || n.find("(high is good)") != std::string::npos) {
        return Polarity::HighIsGood;
    }
    if (c.find("(high is good)") != std::string::npos) {
        return Polarity::HighIsGood;
    }
    if (c.find("(low is good)") != std::string::npos) {
        return Polarity::LowIsGood;
    }
    if (c == "higher" || c == "lower") return Polarity::None;
    return Polarity::NotStated;
}

Target read_target(const std::string& raw, SourceLocation where) {
    Target t;
    t.where = where;
    t.text = trim(raw);
    t.value.where = where;
    if (t.text.empty()) return t;
    if (is_not_applicable_text(t.text)) {
        t.value.state = ValueState::NotApplicable;
        t.value.text = t.text;
        return t;
    }
    std::string rest = t.text;
    struct Op {
        const char* text;
        TargetOperator op;
    };
    // Longest first, so "<=" is not read as "<".
    static const Op ops[] = {{"<=", TargetOperator::LessOrEqual}, {">=", TargetOperator::GreaterOrEqual},
                             {"\xE2\x89\xA4", TargetOperator::LessOrEqual},     // ≤
                             {"\xE2\x89\xA5", TargetOperator::GreaterOrEqual},  // ≥
                             {"<", TargetOperator::Less}, {">", TargetOperator::Greater},
                             {"=", TargetOperator::Equal}};
    TargetOperator op = TargetOperator::Equal;  // a plain figure: met by reaching it (polarity says which way)
    for (const auto& o : ops) {
        if (starts_with(rest, o.text)) {
            op = o.op;
            rest = rest.substr(std::string(o.text).size());
            break;
        }
    }
    t.value = parse_value(rest, where);
    t.op = t.value.is_number() ? op : TargetOperator::None;
    return t;
}

StatedRag read_stated_rag(const std::string& raw, SourceLocation where) {
    StatedRag r;
    r.where = where;
    r.text = trim(raw);
    std::string f = to_lower_ascii(r.text);
    r.rag = Rag::None;  // empty, or text validate reports
    if (f == "green" || f == "g") r.rag = Rag::Green;
    else if (f == "amber" || f == "a") r.rag = Rag::Amber;
    else if (f == "red" || f == "r") r.rag = Rag::Red;
    else if (!f.empty() && is_not_applicable_text(r.text)) r.rag = Rag::NotApplicable;
    return r;
}

bool is_rag_text(const std::string& text) {
    std::string f = to_lower_ascii(trim(text));
    return f.empty() || f == "green" || f == "g" || f == "amber" || f == "a" || f == "red" || f == "r" ||
           is_not_applicable_text(trim(text));
}

void read_figure_with_bracket(const std::string& raw, SourceLocation where, Value* figure, Value* bracketed) {
    std::string text = trim(raw);
    std::size_t open = text.find('(');
    if (open != std::string::npos && !text.empty() && text.back() == ')' && open > 0) {
        Value main = parse_value(text.substr(0, open), where);
        Value inner = parse_value(text.substr(open + 1, text.size() - open - 2), where);
        if (main.is_number() && inner.is_number()) {
            *figure = main;
            figure->text = text;  // the cell as written, for messages
            *bracketed = inner;
            return;
        }
    }
    *figure = parse_value(text, where);
    *bracketed = Value();
}

bool split_title_and_period(const std::string& raw, std::string* title, std::string* period) {
    std::string text = collapse_spaces(raw);
    std::vector<std::string> words = split_words(text);
    // The period starts at the first word like "FY2019/20", "2019/20" or "Q3".
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::string w = to_lower_ascii(words[i]);
        bool fy = starts_with(w, "fy") && w.size() >= 6 && std::isdigit(static_cast<unsigned char>(w[2]));
        bool year = w.size() >= 7 && std::isdigit(static_cast<unsigned char>(w[0])) && w[4] == '/';
        bool quarter = w.size() == 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4' && i + 1 < words.size();
        if (fy || year || quarter) {
            std::string t, p;
            for (std::size_t k = 0; k < words.size(); ++k) {
                std::string& target = k < i ? t : p;
                if (!target.empty()) target += ' ';
                target += words[k];
                // "FY2022/23 Q3: data": the period ends at a colon; what follows is not part of it.
                if (k >= i && !p.empty() && p.back() == ':') {
                    p.pop_back();
                    break;
                }
            }
            *title = t;
            *period = p;
            return true;
        }
    }
    return false;
}

int financial_year_start(const std::string& period_text) {
    for (const auto& word : split_words(period_text)) {
        std::string w = to_lower_ascii(word);
        if (starts_with(w, "fy")) w = w.substr(2);
        if (w.size() >= 7 && w[4] == '/' && std::isdigit(static_cast<unsigned char>(w[0])))
            return std::atoi(w.substr(0, 4).c_str());
    }
    return 0;
}

bool is_no_value_shorthand(const std::string& trimmed) {
    const std::string folded = to_lower_ascii(trimmed);
    return folded == "[x]" || folded == "[z]";
}

}  // namespace scorecard
