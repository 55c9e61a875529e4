// Reads national benchmarking data (--national: authority code, authority name, indicator id,
// period, value) and statistical neighbours (--neighbours: authority code, neighbour code),
// with the same decoding and CSV rules as the scorecard table.
#pragma once

#include <string>

#include "stages/model/finding.hpp"
#include "stages/model/national_data.hpp"

namespace scorecard {

// `own_authority` may be empty when the neighbours file names a single authority. Problems in
// the files are findings against those files; returns false when one is an error.
bool read_national_data(const std::string& national_path, const std::string& neighbours_path,
                        const std::string& own_authority, NationalData* out, Findings& findings);

}  // namespace scorecard
