#include "run_together_cells.hpp"

#include "stages/model/stated_terms.hpp"
#include "stages/model/text_utils.hpp"
#include "stages/model/trend_rule.hpp"

namespace scorecard {

namespace {

struct Piece {
    bool is_value = false;
    std::string text;
};

// Splits "67.1% 2021/22 Final 40.1% 2021/22 Final" into figures and periods. Periods may be
// two words ("2021/22 Final", "Q3 2022/23"); a word that is neither ends the attempt.
bool split_pieces(const std::string& text, std::vector<Piece>* pieces) {
    std::vector<std::string> words = split_words(text);
    for (std::size_t i = 0; i < words.size();) {
        if (parse_value(words[i]).is_number()) {
            pieces->push_back({true, words[i]});
            ++i;
            continue;
        }
        if (i + 1 < words.size() && !parse_value(words[i + 1]).is_number()) {
            Period two = parse_period(words[i] + " " + words[i + 1]);
            if (two.is_known() || two.kind == PeriodKind::Quarter) {
                pieces->push_back({false, words[i] + " " + words[i + 1]});
                i += 2;
                continue;
            }
        }
        Period one = parse_period(words[i]);
        if (one.is_known() || one.kind == PeriodKind::Quarter) {
            pieces->push_back({false, words[i]});
            ++i;
            continue;
        }
        return false;
    }
    return true;
}

// The stated trend agrees with the figures (or states nothing to disagree with).
bool trend_agrees(const Indicator& ind, const Value& previous, const Value& latest) {
    Trend stated;
    if (!read_stated_trend(ind.stated_trend.text, &stated) || stated == Trend::NotAvailable) return true;
    return trend_between(previous, latest) == stated;
}

void report_repair(Findings& findings, const Indicator& ind, SourceLocation where, const std::string& field,
                   const std::string& before, const std::string& after, const std::string& why) {
    Finding& f = findings.warning("run-together-cells", where,
                                  field + " of " + quoted(ind.name.text, 50) + " repaired: " + why);
    f.indicator = ind.name.text;
    f.before = before;
    f.action = FindingAction::Repaired;
    f.after = after;
}

std::string trend_words(const Value& previous, const Value& latest) {
    return display_text(previous) + " to " + display_text(latest) + " is " + trend_name(trend_between(previous, latest));
}

}  // namespace

void repair_run_together_cells(std::vector<Indicator*>& rows, Findings& findings) {
    for (std::size_t r = 0; r < rows.size(); ++r) {
        Indicator& ind = *rows[r];
        if (ind.previous.state != ValueState::Invalid) continue;
        std::vector<Piece> pieces;
        if (!split_pieces(ind.previous.text, &pieces)) continue;
        const std::string cell_text = ind.previous.text;

        // value, period: this row's previous value and its latest period ran together.
        if (pieces.size() == 2 && pieces[0].is_value && !pieces[1].is_value && ind.latest_period.text.empty()) {
            Value previous = parse_value(pieces[0].text, ind.previous.where);
            if (!trend_agrees(ind, previous, ind.latest)) {
                Finding& f = findings.error(
                    "run-together-cells", ind.previous.where,
                    "Previous Value " + quoted(cell_text) + " holds a figure and a period run together, but "
                    "splitting it gives " + trend_words(previous, ind.latest) + " while the table states " +
                    quoted(ind.stated_trend.text) + "; correct the row by hand");
                f.indicator = ind.name.text;
                continue;
            }
            report_repair(findings, ind, ind.previous.where, "Previous Value", cell_text, pieces[0].text,
                          "a figure and a period ran together in one cell");
            report_repair(findings, ind, ind.latest_period.where, "Latest Period", "", pieces[1].text,
                          "taken from the Previous Value cell it ran into");
            ind.previous = previous;
            ind.latest_period = parse_period(pieces[1].text, ind.latest_period.where);
            continue;
        }

        // value, period, value, period: two rows ran together, leaving the next row short of
        // its previous value and latest period (the 2022/23 KS2 rows).
        if (pieces.size() == 4 && pieces[0].is_value && !pieces[1].is_value && pieces[2].is_value &&
            !pieces[3].is_value) {
            Indicator* next = r + 1 < rows.size() ? rows[r + 1] : nullptr;
            const bool fits = ind.latest_period.text.empty() && next && next->previous.is_blank() &&
                              next->latest_period.text.empty();
            Value previous = parse_value(pieces[0].text, ind.previous.where);
            Value next_previous = parse_value(pieces[2].text, next ? next->previous.where : SourceLocation{});
            if (!fits || !trend_agrees(ind, previous, ind.latest) || !trend_agrees(*next, next_previous, next->latest)) {
                std::string why = !fits ? "the next row's Previous Value and Latest Period are not both empty"
                                        : "splitting it gives " + trend_words(previous, ind.latest) + " and " +
                                              trend_words(next_previous, next->latest) +
                                              ", which the stated trends do not agree with";
                Finding& f = findings.error("run-together-cells", ind.previous.where,
                                            "Previous Value " + quoted(cell_text) +
                                                " holds the cells of two rows run together, and the split is not "
                                                "certain: " + why + "; correct the rows by hand");
                f.indicator = ind.name.text;
                continue;
            }
            report_repair(findings, ind, ind.previous.where, "Previous Value", cell_text, pieces[0].text,
                          "the cells of two rows ran together; the first figure is this row's (its stated trend " +
                              quoted(ind.stated_trend.text) + " agrees: " + trend_words(previous, ind.latest) + ")");
            report_repair(findings, ind, ind.latest_period.where, "Latest Period", "", pieces[1].text,
                          "moved back from the run-together Previous Value cell");
            report_repair(findings, *next, next->previous.where, "Previous Value", "", pieces[2].text,
                          "moved back from the row above, where it ran together (its stated trend " +
                              quoted(next->stated_trend.text) + " agrees: " + trend_words(next_previous, next->latest) +
                              ")");
            report_repair(findings, *next, next->latest_period.where, "Latest Period", "", pieces[3].text,
                          "moved back from the row above, where it ran together");
            ind.previous = previous;
            ind.latest_period = parse_period(pieces[1].text, ind.latest_period.where);
            next->previous = next_previous;
            next->latest_period = parse_period(pieces[3].text, next->latest_period.where);
        }
    }
}

}  // namespace scorecard
