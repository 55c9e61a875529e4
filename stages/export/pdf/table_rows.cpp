#include "table_rows.hpp"

namespace scorecard::pdf {

const char* const kNoIndicatorsText = "There are no indicators in this scorecard.";

std::vector<TableRow> table_rows(const Scorecard& scorecard, const OutputTemplate& layout) {
    std::vector<TableRow> rows;
    rows.reserve(scorecard.indicator_count() + scorecard.groups.size() + 1);
    const bool headings = layout.layout == TemplateLayout::Sectioned;
    for (std::size_t g = 0; g < scorecard.groups.size(); ++g) {
        const Group& group = scorecard.groups[g];
        if (headings && (!group.indicators.empty() || !group.name.empty())) {
            TableRow heading;
            heading.kind = RowKind::GroupHeading;
            heading.group = static_cast<int>(g);
            heading.group_ptr = &group;
            rows.push_back(heading);
        }
        for (const Indicator& indicator : group.indicators) {
            TableRow row;
            row.kind = RowKind::Indicator;
            row.group = static_cast<int>(g);
            row.group_ptr = &group;
            row.indicator = &indicator;
            rows.push_back(row);
        }
    }
    if (scorecard.indicator_count() == 0) {
        rows.clear();
        TableRow note;
        note.kind = RowKind::Note;
        rows.push_back(note);
    }
    return rows;
}

}  // namespace scorecard::pdf
