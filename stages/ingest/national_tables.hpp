// The national data files (--national), in the two shapes they come in:
// - the long form: authority code, authority name, indicator id, period, value, one row each;
// - the tidy CSV of DfE's "Explore education statistics" as downloaded: time_period,
//   time_identifier, geographic_level, new_la_code, old_la_code, la_name, filter columns and one
//   column per measure, read through the --national-map (national_map.hpp).
// Values may be suppression symbols (kept, never ranked). docs/benchmarking.md, "Reading".
#pragma once

#include <string>
#include <vector>

#include "stages/model/finding.hpp"
#include "stages/model/national_data.hpp"
#include "national_map.hpp"
#include "raw_table.hpp"

namespace scorecard {

// True when the header row is that of a tidy EES file (time_period and geographic_level).
bool is_ees_header(const RawRow& header);

// Reads one national file's table (its first row the header) into `out`. `map` may be empty
// for the long form; an EES file needs it. `used` is set for each mapping whose measure the
// file has. Problems are findings against the file; returns false when one is an error.
bool read_national_table(RawTable& table, const std::string& file, const std::vector<MeasureMapping>& map,
                         std::vector<NationalValue>* out, std::vector<bool>* used, Findings& findings);

// The period an EES row is for: time_period 202223 with time_identifier "Financial year" is
// 2022/23, with "Q3" it is Q3 2022/23; 2022 with "Calendar year" is 2022.
Period ees_period(const std::string& time_period, const std::string& time_identifier, SourceLocation where = {});

// A header cell folded for matching: case, spacing, underscores and look-alike letters.
std::string fold_header(const std::string& cell);

}  // namespace scorecard
