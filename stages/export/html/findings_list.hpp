// What the checks changed and found, as the workbook's Findings sheet lists them: first the
// corrections (a trend, direction or RAG the documents print differently from the table), then
// the repairs (extraction and typing artefacts undone, with the text before and after), then
// what was only reported. Notes on how the file was read are left to `validate`, as on standard
// error. Places are given by the input's file name, line and column: never a folder of the
// machine that built it.
#pragma once

#include <string>
#include <vector>

#include "html_output.hpp"
#include "stages/model/finding.hpp"

namespace scorecard::html {

void write_findings_list(HtmlOutput& out, const std::vector<Finding>& findings, const std::string& source_name);

}  // namespace scorecard::html
