// What the documents print for trend, direction and RAG (docs/layout.md, "Publish policy").
//
// Under the computed policy (the default) the documents print what the rules derive wherever
// they can decide it: a blank cell is filled and a differing one corrected, each a warning
// whose ['before' -> 'after'] says what the reader will see. Where the rules cannot decide
// (no previous figure, quartile 2 with the position in the band unknown) the table's value is
// printed and a note says it could not be confirmed. Under the stated policy the table's values
// are printed as they are and every difference is only reported.
#pragma once

#include "stages/model/finding.hpp"
#include "stages/model/scorecard.hpp"
#include "cross_checks.hpp"

namespace scorecard {

// `in_table`: the table's layout has the column (the 2022/23 Trend, the 2019/20 "Compared to
// previous data point"). A field the table does not have is left empty, not filled.
void publish_trend(Indicator& ind, const ComputeNotes& notes, bool in_table, PublishPolicy policy,
                   Findings& findings);
void publish_direction(Indicator& ind, const ComputeNotes& notes, bool in_table, PublishPolicy policy,
                       Findings& findings);
// Reads ind.computed.rag_allowed: one rating decides, several cannot.
void publish_rag(Indicator& ind, PublishPolicy policy, Findings& findings);

}  // namespace scorecard
