// The corrections on the page, as the PDF lists them after its table (common/corrections: the
// same list, in the same words, as the PDF and the Scorecard sheet):
//
//   - in the table, each filled or corrected value keeps its marker (†), which is a link to its
//     entry in the list, and says to a screen reader what it is ("corrected: see correction 3"),
//     since a dagger read aloud means nothing;
//   - after the table, "Corrections to the source table": the sentence that explains the
//     marker, then a numbered list, one entry per correction: the indicator, then what the
//     table stated, what is published instead and the rule.
// Nothing is written when nothing was corrected (under --publish stated, or a table the rules
// agree with), as in the PDF.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "html_output.hpp"
#include "stages/export/common/corrections.hpp"

namespace scorecard::html {

class CorrectionMarks {
public:
    CorrectionMarks(const Scorecard& scorecard, const OutputTemplate& layout);

    const std::vector<Correction>& corrections() const { return corrections_; }

    // Writes a cell's text: when the cell is a correction, the text without its marker, then the
    // marker as a link to the correction's entry; otherwise the text as it is.
    void write_cell_text(HtmlOutput& out, const Indicator& indicator, const ColumnSpec& column,
                         const std::string& text) const;

    // The entry's number in the list (from 1), or 0 when the cell is not a correction.
    std::size_t number_of(const Indicator& indicator, const ColumnSpec& column) const;

private:
    std::vector<Correction> corrections_;
    std::map<std::pair<const Indicator*, std::string>, std::size_t> numbers_;
};

// The text of a corrected cell without its marker ("Red" of "Red†"); `text` as it is when it
// does not end with the marker.
std::string without_marker(const std::string& text);

// The marker as a link to entry `number` of the list.
void write_marker_link(HtmlOutput& out, std::size_t number);

// The section after the table; nothing when there are no corrections.
void write_corrections_section(HtmlOutput& out, const CorrectionMarks& marks);

}  // namespace scorecard::html
