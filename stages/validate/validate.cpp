#include "validate.hpp"

namespace scorecard {

void validate(Scorecard&, Findings&) {}

}  // namespace scorecard
