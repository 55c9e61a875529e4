#include "validate.hpp"

#include "field_checks.hpp"
#include "run_together_cells.hpp"

namespace scorecard {

void validate(Scorecard& scorecard, Findings& findings) {
    std::vector<Indicator*> rows;
    scorecard.for_each_indicator([&](Indicator& ind) { rows.push_back(&ind); });
    // Repairs first: a cell moved back into place is then checked like any other.
    repair_run_together_cells(rows, findings);
    for (Indicator* ind : rows) {
        check_figures(*ind, findings);
        check_words(*ind, scorecard.layout, findings);
        check_periods(*ind, findings);
    }
}

}  // namespace scorecard
