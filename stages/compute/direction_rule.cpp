#include "direction_rule.hpp"

#include <cmath>
#include <cstdio>

namespace scorecard {

namespace {

std::string number_text(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", v);
    return buffer;
}

// Within tolerance: the change is no larger than the absolute tolerance, or than the
// relative tolerance times the previous value. A zero tolerance never applies.
bool within_tolerance(const Value& previous, const Value& latest, const Tolerance& t, std::string* how) {
    const double change = std::fabs(latest.number - previous.number);
    if (t.absolute > 0 && change <= t.absolute + 1e-12) {
        *how = "a change of " + number_text(change) + " is within the tolerance of " + number_text(t.absolute);
        return true;
    }
    if (t.relative > 0 && previous.number != 0 && change / std::fabs(previous.number) <= t.relative + 1e-12) {
        *how = "a change of " + number_text(100.0 * change / std::fabs(previous.number)) +
               "% is within the tolerance of " + number_text(100.0 * t.relative) + "%";
        return true;
    }
    return false;
}

}  // namespace

DirectionResult direction_of_travel(Trend trend, Polarity polarity, const Value& previous, const Value& latest,
                                    const RatingRules& rules) {
    DirectionResult r;
    if (trend == Trend::NotAvailable) {
        r.rule = "direction needs a previous and a latest figure in the same unit";
        return r;
    }
    if (trend == Trend::NoChange) {
        r.direction = Direction::Same;
        r.rule = "the figures are equal at the precision shown";
        return r;
    }
    std::string how;
    if (within_tolerance(previous, latest, rules.tolerance_for(latest.unit), &how)) {
        r.direction = Direction::Similar;
        r.rule = how;
        return r;
    }
    const bool up = trend == Trend::Increase;
    switch (polarity) {
        case Polarity::HighIsGood:
            r.direction = up ? Direction::Better : Direction::Worse;
            r.rule = std::string(up ? "an increase" : "a decrease") + " where high is good";
            break;
        case Polarity::LowIsGood:
            r.direction = up ? Direction::Worse : Direction::Better;
            r.rule = std::string(up ? "an increase" : "a decrease") + " where low is good";
            break;
        case Polarity::None:
        case Polarity::NotStated:
            r.direction = up ? Direction::Higher : Direction::Lower;
            r.rule = std::string(up ? "an increase" : "a decrease") +
                     (polarity == Polarity::None ? " where polarity does not apply" : " where no polarity is stated");
            break;
    }
    return r;
}

}  // namespace scorecard
