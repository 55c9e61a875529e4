// What one cell of the scorecard table shows, worked out once for both writers.
//
// The Excel writer needs a typed value (a real number with its number format) and the PDF
// writer needs the text exactly as the source showed it; both come from the same model field
// here, so the two documents can never disagree about a figure. Trend, direction and RAG are
// the published values compute decided (scorecard.hpp, Published), never the stated text.
#pragma once

#include <string>
#include <vector>

#include "stages/model/scorecard.hpp"
#include "stages/templates/output_template.hpp"

namespace scorecard {

enum class CellKind {
    Empty,   // nothing to show (blank in the source, or a field the data lacks)
    Text,    // words: names, periods, "N/A" as the table wrote it
    Number,  // a figure: `number` is what Excel stores, `text` what the source showed
    Rag,     // a rating: filled with its colour and carrying its word or letter
    Chart    // the trend chart cell: the writer draws the indicator's history
};

struct CellContent {
    CellKind kind = CellKind::Empty;
    std::string text;           // the text as shown (both writers); for Number the formatted figure
    double number = 0.0;        // Number: the stored value (0.226 for 22.6%)
    std::string number_format;  // Number: Excel format ("0.00%", "#,##0", "0.0")
    Rag rag = Rag::None;        // Rag: the rating whose colour fills the cell
    bool corrected = false;     // the rules filled or corrected the table's value: `text` ends
                                // with the correction marker
};

CellContent cell_content(const ColumnSpec& column, const Indicator& indicator);

// A figure cell from a Value: Number when it holds one, the text as written otherwise.
CellContent value_cell(const Value& value);

// The template's columns without those marked only_with_data that no indicator has anything
// for (a trend chart column: no indicator with two data points): the documents then show the
// same columns.
std::vector<ColumnSpec> columns_with_data(const std::vector<ColumnSpec>& columns, const Scorecard& scorecard);

// The template as both writers lay this scorecard out: with columns_with_data.
OutputTemplate layout_for(const Scorecard& scorecard, const OutputTemplate& layout);

}  // namespace scorecard
