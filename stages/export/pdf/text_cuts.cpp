#include "text_cuts.hpp"

#include <cstdio>

#include "stages/export/common/printable_text.hpp"
#include "stages/model/text_utils.hpp"

namespace scorecard::pdf {

namespace {

const std::string kEllipsis = "\u2026";

std::size_t count_words(const std::string& printable) {
    std::size_t words = 0;
    bool in_word = false;
    for (char c : printable) {
        if (c == ' ') {
            in_word = false;
        } else if (!in_word) {
            in_word = true;
            ++words;
        }
    }
    return words;
}

const TextCell* source_cell(const Indicator& indicator, ColumnField field) {
    switch (field) {
        case ColumnField::Indicator: return &indicator.name;
        case ColumnField::Theme: return &indicator.theme;
        case ColumnField::Commentary: return &indicator.commentary;
        case ColumnField::Polarity: return &indicator.polarity_text;
        case ColumnField::Frequency: return &indicator.frequency;
        case ColumnField::Trend: return &indicator.stated_trend;
        case ColumnField::Compared: return &indicator.stated_direction;
        default: return nullptr;
    }
}

std::string amount(const TextCut& cut) {
    return "shows " + with_thousands(cut.kept_words) + " of its " + with_thousands(cut.total_words) + " words (" +
           with_thousands(cut.kept_chars) + " of " + with_thousands(cut.total_chars) + " characters)";
}

const char* const kWhy = ": a row cannot be taller than a page, so the rest is cut and ends in \"\u2026\". "
                         "The workbook holds the whole text.";

}  // namespace

std::string with_thousands(std::size_t n) {
    std::string digits = std::to_string(n);
    for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) digits.insert(static_cast<std::size_t>(at), ",");
    return digits;
}

std::string format_points(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    std::string text = buffer;
    while (!text.empty() && text.back() == '0') text.pop_back();
    if (!text.empty() && text.back() == '.') text.pop_back();
    return text;
}

TextCut count_cut(const std::string& text, const std::vector<std::string>& lines, int column) {
    TextCut cut;
    cut.column = column;
    const std::string full = printable_text(text);
    // The lines are consecutive pieces of the printable text (wrap_text), the last one ended
    // with the ellipsis in place of what was cut.
    std::string shown;
    for (const std::string& line : lines) shown += line;
    if (shown.size() >= kEllipsis.size() && shown.compare(shown.size() - kEllipsis.size(), kEllipsis.size(), kEllipsis) == 0)
        shown.resize(shown.size() - kEllipsis.size());
    if (full.compare(0, shown.size(), shown) != 0) shown.clear();  // not a prefix: claim nothing was kept
    cut.total_chars = utf8_length(full);
    cut.kept_chars = utf8_length(shown);
    cut.total_words = count_words(full);
    cut.kept_words = count_words(shown);
    // A word the cut went through is not shown whole.
    const bool ends_inside_word =
        !shown.empty() && shown.back() != ' ' && shown.size() < full.size() && full[shown.size()] != ' ';
    if (ends_inside_word && cut.kept_words > 0) --cut.kept_words;
    return cut;
}

Finding indicator_cut_finding(const TextCut& cut, const Indicator& indicator, const ColumnSpec& column,
                              const std::string& file) {
    Finding f;
    f.severity = Severity::Warning;
    f.code = "pdf-text-cut";
    f.file = file;
    const TextCell* cell = source_cell(indicator, column.field);
    if (cell && cell->where.line > 0)
        f.where = cell->where;
    else
        f.where.line = indicator.line;
    f.indicator = indicator.name.text;
    f.message = "the PDF's \"" + column.heading + "\" cell of " + quoted(indicator.name.text) + " " + amount(cut) + kWhy;
    return f;
}

Finding group_cut_finding(const TextCut& cut, const Group& group, const std::string& what, const std::string& file) {
    Finding f;
    f.severity = Severity::Warning;
    f.code = "pdf-text-cut";
    f.file = file;
    f.where = group.where;
    f.message = "the PDF's " + what + " " + quoted(group.name) + " " + amount(cut) + kWhy;
    return f;
}

}  // namespace scorecard::pdf
