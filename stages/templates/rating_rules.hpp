// The rating rules: how trend, direction and RAG are derived. They are data (in the output
// template or a rules file it names) so that a council with other rules changes JSON, not code.
// The defaults are those of docs/layout.md, "Rating rules".
#pragma once

#include <array>
#include <string>

#include "stages/model/scorecard.hpp"

namespace scorecard {

// How much change still counts as "Similar" rather than better or worse.
struct Tolerance {
    double absolute = 0.0;  // in the value's own unit (percentage points for percentages)
    double relative = 0.0;  // as a fraction of the previous value (0.05 = 5%)
};

enum class RagCombination {
    Better,        // the better of the quartile and target ratings (the default)
    Worse,         // the worse of the two
    QuartileOnly,  // ignore the target
    TargetOnly     // ignore the quartile
};

struct RatingRules {
    Tolerance percent_tolerance;
    Tolerance count_tolerance;
    Tolerance other_tolerance;
    // Rating of each national quartile (index 0 = quartile 1) when the position within the band
    // is unknown.
    std::array<Rag, 4> quartile_rag{Rag::Green, Rag::Amber, Rag::Amber, Rag::Red};
    // With national data the position in the band is known: "high in second quartile with
    // improving trend" rates Green and "low in the third quartile with a declining trend" Red.
    Rag high_second_improving = Rag::Green;
    Rag low_third_declining = Rag::Red;
    double high_share = 0.5;  // the top half of the band, its midpoint included, is "high"
    // Fewer authorities with a value than this and the national data gives no quartile and no
    // national rating (a quartile of four authorities says little).
    int national_minimum_authorities = 10;
    Rag target_met = Rag::Green;
    Rag target_missed = Rag::Red;
    RagCombination combination = RagCombination::Better;
    std::string source;  // where these rules came from, for the About sheet and findings

    const Tolerance& tolerance_for(Unit unit) const {
        return unit == Unit::Percent ? percent_tolerance : unit == Unit::Count ? count_tolerance : other_tolerance;
    }
};

const char* combination_name(RagCombination c);

}  // namespace scorecard
