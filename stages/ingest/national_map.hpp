// The --national-map file: which measure column (and which filter values) of a tidy national
// file is which indicator, and how to read its figures.
//
//   {"care-leavers-in-suitable-accommodation":
//      {"measure": "pc_suitable", "filters": {"age": "19 to 21"}, "unit": "percent"}}
//
// Ids are those `validate --format json` shows. docs/benchmarking.md describes the file.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "stages/model/finding.hpp"

namespace scorecard {

enum class MeasureUnit {
    AsWritten,  // "number" (the default): a % sign makes a percentage, decimals make it a rate
    Percent     // "percent": 16.5 is 16.5%, as published files write percentages
};

struct MeasureMapping {
    std::string indicator_id;  // as the map writes it
    std::string measure;       // the column holding the figure
    std::vector<std::pair<std::string, std::string>> filters;  // column, value: rows that belong
    MeasureUnit unit = MeasureUnit::AsWritten;
};

// Reads the map from its bytes. Problems are errors against the map file (line 1: the message
// names the key); returns false when there is one.
bool read_measure_map(const std::string& bytes, const std::string& name, std::vector<MeasureMapping>* out,
                      Findings& findings);

// Reads the file at `path` (at most 1 MiB).
bool read_measure_map_file(const std::string& path, std::vector<MeasureMapping>* out, Findings& findings);

}  // namespace scorecard
