// The statistical neighbours file (--neighbours), in the two shapes it comes in:
// - the long form: authority code, neighbour code, one row per pair;
// - the wide form of DfE's statistical-neighbour tables: one row per authority with its code
//   (new E06... or old three-digit, or both), its name, and its neighbours in numbered columns
//   (SN1..SN10, "Statistical neighbour 1", "Neighbour 1 code", ...).
#pragma once

#include <string>
#include <vector>

#include "stages/model/finding.hpp"
#include "raw_table.hpp"

namespace scorecard {

struct NeighbourRow {
    std::vector<std::string> codes;       // the authority's codes, folded (new and old where given)
    std::vector<std::string> neighbours;  // its neighbours' codes, folded, in the file's order
    int line = 0;
};

// Reads the table (its first row the header). Rows of the same authority in the long form are
// gathered into one. Problems are findings; returns false when one is an error.
bool read_neighbours_table(RawTable& table, std::vector<NeighbourRow>* out, Findings& findings);

// Whether a header cell names a numbered neighbour column, and which number ("SN3" is 3).
// 0 when it does not (names of neighbours, "SN3 name", are not code columns).
int neighbour_column_number(const std::string& header_cell);

}  // namespace scorecard
