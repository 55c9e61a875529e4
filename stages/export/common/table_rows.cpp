#include "table_rows.hpp"

#include "commentary.hpp"

namespace scorecard {

const char* const kNoIndicatorsText = "There are no indicators in this scorecard.";

bool groups_as_headings(const OutputTemplate& output_template) {
    return output_template.table_layout == TemplateLayout::Sectioned;
}

bool has_commentary_row(const Indicator& indicator, const OutputTemplate& output_template) {
    return output_template.commentary_below && !commentary_lines(indicator.commentary.text).empty();
}

std::size_t rows_of_group(const Group& group, const OutputTemplate& output_template) {
    std::size_t rows = group.indicators.size();
    if (!output_template.commentary_below) return rows;
    for (const Indicator& indicator : group.indicators) rows += has_commentary_row(indicator, output_template) ? 1 : 0;
    return rows;
}

std::vector<TableRow> table_rows(const Scorecard& scorecard, const OutputTemplate& output_template) {
    std::vector<TableRow> rows;
    if (scorecard.indicator_count() == 0) {
        TableRow note;
        note.kind = RowKind::Note;
        rows.push_back(note);
        return rows;
    }
    rows.reserve(scorecard.indicator_count() + scorecard.groups.size());
    const bool headings = groups_as_headings(output_template);
    std::size_t number = 0;
    for (std::size_t g = 0; g < scorecard.groups.size(); ++g) {
        const Group& group = scorecard.groups[g];
        if (headings && (!group.indicators.empty() || !group.name.empty())) {
            TableRow heading;
            heading.kind = RowKind::GroupHeading;
            heading.group = static_cast<int>(g);
            heading.group_ptr = &group;
            rows.push_back(heading);
        }
        for (std::size_t k = 0; k < group.indicators.size(); ++k) {
            TableRow row;
            row.kind = RowKind::Indicator;
            row.group = static_cast<int>(g);
            row.group_ptr = &group;
            row.indicator = &group.indicators[k];
            row.number = number++;
            row.in_group = k;
            rows.push_back(row);
            if (has_commentary_row(group.indicators[k], output_template)) {
                row.kind = RowKind::Commentary;
                rows.push_back(row);
            }
        }
    }
    return rows;
}

}  // namespace scorecard
