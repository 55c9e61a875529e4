#include "line_wrap.hpp"

#include "printable_text.hpp"
#include "text_shaper.hpp"

namespace scorecard {

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
    char32_t previous = 0;
    for (char32_t c : decode_utf8(word)) {
        std::string candidate = piece;
        append_utf8(candidate, c);
        // Never between a letter and its marks, nor inside an Indic conjunct.
        const bool may_break = !continues_cluster(previous, c);
        previous = c;
        if (!piece.empty() && may_break && measure.width(candidate, style) > max_width) {
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

// The breaks for an additive measurer, as ranges of `text` (words separated by spaces): each
// line is handed to `line(begin, end, at_space)`, `at_space` when a space in the text ended
// it. Every decision is made from running sums of character widths taken in the order width()
// would take them over the candidate line, so each comparison is bit for bit the one measuring
// the whole candidate makes, without measuring it again from its start.
template <class Line>
void break_additive(const std::string& text, double max_width, const TextMeasurer& measure, const TextStyle& style,
                    Line line) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    const double space = measure.unit_width(' ', style.font);
    auto fits = [&](double units) { return units * style.size <= max_width; };
    bool open = false;                          // a line is being filled
    std::size_t line_begin = 0, line_end = 0;   // its range of the text
    double line_units = 0;                      // the sum width() takes over it
    std::size_t i = 0;
    while (true) {
        while (i < n && s[i] == ' ') ++i;
        if (i == n) break;
        std::size_t end = text.find(' ', i);
        if (end == std::string::npos) end = n;
        if (open) {
            double units = line_units + space;
            for (std::size_t k = i; k < end;) units += measure.unit_width(next_code_point(s, end, k), style.font);
            if (fits(units)) {
                line_end = end;
                line_units = units;
                i = end;
                continue;
            }
            line(line_begin, line_end, true);
            open = false;
        }
        double word_units = 0;
        for (std::size_t k = i; k < end;) word_units += measure.unit_width(next_code_point(s, end, k), style.font);
        if (fits(word_units)) {
            line_begin = i;
            line_units = word_units;
        } else {
            // Too wide on its own: broken between characters, as break_word does.
            std::size_t piece_start = i;
            double piece_units = 0;
            for (std::size_t k = i; k < end;) {
                const std::size_t at = k;
                const double u = measure.unit_width(next_code_point(s, end, k), style.font);
                if (at != piece_start && !fits(piece_units + u)) {
                    line(piece_start, at, false);
                    piece_start = at;
                    piece_units = 0;
                }
                piece_units += u;
            }
            line_begin = piece_start;
            line_units = piece_units;
        }
        line_end = end;
        open = true;
        i = end;
    }
    if (open) line(line_begin, line_end, false);
}

// wrap_text for any measurer: each candidate line measured whole.
std::vector<std::string> wrap_measuring_whole_lines(const std::string& printable, double max_width,
                                                    const TextMeasurer& measure, const TextStyle& style) {
    std::vector<std::string> lines;
    std::string line;
    for (const std::string& word : split_words(printable)) {
        std::string candidate = line;
        if (!candidate.empty()) candidate += ' ';
        candidate += word;
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

}  // namespace

std::vector<std::string> wrap_text(const std::string& text, double max_width, const TextMeasurer& measure,
                                   const TextStyle& style) {
    const std::string printable = printable_text(text);  // single spaces between words, none at the ends
    if (!measure.additive_for(printable)) return wrap_measuring_whole_lines(printable, max_width, measure, style);
    std::vector<std::string> lines;
    break_additive(printable, max_width, measure, style, [&](std::size_t begin, std::size_t end, bool at_space) {
        lines.emplace_back(printable, begin, end - begin);
        if (at_space) lines.back() += ' ';
    });
    return lines;
}

std::size_t count_wrapped_lines(const std::string& paragraph, double max_width, const TextMeasurer& measure,
                                const TextStyle& style) {
    if (!measure.additive_for(paragraph)) return wrap_measuring_whole_lines(paragraph, max_width, measure, style).size();
    std::size_t lines = 0;
    break_additive(paragraph, max_width, measure, style, [&](std::size_t, std::size_t, bool) { ++lines; });
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

}  // namespace scorecard
