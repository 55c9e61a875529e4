// The corrections a document lists after its table: every trend, direction or RAG the rules
// filled or corrected (docs/layout.md, "Publish policy"), for the columns the template shows,
// in table order. Each such cell carries the marker; the list says what the table stated, what
// is published instead, and the rule. Both writers list the same corrections in the same words.
#pragma once

#include <string>
#include <vector>

#include "stages/model/correction_marker.hpp"
#include "stages/model/scorecard.hpp"
#include "stages/templates/output_template.hpp"

namespace scorecard {

extern const char* const kCorrectionsHeading;  // "Corrections to the source table"

struct Correction {
    const Indicator* indicator = nullptr;
    std::string column;     // the column's heading in the template: "Trend", "Status (RAG)"
    std::string stated;     // the table's text; "" where it left the cell blank
    std::string published;  // as the cell prints it, without the marker: "Red", "Decrease", "A"
    std::string rule;       // the rule that gave it
    PublishedAs as = PublishedAs::Corrected;
};

std::vector<Correction> list_corrections(const Scorecard& scorecard, const OutputTemplate& output_template);

// What one correction says after the indicator's name: `Status RAG: the table stated "Green";
// published "Red". Rule: quartile 4 rates Red.`
std::string correction_text(const Correction& correction);

// The sentence that explains the marker: what it means and where the list is (`where`: "below",
// "on the Findings sheet").
std::string correction_marker_note(std::size_t corrections, const std::string& where);

// Which values the document publishes, in words, for the About sheet and the PDF's document
// properties: "computed: trend, direction and RAG as the rating rules derive them; 2
// corrections, each marked † and listed after the table".
std::string publish_policy_description(PublishPolicy policy, std::size_t corrections, const std::string& where);

}  // namespace scorecard
