#include "flat_reader.hpp"

#include <algorithm>
#include <array>
#include <set>

#include "stages/model/text_utils.hpp"
#include "cell_readers.hpp"
#include "header_matching.hpp"
#include "table_text.hpp"

namespace scorecard {

namespace {

using ColumnIndex = std::array<int, kFlatColumnCount>;

// Maps each flat column to its cell index, reporting look-alike letters, unknown headers,
// duplicates and missing columns. Returns false when the header cannot be used.
// "Polarity as written": a column as the table wrote it, beside one of the same name read
// through the rules (scorecard's own Data sheet has both).
bool is_as_written(const std::string& text) { return ends_with(fold_for_matching(text), " as written"); }

bool map_header(const RawRow& header, ColumnIndex* index, Findings& findings) {
    index->fill(-1);
    bool ok = true;
    // Where a column is there as written, that is the one read.
    std::array<int, kFlatColumnCount> as_written;
    as_written.fill(-1);
    for (std::size_t c = 0; c < header.cells.size(); ++c) {
        bool lookalikes = false;
        const FlatColumn column = match_flat_heading(trim(header.cells[c].text), &lookalikes);
        if (column != FlatColumn::Count && is_as_written(header.cells[c].text))
            as_written[static_cast<std::size_t>(column)] = static_cast<int>(c);
    }
    for (std::size_t c = 0; c < header.cells.size(); ++c) {
        const RawCell& cell = header.cells[c];
        const std::string text = trim(cell.text);
        if (text.empty()) continue;
        bool lookalikes = false;
        FlatColumn column = match_flat_heading(text, &lookalikes);
        if (column == FlatColumn::Count) {
            findings.warning("unknown-column", cell.where,
                             "column " + std::to_string(c + 1) + " " + quoted(text) +
                                 " is not a column scorecard reads; it is ignored");
            continue;
        }
        const int written = as_written[static_cast<std::size_t>(column)];
        if (written >= 0 && written != static_cast<int>(c)) {
            findings.note("column-as-written", cell.where,
                          "column " + std::to_string(c + 1) + " " + quoted(text) + " is not read: column " +
                              std::to_string(written + 1) + " " + quoted(trim(header.cells[static_cast<std::size_t>(written)].text)) +
                              " holds the same as the table wrote it");
            continue;
        }
        auto& slot = (*index)[static_cast<std::size_t>(column)];
        if (slot >= 0) {
            findings.error("duplicate-column", cell.where,
                           std::string("column \"") + flat_column_heading(column) + "\" appears twice (columns " +
                               std::to_string(slot + 1) + " and " + std::to_string(c + 1) + ")");
            ok = false;
            continue;
        }
        slot = static_cast<int>(c);
        if (lookalikes) {
            Finding& f = findings.warning("lookalike-letters", cell.where,
                                          "header " + quoted(text) +
                                              " is spelt with look-alike Cyrillic or Greek letters; read as \"" +
                                              flat_column_heading(column) + "\"");
            f.before = text;
            f.action = FindingAction::Repaired;
            f.after = flat_column_heading(column);
        }
    }
    std::string missing;
    for (std::size_t k = 0; k < kRequiredFlatColumns; ++k) {
        if ((*index)[k] < 0) missing += std::string(missing.empty() ? "" : ", ") + "\"" +
                                        flat_column_heading(static_cast<FlatColumn>(k)) + "\"";
    }
    if (!missing.empty()) {
        findings.error("missing-column", header.where(0),
                       "the header row lacks the column" + std::string(missing.find(',') != std::string::npos ? "s " : " ") +
                           missing + " of the 2022/23 layout");
        ok = false;
    }
    return ok;
}

// Words that cannot end a topic: a fragment ending in one carries on onto the next row.
bool ends_mid_phrase(const std::string& fragment) {
    static const std::set<std::string> joining = {"and", "or", "to", "of", "in", "the", "a", "an", "for",
                                                  "with", "their", "have", "at", "on", "by", "from", "into",
                                                  "that", "are", "is", "be", "&"};
    if (fragment.empty()) return false;
    char last = fragment.back();
    if (last == ',' || last == ';' || last == '-' || last == ':') return true;
    std::vector<std::string> words = split_words(fragment);
    return !words.empty() && joining.count(to_lower_ascii(words.back())) > 0;
}

bool starts_lower_case(const std::string& fragment) {
    return !fragment.empty() && fragment[0] >= 'a' && fragment[0] <= 'z';
}

struct TopicState {
    int group = -1;             // index of the current group
    int last_fragment_row = -2; // data-row counter of the last row with topic text
    int first_line = 0, last_line = 0;
    int fragments = 0;
};

}  // namespace

bool read_flat_layout(RawTable& table, std::size_t header_row, Scorecard* scorecard, Findings& findings) {
    scorecard->layout = SourceLayout::Flat;
    // A title row above the header ("Children and Families Performance FY2022/23 Q3").
    for (std::size_t r = 0; r < header_row; ++r) {
        const RawRow& row = table.rows[r];
        if (row.is_blank()) continue;
        std::string text;
        for (const auto& c : row.cells)
            if (!trim(c.text).empty()) text += (text.empty() ? "" : " ") + trim(c.text);
        std::string title, period;
        if (split_title_and_period(text, &title, &period)) {
            scorecard->title = title;
            scorecard->period = period;
        } else if (scorecard->title.empty()) {
            scorecard->title = text;
        }
    }

    const RawRow& header = table.rows[header_row];
    ColumnIndex index;
    if (!map_header(header, &index, findings)) return false;
    const std::size_t header_cells = header.cells.size();

    // A cell holding the shorthand for "no value" ([x], [z]) reads as the empty cell it stands
    // for, in a workbook or in text: every empty cell of scorecard's own Data sheet holds one.
    auto cell_of = [&](const RawRow& row, FlatColumn column) -> std::string {
        int i = index[static_cast<std::size_t>(column)];
        if (i < 0) return std::string();
        std::string text = row.cell(static_cast<std::size_t>(i));
        return is_no_value_shorthand(trim(text)) ? std::string() : text;
    };
    auto where_of = [&](const RawRow& row, FlatColumn column) -> SourceLocation {
        int i = index[static_cast<std::size_t>(column)];
        return row.where(i < 0 ? 0 : static_cast<std::size_t>(i));
    };
    auto text_cell = [&](const RawRow& row, FlatColumn column) {
        return TextCell{cell_of(row, column), where_of(row, column)};
    };
    // A figure column, or where it is empty, the column beside it that says what stood there.
    auto value_cell = [&](const RawRow& row, FlatColumn column, FlatColumn instead = FlatColumn::Count) {
        const std::string text = cell_of(row, column);
        if (text.empty() && instead != FlatColumn::Count && !cell_of(row, instead).empty())
            return parse_value(cell_of(row, instead), where_of(row, instead));
        return parse_value(text, where_of(row, column));
    };

    TopicState topic;
    std::vector<std::pair<int, int>> topic_lines;  // per group: first and last line of its text
    int data_row = 0;
    bool ok = true;
    for (std::size_t r = header_row + 1; r < table.rows.size(); ++r) {
        const RawRow& row = table.rows[r];
        RowRelease release(table.rows[r]);  // the row's cells are not needed once it is read
        if (row.is_blank()) continue;
        // A line without a single delimiter is not a row of this table.
        if (row.cells.size() == 1) {
            keep_line_outside_table(row, scorecard);
            continue;
        }
        ++data_row;
        if (row.cells.size() > header_cells) {
            bool extra_text = false;
            for (std::size_t c = header_cells; c < row.cells.size(); ++c)
                if (!trim(row.cells[c].text).empty()) extra_text = true;
            if (extra_text) {
                findings.error("too-many-cells", row.where(header_cells),
                               "row has " + std::to_string(row.cells.size()) + " cells; the header has " +
                                   std::to_string(header_cells) + " (is a delimiter inside a cell unquoted?)");
                ok = false;
                continue;
            }
        }

        // The topic: on every row, on the first row of each topic, or wrapped over several rows.
        const std::string topic_text = cell_of(row, FlatColumn::Topic);
        if (!topic_text.empty()) {
            Group* current = topic.group >= 0 ? &scorecard->groups[static_cast<std::size_t>(topic.group)] : nullptr;
            const bool continues_fragment = current && topic.last_fragment_row == data_row - 1 &&
                                            current->name != topic_text &&
                                            (starts_lower_case(topic_text) || ends_mid_phrase(current->name));
            if (continues_fragment) {
                current->name += " " + topic_text;
                topic_lines.back().second = row.line;
            } else if (!(current && current->name == topic_text)) {
                Group g;
                g.name = topic_text;
                g.where = where_of(row, FlatColumn::Topic);
                scorecard->groups.push_back(g);
                topic.group = static_cast<int>(scorecard->groups.size() - 1);
                topic_lines.emplace_back(row.line, row.line);
            }
            topic.last_fragment_row = data_row;
        } else if (topic.group < 0) {
            findings.error("no-group", where_of(row, FlatColumn::Topic),
                           "the first row of the table has no Topic, so its indicator belongs to no topic");
            ok = false;
            continue;
        }

        Indicator ind;
        ind.line = row.line;
        // A short row's missing cells read as empty; validate reports it. A workbook row has no
        // missing cells: past its last filled one they are empty cells.
        ind.as_read.cells = static_cast<int>(table.grid ? std::max(row.cells.size(), header_cells) : row.cells.size());
        ind.as_read.expected_cells = static_cast<int>(header_cells);
        ind.as_read.end = row.where(row.cells.size());
        ind.theme = text_cell(row, FlatColumn::Theme);
        ind.name = text_cell(row, FlatColumn::Indicator);
        if (ind.name.text.empty()) {
            // A row of figures that names nothing cannot be published (nor followed in the history).
            findings.error("no-indicator-name", ind.name.where,
                           "row has figures but no indicator name: its Indicator cell is empty");
            ok = false;
            continue;
        }
        ind.polarity_text = text_cell(row, FlatColumn::Polarity);
        if (!read_polarity(ind.polarity_text.text, &ind.polarity)) ind.polarity = Polarity::NotStated;
        ind.frequency = text_cell(row, FlatColumn::Frequency);
        ind.previous_period = parse_period(cell_of(row, FlatColumn::PreviousPeriod), where_of(row, FlatColumn::PreviousPeriod));
        ind.previous = value_cell(row, FlatColumn::PreviousValue, FlatColumn::PreviousValueText);
        ind.latest_period = parse_period(cell_of(row, FlatColumn::LatestPeriod), where_of(row, FlatColumn::LatestPeriod));
        ind.latest = value_cell(row, FlatColumn::LatestValue, FlatColumn::LatestValueText);
        ind.stated_trend = text_cell(row, FlatColumn::Trend);
        ind.target = read_target(cell_of(row, FlatColumn::Target), where_of(row, FlatColumn::Target));
        ind.stated_rag = read_stated_rag(cell_of(row, FlatColumn::Rag), where_of(row, FlatColumn::Rag));
        ind.quartile = value_cell(row, FlatColumn::Quartile, FlatColumn::QuartileText);
        ind.neighbour_average = value_cell(row, FlatColumn::NeighbourAverage, FlatColumn::NeighbourAverageText);
        ind.id = cell_of(row, FlatColumn::Id);
        ind.commentary = text_cell(row, FlatColumn::Commentary);
        ind.numerator = value_cell(row, FlatColumn::Numerator);
        ind.denominator = value_cell(row, FlatColumn::Denominator);
        scorecard->groups[static_cast<std::size_t>(topic.group)].indicators.push_back(std::move(ind));
    }

    // The group name grew as fragments joined; give every indicator its final name.
    for (std::size_t g = 0; g < scorecard->groups.size(); ++g) {
        Group& group = scorecard->groups[g];
        for (auto& ind : group.indicators) ind.group = group.name;
        if (g < topic_lines.size() && topic_lines[g].second > topic_lines[g].first) {
            findings.note("topic-wrapped", group.where,
                          "topic written over lines " + std::to_string(topic_lines[g].first) + " to " +
                              std::to_string(topic_lines[g].second) + " read as one: " + quoted(group.name, 120));
        }
    }
    return ok;
}

}  // namespace scorecard
