// Indicator identity across quarters: which indicators of this table are new since the earlier
// scorecard the history store holds, which disappeared, and which are likely the same indicator
// renamed (docs/history.md, "Identity"). Each is a warning naming the command that joins two
// ids into one series (`scorecard history alias OLD-ID NEW-ID`).
#pragma once

#include <string>

#include "stages/model/finding.hpp"
#include "stages/model/scorecard.hpp"

namespace scorecard {

// How alike two indicators are, 0..1: their names (words and letter pairs, case and
// punctuation folded) weigh 0.6, the same theme 0.2, the same topic 0.2.
double indicator_similarity(const std::string& name_a, const std::string& theme_a, const std::string& topic_a,
                            const std::string& name_b, const std::string& theme_b, const std::string& topic_b);
// How alike two names are alone, 0..1.
double name_similarity(const std::string& a, const std::string& b);

// The command that joins OLD-ID's series to NEW-ID's in the store (the warnings and the JSON
// report name it).
std::string alias_command(const std::string& old_id, const std::string& new_id, const std::string& store);

// The least similarity for "likely renamed", and the least name similarity within it.
constexpr double kLikelyRenameSimilarity = 0.6;
constexpr double kLikelyRenameNameSimilarity = 0.5;

// Fills scorecard.identity_changes from scorecard.earlier and reports each change as a finding.
// Does nothing when the store holds no earlier scorecard.
void compare_identity(Scorecard& scorecard, Findings& findings);

}  // namespace scorecard
