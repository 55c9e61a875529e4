// The summary every document prints before its scorecard table (the PDF's first page, the
// workbook's Summary sheet, the web page's summary section): the tables of
// scorecard.summary (stages/compute/summary), the identity changes and the corrections, cell
// by cell, worked out once here so the three documents say the same in the same order.
// Tables, not prose (docs/history.md, "The summary").
#pragma once

#include <string>
#include <vector>

#include "cell_content.hpp"
#include "stages/model/scorecard.hpp"
#include "stages/templates/output_template.hpp"

namespace scorecard {

extern const char* const kSummaryHeading;     // "Summary"
extern const char* const kNoPreviousPeriod;   // "No previous period in the history store."

struct SummaryTable {
    std::string key;      // stable and unique: "ratings", "rating-changes" (an HTML id, an Excel table name)
    std::string heading;  // "Ratings this period and last"
    std::vector<std::string> headers;
    std::vector<std::vector<CellContent>> rows;  // one cell per header
    std::string empty_text;  // printed instead of the table when it has no rows
    std::string note;        // printed below the heading, before the table (may be empty)
};

// The lead sentence under the summary heading: which periods it compares.
std::string summary_lead(const Scorecard& scorecard);

// `output_template` as the writer shows it (layout_for): its columns decide the corrections.
std::vector<SummaryTable> summary_tables(const Scorecard& scorecard, const OutputTemplate& output_template);

}  // namespace scorecard
