#include "decimal_commas.hpp"

#include <algorithm>
#include <functional>

#include "cell_readers.hpp"
#include "stages/model/text_utils.hpp"

namespace scorecard {

namespace {

enum class CommaKind { None, Decimal, Thousands, Either };

bool digit(char c) { return c >= '0' && c <= '9'; }

// What the commas of a figure's text can be: each run of digits joined by commas is looked at.
CommaKind comma_kind(const std::string& text) {
    CommaKind kind = CommaKind::None;
    for (std::size_t i = 0; i < text.size();) {
        if (!digit(text[i]) || (i > 0 && (digit(text[i - 1]) || text[i - 1] == '.'))) {
            ++i;
            continue;
        }
        std::vector<std::string> groups(1);
        std::size_t j = i;
        for (; j < text.size(); ++j) {
            if (digit(text[j])) groups.back() += text[j];
            else if (text[j] == ',' && j + 1 < text.size() && digit(text[j + 1])) groups.emplace_back();
            else break;
        }
        const bool fraction = j + 1 < text.size() && text[j] == '.' && digit(text[j + 1]);
        i = j;
        if (groups.size() < 2) continue;
        CommaKind token;
        bool grouping = groups[0].size() <= 3 && groups[0][0] != '0';
        for (std::size_t g = 1; g < groups.size(); ++g) grouping = grouping && groups[g].size() == 3;
        if (groups.size() > 2 || fraction) token = grouping ? CommaKind::Thousands : CommaKind::None;
        else token = grouping ? CommaKind::Either : CommaKind::Decimal;
        if (token == CommaKind::Thousands || (token == CommaKind::Decimal && kind != CommaKind::Thousands) ||
            (token == CommaKind::Either && kind == CommaKind::None))
            kind = token;
    }
    return kind;
}

// True when the text has a figure with a decimal point ("22.60%"): the table's decimal mark.
bool has_decimal_point(const std::string& text) {
    for (std::size_t i = 1; i + 1 < text.size(); ++i)
        if (text[i] == '.' && digit(text[i - 1]) && digit(text[i + 1])) return true;
    return false;
}

std::string commas_to_points(std::string text) {
    for (std::size_t i = 1; i + 1 < text.size(); ++i)
        if (text[i] == ',' && digit(text[i - 1]) && digit(text[i + 1])) text[i] = '.';
    return text;
}

// A figure of the model with its name, text and a way to read it again from other text.
struct Figure {
    const char* field;
    const Indicator* indicator;
    std::string text;
    SourceLocation where;
    std::function<void(const std::string& text)> reread;
};

std::vector<Figure> figures_of(Scorecard* scorecard) {
    std::vector<Figure> out;
    const bool bracketed = scorecard->layout == SourceLayout::Sectioned;
    scorecard->for_each_indicator([&](Indicator& ind) {
        auto value = [&](const char* field, Value& v) {
            out.push_back({field, &ind, v.text, v.where, [&v](const std::string& text) {
                               const std::string as_written = v.text;
                               v = parse_value(text, v.where);
                               v.text = as_written;
                           }});
        };
        value("Previous Value", ind.previous);
        if (bracketed) {
            out.push_back({"Current Performance", &ind, ind.latest.text, ind.latest.where, [&ind](const std::string& text) {
                               const std::string as_written = ind.latest.text;
                               read_figure_with_bracket(text, ind.latest.where, &ind.latest, &ind.latest_bracketed);
                               ind.latest.text = as_written;
                           }});
        } else {
            value("Latest Value", ind.latest);
        }
        value("National benchmark", ind.quartile);
        value("Statistical Neighbour average", ind.neighbour_average);
        value("Numerator", ind.numerator);
        value("Denominator", ind.denominator);
        out.push_back({"Target", &ind, ind.target.text, ind.target.where, [&ind](const std::string& text) {
                           const std::string as_written = ind.target.text;
                           ind.target = read_target(text, ind.target.where);
                           ind.target.text = as_written;
                       }});
    });
    return out;
}

}  // namespace

void read_decimal_commas(Scorecard* scorecard, char delimiter, Findings& findings) {
    if (delimiter != ';') return;
    std::vector<Figure> figures = figures_of(scorecard);
    // What the figures show of the table's convention: a comma that can only be a decimal one, a
    // comma that can only separate thousands, a decimal point.
    const Figure* decided_by = nullptr;
    bool thousands = false, points = false;
    for (const auto& f : figures) {
        const CommaKind kind = comma_kind(f.text);
        if (kind == CommaKind::Thousands) thousands = true;
        if (kind == CommaKind::Decimal && !decided_by) decided_by = &f;
        if (has_decimal_point(f.text)) points = true;
    }
    const bool decimal_commas = decided_by && !thousands && !points;
    // "1,250" is a question only when nothing in the table answers it.
    const bool undecided = !decided_by && !thousands && !points;
    if (decimal_commas)
        findings.note("decimal-comma", decided_by->where,
                      "figures are read with a decimal comma: this semicolon-separated table writes " +
                          quoted(decided_by->text) + " here, which can only be a decimal");
    for (auto& f : figures) {
        const CommaKind kind = comma_kind(f.text);
        if (kind == CommaKind::None || kind == CommaKind::Thousands) continue;
        if (decimal_commas) {
            const std::string as_read = commas_to_points(f.text);
            f.reread(as_read);
            if (kind != CommaKind::Either) continue;
            Finding& w = findings.warning(
                "ambiguous-comma", f.where,
                std::string(f.field) + " " + quoted(f.text) + " of " + quoted(f.indicator->name.text, 50) +
                    " is read as " + as_read + ", the comma a decimal point as elsewhere in this table; if a "
                    "thousands separator is meant, write it without the comma");
            w.indicator = f.indicator->name.text;
            w.before = f.text;
            w.after = as_read;
        } else if (kind == CommaKind::Either && undecided) {
            std::string as_read = f.text;
            as_read.erase(std::remove(as_read.begin(), as_read.end(), ','), as_read.end());
            Finding& w = findings.warning(
                "ambiguous-comma", f.where,
                std::string(f.field) + " " + quoted(f.text) + " of " + quoted(f.indicator->name.text, 50) +
                    " is read as " + as_read + ", the comma separating thousands; in a semicolon-separated table "
                    "a comma is often a decimal point: if " + commas_to_points(f.text) + " is meant, write it so");
            w.indicator = f.indicator->name.text;
            w.before = f.text;
            w.after = as_read;
        }
    }
}

}  // namespace scorecard
