// A table read back from a scorecard document (its workbook's Scorecard sheet) carries the
// marker of the values that document corrected: "A†". The value before the marker is what the
// document published, so it is read as that, and each such cell is reported as a repair.
#pragma once

#include "stages/model/finding.hpp"
#include "stages/model/scorecard.hpp"

namespace scorecard {

void read_through_correction_markers(Indicator& ind, Findings& findings);

}  // namespace scorecard
