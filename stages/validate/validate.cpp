#include "validate.hpp"

#include "correction_markers.hpp"
#include "field_checks.hpp"
#include "indicator_id_checks.hpp"
#include "run_together_cells.hpp"
#include "sectioned_repairs.hpp"
#include "table_shape_checks.hpp"

namespace scorecard {

void validate(Scorecard& scorecard, Findings& findings) {
    std::vector<Indicator*> rows;
    scorecard.for_each_indicator([&](Indicator& ind) { rows.push_back(&ind); });
    // Repairs first, of what extraction broke as ingest recorded it: a cell moved back into
    // place is then checked like any other.
    keep_indicator_ids_apart(rows, findings);
    report_lines_outside_table(scorecard, findings);
    for (Indicator* ind : rows) {
        read_through_correction_markers(*ind, findings);
        if (scorecard.layout == SourceLayout::Sectioned) repair_sectioned_row(*ind, findings);
        else report_short_flat_row(*ind, findings);
    }
    repair_run_together_cells(rows, findings);
    note_two_digit_years(rows, findings);
    for (Indicator* ind : rows) {
        check_figures(*ind, findings);
        check_words(*ind, scorecard.layout, findings);
        check_periods(*ind, findings);
    }
}

}  // namespace scorecard
