// The scorecard table as HTML: the same rows (common/table_rows) and the same cell contents
// (common/cell_content) as the PDF and the workbook's Scorecard sheet, so the three documents
// never disagree.
//
// A <table> with a caption, column headers (th scope="col", with the units of the figures in
// the column), the indicator's name as the row header (th scope="row"), and each topic or
// outcome its own <tbody> headed by a th scope="rowgroup": in the Topic column down the group's
// rows (flat templates, as the merged cell of the PDF), or as a row across the table
// (sectioned). RAG cells carry the rating as a word, the colour only adding to it. The table
// sits in a labelled region that scrolls sideways on its own when the window is narrow.
#pragma once

#include "corrections_section.hpp"
#include "html_output.hpp"
#include "stages/model/scorecard.hpp"
#include "stages/templates/output_template.hpp"

namespace scorecard::html {

// `layout` is the template as laid out for this scorecard (common/cell_content: layout_for);
// `marks`, its corrections: each corrected cell's marker links to its entry.
void write_scorecard_table(HtmlOutput& out, const Scorecard& scorecard, const OutputTemplate& layout,
                           const CorrectionMarks& marks);

// The units the figures of a column are in, as its header says them: "(%)", "(% or count)",
// "(%, count or score)", or "" when the column holds no figures. Each figure also carries its
// own unit as the source showed it ("22.60%").
std::string column_units(const ColumnSpec& column, const Scorecard& scorecard);

}  // namespace scorecard::html
