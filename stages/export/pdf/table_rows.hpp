// The rows of the scorecard table in reading order, before any measuring.
//
// Rows point into the model rather than copying it: a 100,000-indicator table costs a few
// megabytes here, and the text is only formatted when its page is laid out.
#pragma once

#include <cstddef>
#include <vector>

#include "stages/model/scorecard.hpp"
#include "stages/templates/output_template.hpp"

namespace scorecard::pdf {

enum class RowKind {
    Indicator,     // one indicator, one cell per column
    GroupHeading,  // an outcome heading across the full width (sectioned layout)
    Note           // a full-width sentence: the table has no indicators
};

struct TableRow {
    RowKind kind = RowKind::Indicator;
    int group = -1;                        // index into scorecard.groups (-1 for a note)
    const Group* group_ptr = nullptr;
    const Indicator* indicator = nullptr;  // for Indicator rows
};

// Sectioned templates give each group a heading row before its indicators; flat templates
// show the group in the Topic column instead. A scorecard with no indicators gets one note
// row, so the table (and its header) still shows and says why it is empty.
std::vector<TableRow> table_rows(const Scorecard& scorecard, const OutputTemplate& layout);

// The sentence of the note row.
extern const char* const kNoIndicatorsText;

}  // namespace scorecard::pdf
