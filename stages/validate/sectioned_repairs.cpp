#include "sectioned_repairs.hpp"

#include <cctype>

#include "stages/ingest/cell_readers.hpp"
#include "stages/model/text_utils.hpp"

namespace scorecard {

namespace {

std::string strip_markup(const std::string& text) {
    std::string out;
    bool in_tag = false;
    for (char c : text) {
        if (c == '<') in_tag = true;
        else if (c == '>' && in_tag) in_tag = false;
        else if (!in_tag) out += c;
    }
    return out;
}

// A token with no letter or digit is a glyph of a drawn chart ("■", "—", "$").
bool is_glyph_token(const std::string& token) {
    for (unsigned char c : token)
        if (std::isalnum(c)) return false;
    return true;
}

std::string drop_glyph_tokens(const std::string& text) {
    std::string out;
    for (const auto& w : split_words(text))
        if (!is_glyph_token(w)) out += (out.empty() ? "" : " ") + w;
    return out;
}

// "Better Better" -> "Better": extraction repeats a word that sat in two merged cells.
std::string drop_repeated_words(const std::string& text) {
    std::string out;
    std::string previous;
    for (const auto& w : split_words(text)) {
        if (w == previous) continue;
        out += (out.empty() ? "" : " ") + w;
        previous = w;
    }
    return out;
}

// "No data points", "Only 1 data point": the words scorecard's own workbook puts in a Trend
// Charts cell with too few points for a chart (stages/export/common/chart_words.cpp).
bool is_too_few_points_text(const std::string& text) {
    return text == "No data points" || text == "Only 1 data point";
}

// A text cell without chart markup, glyphs and doubled words, reporting what changed.
std::string clean_cell(const std::string& text, SourceLocation where, const char* column, Findings& findings) {
    std::string cleaned = drop_repeated_words(drop_glyph_tokens(strip_markup(text)));
    if (cleaned != collapse_spaces(text)) {
        Finding& f = findings.warning("extraction-artefact", where,
                                      std::string(column) + " cell " + quoted(text) +
                                          " carries chart markup, glyphs or a doubled word; read as " +
                                          quoted(cleaned));
        f.before = text;
        f.action = FindingAction::Repaired;
        f.after = cleaned;
    }
    return cleaned;
}

// "2 14.2": a quartile and an average that ran together in one cell.
bool split_quartile_and_average(const std::string& text, std::string* quartile, std::string* average) {
    std::vector<std::string> words = split_words(text);
    if (words.size() != 2 || words[0].size() != 1 || words[0][0] < '1' || words[0][0] > '4') return false;
    if (!parse_value(words[1]).is_number()) return false;
    *quartile = words[0];
    *average = words[1];
    return true;
}

// A row of seven cells: the three after "Compared to previous data point" placed as Trend
// Charts, Status, quartile and average.
void place_short_row(Indicator& ind, Findings& findings) {
    const std::vector<TextCell> cells = std::move(ind.as_read.unplaced);
    ind.as_read.unplaced.clear();
    if (cells.size() != 3) return;
    const TextCell& last = cells[2];
    std::string quartile, average;
    TextCell chart, status, quartile_cell, average_cell;
    if (split_quartile_and_average(last.text, &quartile, &average)) {
        Finding& f = findings.warning("run-together-cells", last.where,
                                      "quartile and neighbour average ran together in one cell " + quoted(last.text) +
                                          "; split into quartile " + quartile + " and average " + average);
        f.before = last.text;
        f.action = FindingAction::Repaired;
        f.after = quartile + " | " + average;
        chart = cells[0];
        status = cells[1];
        quartile_cell = TextCell{quartile, last.where};
        average_cell = TextCell{average, last.where};
    } else {
        // The empty Trend Charts cell is the one extraction drops: the cells after it (status,
        // quartile, average) sit at the row's end.
        Finding& f = findings.warning("short-row", cells[0].where,
                                      "row has 7 cells; the 2019/20 layout has 8: the Trend Charts cell is taken "
                                      "as the missing one and the last three as status, quartile and average");
        f.before = "7 cells";
        f.action = FindingAction::Repaired;
        f.after = "8 cells (empty Trend Charts)";
        chart = TextCell{"", cells[0].where};
        status = cells[0];
        quartile_cell = cells[1];
        average_cell = cells[2];
    }
    ind.trend_chart = chart;
    ind.stated_rag = read_stated_rag(status.text, status.where);
    ind.quartile = parse_value(quartile_cell.text, quartile_cell.where);
    ind.neighbour_average = parse_value(average_cell.text, average_cell.where);
}

}  // namespace

void repair_sectioned_row(Indicator& ind, Findings& findings) {
    if (!ind.as_read.unplaced.empty()) place_short_row(ind, findings);

    ind.stated_direction.text =
        clean_cell(ind.stated_direction.text, ind.stated_direction.where, "Compared to previous data point", findings);
    ind.polarity = sectioned_polarity(ind.name.text, ind.stated_direction.text);
    ind.polarity_text.text = ind.polarity == Polarity::NotStated ? "" : polarity_name(ind.polarity);

    // The Trend Charts cell holds the chart's glyphs as extracted, and often the RAG letter.
    const std::string& chart = ind.trend_chart.text;
    std::string letter;
    const std::vector<std::string> chart_tokens = split_words(strip_markup(chart));
    if (!chart_tokens.empty()) {
        const std::string& last = chart_tokens.back();
        if (last == "R" || last == "A" || last == "G") letter = last;
    }
    const std::string status = clean_cell(ind.stated_rag.text, ind.stated_rag.where, "Status (RAG)", findings);
    if (!status.empty()) ind.stated_rag = read_stated_rag(status, ind.stated_rag.where);
    else if (!letter.empty()) ind.stated_rag = read_stated_rag(letter, ind.trend_chart.where);
    else ind.stated_rag = read_stated_rag("", ind.stated_rag.where);  // nothing but glyphs
    if (is_too_few_points_text(chart)) {
        // What scorecard's own workbook says where a chart has too few points to draw.
        findings.note("chart-words", ind.trend_chart.where,
                      "Trend Charts cell says " + quoted(chart) + " (no chart was drawn there); charts are "
                      "drawn again from the figures");
    } else if (!chart.empty() && chart != letter) {
        Finding& f = findings.warning(
            "chart-glyphs", ind.trend_chart.where,
            "Trend Charts cell " + quoted(chart, 40) + " holds the glyphs of the drawn chart" +
                (letter.empty() || !status.empty()
                     ? std::string("; they are dropped")
                     : "; they are dropped and the RAG letter " + letter + " is read from it"));
        f.before = chart;
        f.action = FindingAction::Repaired;
        f.after = status.empty() ? letter : "";
    } else if (!letter.empty() && status.empty()) {
        findings.note("rag-in-chart-column", ind.trend_chart.where,
                      "RAG letter " + letter + " read from the Trend Charts column");
    }

    ind.quartile = parse_value(clean_cell(ind.quartile.text, ind.quartile.where, "National benchmark", findings),
                               ind.quartile.where);
    ind.neighbour_average = parse_value(
        clean_cell(ind.neighbour_average.text, ind.neighbour_average.where, "Statistical Neighbour average", findings),
        ind.neighbour_average.where);
}

}  // namespace scorecard
