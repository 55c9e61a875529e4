#include "compute.hpp"

namespace scorecard {

void compute(Scorecard&, const RatingRules&, Findings&) {}

}  // namespace scorecard
