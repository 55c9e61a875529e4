// The web page's summary section, before the scorecard table: the summary tables every
// document prints (common/summary_tables.hpp), each under its own heading, as HTML tables
// with column headers and the indicator as the row header.
#pragma once

#include "html_output.hpp"
#include "stages/model/scorecard.hpp"
#include "stages/templates/output_template.hpp"

namespace scorecard::html {

void write_summary_section(HtmlOutput& out, const Scorecard& scorecard, const OutputTemplate& layout);

}  // namespace scorecard::html
