#include "stated_terms.hpp"

#include "text_utils.hpp"
#include "value.hpp"

namespace scorecard {

bool read_stated_trend(const std::string& text, Trend* out) {
    const std::string t = fold_for_matching(text);
    if (t.empty() || is_not_applicable_text(t)) *out = Trend::NotAvailable;
    else if (t == "increase" || t == "increased" || t == "up") *out = Trend::Increase;
    else if (t == "decrease" || t == "decreased" || t == "down") *out = Trend::Decrease;
    else if (t == "no change" || t == "nochange" || t == "same" || t == "unchanged") *out = Trend::NoChange;
    else return false;
    return true;
}

bool read_stated_direction(const std::string& text, Direction* out) {
    std::string t = fold_for_matching(text);
    // "Lower (high is good)": the bracket gives the polarity, so the words mean Worse.
    std::size_t bracket = t.find('(');
    if (bracket != std::string::npos) {
        const std::string polarity = t.substr(bracket);
        t = trim(t.substr(0, bracket));
        const bool high_good = polarity.find("high is good") != std::string::npos;
        const bool low_good = polarity.find("low is good") != std::string::npos;
        if ((t == "higher" || t == "lower") && (high_good || low_good)) {
            *out = (t == "higher") == high_good ? Direction::Better : Direction::Worse;
            return true;
        }
    }
    if (t.empty() || is_not_applicable_text(t)) *out = Direction::NotAvailable;
    else if (t == "better" || t == "improved" || t == "improving") *out = Direction::Better;
    else if (t == "worse" || t == "declined" || t == "declining") *out = Direction::Worse;
    else if (t == "same" || t == "no change") *out = Direction::Same;
    else if (t == "similar") *out = Direction::Similar;
    else if (t == "higher") *out = Direction::Higher;
    else if (t == "lower") *out = Direction::Lower;
    else return false;
    return true;
}

}  // namespace scorecard
