#include "sectioned_reader.hpp"

#include <cctype>

#include "stages/model/text_utils.hpp"
#include "cell_readers.hpp"
#include "table_text.hpp"

namespace scorecard {

namespace {

// The eight columns of the 2019/20 layout, by position. PDF extraction garbles the header
// ("tus (qua" for "Status (RAG)"), so columns are known by place, not by name.
enum Column { kIndicator, kLatestUpdate, kCurrent, kCompared, kChart, kStatus, kQuartile, kAverage, kColumns };

const char* kExpectedHeadings[kColumns] = {
    "", "latest update", "current performance", "compared to previous data point", "trend charts",
    "status (rag)", "national benchmark (quartile 1 = top)", "most recent statistical neighbour average"};

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
    std::vector<std::string> words = split_words(text);
    std::string out;
    std::string previous;
    for (const auto& w : words) {
        if (w == previous) continue;
        out += (out.empty() ? "" : " ") + w;
        previous = w;
    }
    return out;
}

// Cleans a text cell of chart markup, glyphs and doubled words, reporting what changed.
std::string clean_cell(const std::string& raw, SourceLocation where, const char* column, Findings& findings) {
    std::string text = trim(raw);
    std::string cleaned = drop_repeated_words(drop_glyph_tokens(strip_markup(text)));
    if (cleaned != collapse_spaces(text)) {
        Finding& f = findings.warning("extraction-artefact", where,
                                      std::string(column) + " cell " + quoted(text) +
                                          " carries chart markup, glyphs or a doubled word; read as " +
                                          quoted(cleaned));
        f.before = text;
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

Polarity polarity_from(const std::string& name, const std::string& compared) {
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

}  // namespace

bool read_sectioned_layout(RawTable& table, std::size_t header_row, Scorecard* scorecard,
                           Findings& findings) {
    scorecard->layout = SourceLayout::Sectioned;
    const RawRow& header = table.rows[header_row];
    std::string title, period;
    if (split_title_and_period(header.cell(0), &title, &period)) {
        scorecard->title = title;
        scorecard->period = period;
    } else {
        scorecard->title = header.cell(0);
    }
    const int fy_start = financial_year_start(scorecard->period);

    // Report header cells that extraction garbled; the columns are read by position anyway.
    std::string garbled;
    for (std::size_t c = 1; c < kColumns; ++c) {
        std::string f = fold_for_matching(header.cell(c));
        if (f != kExpectedHeadings[c]) garbled += std::string(garbled.empty() ? "" : ", ") + quoted(header.cell(c), 50);
    }
    if (!garbled.empty()) {
        Finding& f = findings.warning("garbled-header", header.where(1),
                                      "header cells after the title do not read as the 2019/20 layout's (" + garbled +
                                          "): PDF extraction ran them together; the eight columns are read by "
                                          "their place");
        f.before = garbled;
        f.after = "Latest update | Current Performance | Compared to previous data point | Trend Charts | "
                  "Status (RAG) | National benchmark (quartile 1 = top) | Most recent Statistical Neighbour average";
    }

    bool ok = true;
    bool in_key = false;
    for (std::size_t r = header_row + 1; r < table.rows.size(); ++r) {
        const RawRow& row = table.rows[r];
        RowRelease release(table.rows[r]);  // the row's cells are not needed once it is read
        if (row.is_blank()) continue;
        std::size_t filled = 0;
        for (std::size_t c = 1; c < row.cells.size(); ++c)
            if (!row.cell(c).empty()) ++filled;
        const std::string first = row.cell(0);

        if (filled == 0) {
            std::string folded = fold_for_matching(first);
            if (is_blank_page_text(first)) {
                note_text_outside_table(row, findings);
                continue;
            }
            if (folded.find("rag rating key") != std::string::npos) {
                in_key = true;
                findings.note("rag-key", row.where(0), "the RAG rating key starts here; its lines are kept as the key");
                continue;
            }
            if (in_key) {
                scorecard->rag_key.push_back(first);
                continue;
            }
            if (first.empty()) continue;
            Group g;
            g.name = first;
            g.where = row.where(0);
            scorecard->groups.push_back(g);
            continue;
        }
        if (first.empty()) {
            findings.error("no-indicator-name", row.where(0), "row has figures but no indicator name");
            ok = false;
            continue;
        }
        if (scorecard->groups.empty()) {
            findings.error("no-group", row.where(0),
                           "indicator " + quoted(first) + " comes before any outcome heading, so it belongs to none");
            ok = false;
            continue;
        }

        std::vector<RawCell> cells = row.cells;
        while (cells.size() > kColumns && trim(cells.back().text).empty()) cells.pop_back();
        if (cells.size() > kColumns) {
            findings.error("too-many-cells", cells[kColumns].where,
                           "row has " + std::to_string(cells.size()) + " cells; the 2019/20 layout has 8");
            ok = false;
            continue;
        }
        if (cells.size() == kColumns - 1) {
            std::string quartile, average;
            RawCell last = cells.back();
            if (split_quartile_and_average(trim(last.text), &quartile, &average)) {
                Finding& f = findings.warning("run-together-cells", last.where,
                                              "quartile and neighbour average ran together in one cell " +
                                                  quoted(trim(last.text)) + "; split into quartile " + quartile +
                                                  " and average " + average);
                f.before = trim(last.text);
                f.after = quartile + " | " + average;
                cells.back().text = quartile;
                RawCell extra = last;
                extra.text = average;
                cells.push_back(extra);
            } else {
                // The empty Trend Charts cell is the one extraction drops: the cells after it
                // (status, quartile, average) sit at the row's end.
                Finding& f = findings.warning("short-row", row.where(kChart),
                                              "row has 7 cells; the 2019/20 layout has 8: the Trend Charts cell is "
                                              "taken as the missing one and the last three as status, quartile "
                                              "and average");
                f.before = "7 cells";
                f.after = "8 cells (empty Trend Charts)";
                RawCell empty;
                empty.where = cells[kChart].where;
                cells.insert(cells.begin() + kChart, empty);
            }
        }
        if (cells.size() < kColumns - 1) {
            findings.error("short-row", row.where(cells.size()),
                           "row has " + std::to_string(cells.size()) +
                               " cells; the 2019/20 layout has 8 and only one may be missing");
            ok = false;
            continue;
        }
        auto text = [&](int c) { return trim(cells[static_cast<std::size_t>(c)].text); };
        auto where = [&](int c) { return cells[static_cast<std::size_t>(c)].where; };

        Indicator ind;
        ind.line = row.line;
        ind.name = TextCell{text(kIndicator), where(kIndicator)};
        Period update = parse_period(text(kLatestUpdate), where(kLatestUpdate));
        ind.latest_period = resolve_quarter(update, fy_start);
        ind.frequency = TextCell{"", where(kLatestUpdate)};
        read_figure_with_bracket(text(kCurrent), where(kCurrent), &ind.latest, &ind.latest_bracketed);
        if (ind.latest.unit == Unit::Percent && ind.latest_bracketed.unit == Unit::Count) ind.numerator = ind.latest_bracketed;
        std::string compared = clean_cell(text(kCompared), where(kCompared), "Compared to previous data point", findings);
        ind.stated_direction = TextCell{compared, where(kCompared)};

        // The Trend Charts cell holds the chart's glyphs as extracted, and often the RAG letter.
        std::string chart_raw = text(kChart);
        std::string chart_letter;
        std::vector<std::string> chart_tokens = split_words(strip_markup(chart_raw));
        if (!chart_tokens.empty()) {
            const std::string& last = chart_tokens.back();
            if (last == "R" || last == "A" || last == "G") chart_letter = last;
        }
        std::string status = clean_cell(text(kStatus), where(kStatus), "Status (RAG)", findings);
        ind.stated_rag.where = where(kStatus);
        if (!status.empty()) {
            ind.stated_rag = read_stated_rag(status, where(kStatus));
        } else if (!chart_letter.empty()) {
            ind.stated_rag = read_stated_rag(chart_letter, where(kChart));
        }
        if (!chart_raw.empty() && chart_raw != chart_letter) {
            Finding& f = findings.warning(
                "chart-glyphs", where(kChart),
                "Trend Charts cell " + quoted(chart_raw, 40) + " holds the glyphs of the drawn chart" +
                    (chart_letter.empty() || !status.empty() ? std::string("; they are dropped")
                                                             : "; they are dropped and the RAG letter " +
                                                                   chart_letter + " is read from it"));
            f.before = chart_raw;
            f.after = status.empty() ? chart_letter : "";
        } else if (!chart_letter.empty() && status.empty()) {
            findings.note("rag-in-chart-column", where(kChart),
                          "RAG letter " + chart_letter + " read from the Trend Charts column");
        }

        ind.polarity = polarity_from(ind.name.text, compared);
        // The polarity is written into the name; the Polarity field carries it in the words of
        // the flat layout, so a flat template shows "Low = Good", not "(low = good)".
        ind.polarity_text = TextCell{ind.polarity == Polarity::NotStated ? "" : polarity_name(ind.polarity),
                                     where(kIndicator)};
        ind.quartile = parse_value(clean_cell(text(kQuartile), where(kQuartile), "National benchmark", findings),
                                   where(kQuartile));
        ind.neighbour_average = parse_value(
            clean_cell(text(kAverage), where(kAverage), "Statistical Neighbour average", findings), where(kAverage));
        ind.group = scorecard->groups.back().name;
        scorecard->groups.back().indicators.push_back(std::move(ind));
    }
    return ok;
}

}  // namespace scorecard
