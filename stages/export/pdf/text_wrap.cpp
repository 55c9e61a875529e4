#include "text_wrap.hpp"

#include "utf8_text.hpp"

namespace scorecard::pdf {

namespace {

std::vector<std::string> split_words(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    for (char c : text) {
        if (c == ' ') {
            if (!word.empty()) words.push_back(std::move(word));
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

// Splits a word too wide for a line into pieces that fit, between characters.
std::vector<std::string> break_word(const std::string& word, double max_width, const TextMeasurer& measure,
                                    const TextStyle& style) {
    std::vector<std::string> pieces;
    std::string piece;
    for (char32_t c : decode_utf8(word)) {
        std::string candidate = piece;
        append_utf8(candidate, c);
        if (!piece.empty() && measure.width(candidate, style) > max_width) {
            pieces.push_back(std::move(piece));
            piece.clear();
            append_utf8(piece, c);
        } else {
            piece = std::move(candidate);
        }
    }
    if (!piece.empty()) pieces.push_back(std::move(piece));
    return pieces;
}

// wrap_text for an additive measurer: the same decisions, each made from running sums of
// character widths instead of measuring the candidate line again from its start (which made
// wrapping a fifth of a large table's PDF time). Every sum is taken in the order width()
// would take it over the candidate, so each comparison is bit-for-bit the one the general
// version makes.
std::vector<std::string> wrap_additive(const std::string& text, double max_width, const TextMeasurer& measure,
                                       const TextStyle& style) {
    const std::string printable = printable_text(text);  // single spaces between words, none at the ends
    const auto* s = reinterpret_cast<const unsigned char*>(printable.data());
    const std::size_t n = printable.size();
    const double space = measure.unit_width(' ', style.font);
    auto fits = [&](double units) { return units * style.size <= max_width; };
    std::vector<std::string> lines;
    std::string line;
    double line_units = 0;  // the sum width() takes over `line`
    std::size_t i = 0;
    while (i < n) {
        std::size_t end = printable.find(' ', i);
        if (end == std::string::npos) end = n;
        if (!line.empty()) {
            double units = line_units + space;
            for (std::size_t k = i; k < end;) units += measure.unit_width(next_code_point(s, end, k), style.font);
            if (fits(units)) {
                line += ' ';
                line.append(printable, i, end - i);
                line_units = units;
                i = end + 1;
                continue;
            }
            line += ' ';
            lines.push_back(std::move(line));
            line.clear();
        }
        double word_units = 0;
        for (std::size_t k = i; k < end;) word_units += measure.unit_width(next_code_point(s, end, k), style.font);
        if (fits(word_units)) {
            line.assign(printable, i, end - i);
            line_units = word_units;
        } else {
            // Too wide on its own: broken between characters, as break_word does.
            std::size_t piece_start = i;
            double piece_units = 0;
            for (std::size_t k = i; k < end;) {
                const std::size_t at = k;
                const double u = measure.unit_width(next_code_point(s, end, k), style.font);
                if (at != piece_start && !fits(piece_units + u)) {
                    lines.emplace_back(printable, piece_start, at - piece_start);
                    piece_start = at;
                    piece_units = 0;
                }
                piece_units += u;
            }
            line.assign(printable, piece_start, end - piece_start);
            line_units = piece_units;
        }
        i = end + 1;
    }
    if (!line.empty()) lines.push_back(std::move(line));
    return lines;
}

}  // namespace

std::vector<std::string> wrap_text(const std::string& text, double max_width, const TextMeasurer& measure,
                                   const TextStyle& style) {
    if (measure.additive()) return wrap_additive(text, max_width, measure, style);
    std::vector<std::string> lines;
    std::string line;
    for (const std::string& word : split_words(printable_text(text))) {
        std::string candidate = line.empty() ? word : line + ' ' + word;
        if (measure.width(candidate, style) <= max_width) {
            line = std::move(candidate);
            continue;
        }
        if (!line.empty()) lines.push_back(std::move(line) + ' ');
        line.clear();
        if (measure.width(word, style) <= max_width) {
            line = word;
            continue;
        }
        std::vector<std::string> pieces = break_word(word, max_width, measure, style);
        for (std::size_t i = 0; i + 1 < pieces.size(); ++i) lines.push_back(std::move(pieces[i]));
        if (!pieces.empty()) line = std::move(pieces.back());
    }
    if (!line.empty()) lines.push_back(std::move(line));
    return lines;
}

std::string visible_part(const std::string& line) {
    std::size_t end = line.size();
    while (end > 0 && line[end - 1] == ' ') --end;
    return line.substr(0, end);
}

bool cut_lines(std::vector<std::string>& lines, std::size_t max_lines, double max_width, const TextMeasurer& measure,
               const TextStyle& style) {
    if (lines.size() <= max_lines) return false;
    lines.resize(max_lines);
    if (lines.empty()) return true;
    static const std::string ellipsis = "\u2026";
    std::vector<char32_t> chars = decode_utf8(visible_part(lines.back()));
    while (true) {
        std::string candidate;
        for (char32_t c : chars) append_utf8(candidate, c);
        candidate += ellipsis;
        if (chars.empty() || measure.width(candidate, style) <= max_width) {
            lines.back() = std::move(candidate);
            break;
        }
        chars.pop_back();
    }
    return true;
}

}  // namespace scorecard::pdf
