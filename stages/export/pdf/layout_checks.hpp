// What a template does to this scorecard that a reader would notice, found before anything is
// drawn and reported as findings (so it reaches standard error and the workbook's Findings
// sheet):
// - a figure wider than its column at the body font size, which the line wrapper would break
//   mid-number ("22.6" above "0%"): a warning naming the column and the figure;
// - an even --first-page while the template asks for items to start on a right-hand page.
#pragma once

#include "stages/model/finding.hpp"
#include "stages/model/scorecard.hpp"
#include "stages/templates/output_template.hpp"
#include "stages/export/common/export_context.hpp"

namespace scorecard::pdf {

void check_layout(const Scorecard& scorecard, const OutputTemplate& layout, const ExportContext& context,
                  Findings& findings);

// The warning for a first page number `first_page` under `layout`, or "" when there is none.
std::string left_hand_start_problem(const OutputTemplate& layout, long long first_page);

}  // namespace scorecard::pdf
