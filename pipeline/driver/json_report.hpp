// `scorecard validate --format json`: one JSON document with the findings and the whole
// document model, stated and computed fields side by side.
#pragma once

#include <iosfwd>

#include "pipeline_run.hpp"

namespace scorecard {

void write_json_report(const CheckedScorecard& checked, std::ostream& out);

}  // namespace scorecard
