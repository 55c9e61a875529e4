// The validate stage: diagnoses the model ingest filled, repairs what is safe to repair
// (reporting each repair with the value before and after), and rejects what is not.
#pragma once

#include "stages/model/finding.hpp"
#include "stages/model/scorecard.hpp"

namespace scorecard {

// Adds findings; an Error finding means the input is rejected.
void validate(Scorecard& scorecard, Findings& findings);

}  // namespace scorecard
