// The rows of the scorecard table in reading order: which indicator rows, group headings and
// notes, in which order. Worked out once here for every document that shows the table (the PDF,
// the workbook's Scorecard sheet), so they cannot disagree about what the table holds.
//
// Rows point into the model rather than copying it: a 100,000-indicator table costs a few
// megabytes here, and the text is only formatted when a writer lays the row out.
#pragma once

#include <cstddef>
#include <vector>

#include "stages/model/scorecard.hpp"
#include "stages/templates/output_template.hpp"

namespace scorecard {

enum class RowKind {
    Indicator,     // one indicator, one cell per column
    GroupHeading,  // a group's name across the full width (sectioned templates)
    Note,          // a full-width sentence: the table has no indicators
    Commentary     // the commentary of the indicator row before it, across the table
                   // (after the Topic column where topics span their rows)
};

struct TableRow {
    RowKind kind = RowKind::Indicator;
    int group = -1;                        // index into scorecard.groups (-1 for a note)
    const Group* group_ptr = nullptr;
    const Indicator* indicator = nullptr;  // Indicator and Commentary rows
    std::size_t number = 0;                // Indicator (and Commentary) rows: the indicator's place in model order
    std::size_t in_group = 0;              // Indicator rows: its place in its group (0: the first)
};

// Whether the template shows each group as a heading row above its indicators (sectioned), or
// in a Topic column beside them (flat).
bool groups_as_headings(const OutputTemplate& output_template);

// Whether the indicator's commentary gets a row below its own (the template shows commentary
// below the row, and the indicator has some).
bool has_commentary_row(const Indicator& indicator, const OutputTemplate& output_template);

// How many rows a group's indicators take: one each, and one more for each commentary row. A
// topic that spans its rows spans this many.
std::size_t rows_of_group(const Group& group, const OutputTemplate& output_template);

// Sectioned templates give each group a heading row before its indicators (a group with
// neither a name nor indicators has nothing to head); flat templates show the group in the
// Topic column instead. A scorecard with no indicators gets one note row, so the table (and
// its header) still shows, and says why it is empty. An indicator with commentary shown below
// the row is followed by a Commentary row.
std::vector<TableRow> table_rows(const Scorecard& scorecard, const OutputTemplate& output_template);

// The sentence of the note row.
extern const char* const kNoIndicatorsText;

}  // namespace scorecard
