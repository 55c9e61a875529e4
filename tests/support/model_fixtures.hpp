// Running the stages on a fixture and finding things in the result, for the stage tests.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "pipeline/driver/pipeline_run.hpp"

namespace scorecard::test {

// ingest, validate and compute on fixtures/<relative>.
CheckedScorecard check_fixture(const std::string& relative, const CheckOptions& options = {});

// The indicator whose name is exactly `name`; fails the test when there is none.
const Indicator& indicator_named(const Scorecard& scorecard, const std::string& name);

// (code, line) of every finding of a severity, in order.
std::vector<std::pair<std::string, int>> codes_and_lines(const Findings& findings, Severity severity);

}  // namespace scorecard::test
