#include "sectioned_reader.hpp"

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

// "Green: Top quartile of ...": a line of the RAG rating key.
bool is_rag_key_line(const std::string& text) {
    const std::string folded = fold_for_matching(text);
    for (const char* rating : {"green:", "amber:", "red:"})
        if (starts_with(folded, rating)) return true;
    return false;
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
        // The title on a row of its own above the header (as in scorecard's own workbook), or
        // the header's first cell ("Indicator") when there is none.
        for (std::size_t r = 0; r < header_row && scorecard->period.empty(); ++r)
            if (split_title_and_period(table.rows[r].cell(0), &title, &period)) {
                scorecard->title = title;
                scorecard->period = period;
            }
        if (scorecard->period.empty()) scorecard->title = header.cell(0);
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
        f.action = FindingAction::Repaired;
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

        // A key line, maybe with its sample RAG cell beside it (as scorecard's own workbook has).
        if (in_key && is_rag_key_line(first)) {
            scorecard->rag_key.push_back(first);
            continue;
        }
        if (filled == 0) {
            std::string folded = fold_for_matching(first);
            if (is_blank_page_text(first)) {
                keep_line_outside_table(row, scorecard);
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
        if (cells.size() < kColumns - 1) {
            findings.error("short-row", row.where(cells.size()),
                           "row has " + std::to_string(cells.size()) +
                               " cells; the 2019/20 layout has 8 and only one may be missing");
            ok = false;
            continue;
        }
        auto text = [&](int c) { return trim(cells[static_cast<std::size_t>(c)].text); };
        auto where = [&](int c) { return cells[static_cast<std::size_t>(c)].where; };

        // The cells as extracted: glyphs, markup and doubled words included, for validate to
        // repair (and a row one cell short for validate to place).
        Indicator ind;
        ind.line = row.line;
        ind.as_read.cells = static_cast<int>(cells.size());
        ind.as_read.expected_cells = kColumns;
        ind.as_read.end = row.where(cells.size());
        ind.name = TextCell{text(kIndicator), where(kIndicator)};
        Period update = parse_period(text(kLatestUpdate), where(kLatestUpdate));
        ind.latest_period = resolve_quarter(update, fy_start);
        ind.frequency = TextCell{"", where(kLatestUpdate)};
        read_figure_with_bracket(text(kCurrent), where(kCurrent), &ind.latest, &ind.latest_bracketed);
        if (ind.latest.unit == Unit::Percent && ind.latest_bracketed.unit == Unit::Count) ind.numerator = ind.latest_bracketed;
        ind.stated_direction = TextCell{text(kCompared), where(kCompared)};
        if (cells.size() == kColumns) {
            ind.trend_chart = TextCell{text(kChart), where(kChart)};
            ind.stated_rag = read_stated_rag(text(kStatus), where(kStatus));
            ind.quartile = parse_value(text(kQuartile), where(kQuartile));
            ind.neighbour_average = parse_value(text(kAverage), where(kAverage));
        } else {
            for (std::size_t c = kChart; c < cells.size(); ++c)
                ind.as_read.unplaced.push_back(TextCell{trim(cells[c].text), cells[c].where});
        }
        ind.polarity = sectioned_polarity(ind.name.text, ind.stated_direction.text);
        // The polarity is written into the name; the Polarity field carries it in the words of
        // the flat layout, so a flat template shows "Low = Good", not "(low = good)".
        ind.polarity_text = TextCell{ind.polarity == Polarity::NotStated ? "" : polarity_name(ind.polarity),
                                     where(kIndicator)};
        ind.group = scorecard->groups.back().name;
        scorecard->groups.back().indicators.push_back(std::move(ind));
    }
    return ok;
}

}  // namespace scorecard
