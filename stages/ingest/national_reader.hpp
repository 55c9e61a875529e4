// Reads national benchmarking data: one or more --national files (the long form or DfE's tidy
// Explore education statistics CSV, with --national-map), and the statistical neighbours
// (--neighbours, long or wide). Codes are trimmed and upper-cased, old three-digit codes are
// matched to new ones where any file gives both, and a duplicate row is an error naming both
// lines unless the values are equal (then a note). docs/benchmarking.md, "Reading".
#pragma once

#include <string>
#include <vector>

#include "stages/model/finding.hpp"
#include "stages/model/national_data.hpp"

namespace scorecard {

struct NationalInputs {
    std::vector<std::string> national_files;  // --national, one per publication
    std::string map_file;                     // --national-map: measures of EES files to indicators
    std::string neighbours_file;              // --neighbours
    std::string authority;                    // --authority: this scorecard's code (new or old)
};

// `authority` may be empty when the neighbours file names a single authority. Problems in the
// files are findings against those files; returns false when one is an error.
bool read_national_data(const NationalInputs& inputs, NationalData* out, Findings& findings);

}  // namespace scorecard
