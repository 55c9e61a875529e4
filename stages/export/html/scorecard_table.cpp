#include "scorecard_table.hpp"

#include "trend_svg.hpp"
#include "stages/export/common/cell_content.hpp"
#include "stages/export/common/commentary.hpp"
#include "stages/export/common/table_rows.hpp"

namespace scorecard::html {

namespace {

const char* align_class(Align align) {
    switch (align) {
        case Align::Left: return "left";
        case Align::Centre: return "centre";
        case Align::Right: return "right";
    }
    return "left";
}

const char* rag_class(Rag rag) {
    switch (rag) {
        case Rag::Green: return "rag rag-green";
        case Rag::Amber: return "rag rag-amber";
        case Rag::Red: return "rag rag-red";
        default: return "rag";
    }
}

// The unit a figure is in, as a reader says it.
const char* unit_words(const Value& value) {
    switch (value.unit) {
        case Unit::Percent: return "%";
        case Unit::Count: return "count";
        case Unit::Other: return "score";
    }
    return "";
}

// The value a figure column shows for an indicator, for its unit.
const Value* figure_of(const ColumnSpec& column, const Indicator& i) {
    switch (column.field) {
        case ColumnField::PreviousValue: return &i.previous;
        case ColumnField::LatestValue:
        case ColumnField::CurrentPerformance: return &i.latest;
        case ColumnField::NeighbourAverage: return &i.neighbour_average;
        case ColumnField::EnglandAverage: return &i.computed.england_average;
        case ColumnField::RegionAverage: return &i.computed.region_average;
        case ColumnField::Numerator: return &i.numerator;
        case ColumnField::Denominator: return &i.denominator;
        default: return nullptr;  // quartiles are ranks, not measures: no unit
    }
}

void write_header(HtmlOutput& out, const std::vector<ColumnSpec>& columns, const Scorecard& scorecard) {
    out.raw("<thead>\n<tr>");
    for (const ColumnSpec& column : columns) {
        out.raw("<th scope=\"col\">").text(column.heading);
        const std::string units = column_units(column, scorecard);
        if (!units.empty()) out.raw(" <span class=\"unit\">").text(units).raw("</span>");
        out.raw("</th>");
    }
    out.raw("</tr>\n</thead>\n");
}

// The id of an indicator's name cell, which the commentary row below it names as its header.
std::string indicator_id(std::size_t number) { return "indicator-" + std::to_string(number + 1); }

// `id`: the name cell's id, when a commentary row refers to it.
void write_cell(HtmlOutput& out, const ColumnSpec& column, const Indicator& indicator, const OutputTemplate& layout,
                const CorrectionMarks& marks, const std::string& id) {
    const CellContent content = cell_content(column, indicator);
    if (column.field == ColumnField::Indicator) {
        out.raw(id.empty() ? "<th scope=\"row\">" : "<th scope=\"row\" id=\"" + id + "\">").text(content.text).raw("</th>");
        return;
    }
    if (column.field == ColumnField::Commentary) {
        out.raw("<td class=\"").raw(align_class(column.align)).raw("\">").lines(normalised_commentary(content.text))
            .raw("</td>");
        return;
    }
    if (content.kind == CellKind::Rag) {
        out.raw("<td class=\"").raw(rag_class(content.rag)).raw(" ").raw(align_class(column.align)).raw("\">");
        const std::string word = rag_name(content.rag);
        const std::size_t correction = marks.number_of(indicator, column);
        const std::string shown = correction ? without_marker(content.text) : content.text;
        if (shown == word) {
            out.text(word);
        } else {
            // A letter: seen as the letter, heard as the word.
            out.raw("<span aria-hidden=\"true\">").text(shown).raw("</span><span class=\"sr-only\">")
                .text(word).raw("</span>");
        }
        if (correction) write_marker_link(out, correction);
        out.raw("</td>");
        return;
    }
    out.raw("<td class=\"").raw(content.kind == CellKind::Chart ? "chart " : "").raw(align_class(column.align)).raw("\">");
    if (content.kind == CellKind::Chart)
        write_trend_chart(out, indicator, layout);
    else
        marks.write_cell_text(out, indicator, column, content.text);
    out.raw("</td>");
}

}  // namespace

std::string column_units(const ColumnSpec& column, const Scorecard& scorecard) {
    bool seen[3] = {false, false, false};
    scorecard.for_each_indicator([&](const Indicator& i) {
        const Value* v = figure_of(column, i);
        if (v && v->is_number()) seen[static_cast<int>(v->unit)] = true;
    });
    std::vector<std::string> words;
    const Unit order[] = {Unit::Percent, Unit::Count, Unit::Other};
    for (Unit u : order) {
        if (!seen[static_cast<int>(u)]) continue;
        Value like;
        like.unit = u;
        words.emplace_back(unit_words(like));
    }
    // "(%)", "(% or count)", "(%, count or score)"
    std::string units;
    for (std::size_t k = 0; k < words.size(); ++k)
        units += (k == 0 ? "" : k + 1 == words.size() ? " or " : ", ") + words[k];
    return units.empty() ? "" : "(" + units + ")";
}

void write_scorecard_table(HtmlOutput& out, const Scorecard& scorecard, const OutputTemplate& layout,
                           const CorrectionMarks& marks) {
    const std::vector<ColumnSpec>& columns = layout.columns;
    const bool headings = groups_as_headings(layout);
    const std::size_t count = scorecard.indicator_count();
    out.raw("<div class=\"table-region\" role=\"region\" aria-labelledby=\"table-caption\" tabindex=\"0\">\n");
    out.raw("<table class=\"scorecard\">\n<caption id=\"table-caption\">");
    out.text("The scorecard: " + std::to_string(count) + (count == 1 ? " indicator" : " indicators") +
             (headings ? " by outcome" : " by topic"));
    out.raw("<span class=\"sr-only\">. The table scrolls sideways when the window is narrow.</span></caption>\n");
    write_header(out, columns, scorecard);

    bool open = false;
    auto open_group = [&] {
        if (open) out.raw("</tbody>\n");
        out.raw("<tbody>\n");
        open = true;
    };
    for (const TableRow& row : table_rows(scorecard, layout)) {
        switch (row.kind) {
            case RowKind::Note:
                open_group();
                out.raw("<tr><td colspan=\"" + std::to_string(columns.size()) + "\">").text(kNoIndicatorsText)
                    .raw("</td></tr>\n");
                break;
            case RowKind::GroupHeading:
                open_group();
                out.raw("<tr><th scope=\"rowgroup\" class=\"group\" colspan=\"" + std::to_string(columns.size()) + "\">")
                    .text(row.group_ptr->name)
                    .raw("</th></tr>\n");
                break;
            case RowKind::Commentary: {
                // Below its indicator, across the columns after the topic (whose cell spans
                // this row too), headed by the indicator's name.
                const bool topic_spans = !headings && !columns.empty() && columns.front().field == ColumnField::Topic;
                const std::size_t span = columns.size() - (topic_spans && columns.size() > 1 ? 1 : 0);
                out.raw("<tr class=\"commentary\"><td colspan=\"" + std::to_string(span) + "\" headers=\"" +
                        indicator_id(row.number) + "\">")
                    .lines(normalised_commentary(row.indicator->commentary.text))
                    .raw("</td></tr>\n");
                break;
            }
            case RowKind::Indicator: {
                if (!headings && row.in_group == 0) open_group();
                const std::string id =
                    has_commentary_row(*row.indicator, layout) ? indicator_id(row.number) : std::string();
                out.raw("<tr>");
                for (const ColumnSpec& column : columns) {
                    if (column.field == ColumnField::Topic && !headings) {
                        // The topic once, down all its rows, as the PDF's merged cell.
                        if (row.in_group != 0) continue;
                        const std::string span = std::to_string(rows_of_group(*row.group_ptr, layout));
                        if (row.group_ptr->name.empty())
                            out.raw("<td rowspan=\"" + span + "\"></td>");
                        else
                            out.raw("<th scope=\"rowgroup\" class=\"group\" rowspan=\"" + span + "\">")
                                .text(row.group_ptr->name)
                                .raw("</th>");
                        continue;
                    }
                    write_cell(out, column, *row.indicator, layout, marks, id);
                }
                out.raw("</tr>\n");
                break;
            }
        }
    }
    if (open) out.raw("</tbody>\n");
    out.raw("</table>\n</div>\n");
}

}  // namespace scorecard::html
