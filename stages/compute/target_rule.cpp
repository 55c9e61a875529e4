#include "target_rule.hpp"

#include <cmath>

namespace scorecard {

TargetResult assess_target(const Target& target, const Value& latest, Polarity polarity) {
    TargetResult r;
    if (!target.is_set() || !latest.is_number()) return r;
    if (!same_kind_of_unit(target.value, latest)) {
        r.unit_mismatch = true;
        r.rule = "the value " + display_text(latest) + " and the target " + target.text +
                 " are in different units, so they are not compared";
        return r;
    }
    // A target is exact as written (a threshold, not a rounded measurement): the latest figure
    // is compared with it exactly as both are shown (docs/benchmarking.md, "Precision").
    const int c = compare_as_shown(latest, target.value);
    const double diff = latest.number - target.value.number;
    switch (target.op) {
        case TargetOperator::Less: r.met = c < 0; r.gap = -diff; break;
        case TargetOperator::LessOrEqual: r.met = c <= 0; r.gap = -diff; break;
        case TargetOperator::Greater: r.met = c > 0; r.gap = diff; break;
        case TargetOperator::GreaterOrEqual: r.met = c >= 0; r.gap = diff; break;
        case TargetOperator::Equal:
            // A plain figure is reached from the good side: at least it where high is good,
            // at most it where low is good, exactly it otherwise.
            if (polarity == Polarity::HighIsGood) { r.met = c >= 0; r.gap = diff; }
            else if (polarity == Polarity::LowIsGood) { r.met = c <= 0; r.gap = -diff; }
            else { r.met = c == 0; r.gap = -std::fabs(diff); }
            break;
        case TargetOperator::None: return r;
    }
    r.rule = display_text(latest) + (*r.met ? " meets " : " misses ") + "the target " + target.text;
    return r;
}

}  // namespace scorecard
