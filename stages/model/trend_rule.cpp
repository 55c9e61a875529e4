#include "trend_rule.hpp"

namespace scorecard {

Trend trend_between(const Value& previous, const Value& latest) {
    if (!previous.is_number() || !latest.is_number() || !same_kind_of_unit(previous, latest))
        return Trend::NotAvailable;
    const int c = compare_at_shown_precision(latest, previous);
    return c > 0 ? Trend::Increase : c < 0 ? Trend::Decrease : Trend::NoChange;
}

}  // namespace scorecard
