// Reports how the table's shape was taken: lines outside the table left out (or, for the
// published PDF's blank page, skipped), and 2022/23 rows shorter than the header, whose missing
// cells at the end read as empty.
#pragma once

#include "stages/model/finding.hpp"
#include "stages/model/scorecard.hpp"

namespace scorecard {

void report_lines_outside_table(const Scorecard& scorecard, Findings& findings);
void report_short_flat_row(const Indicator& ind, Findings& findings);

}  // namespace scorecard
