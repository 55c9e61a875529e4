// Readers for the cells both layouts share: polarity, target, RAG, a figure with a bracketed
// companion ("15.2% (28)"), and a reporting period in a title ("... FY2019/20 Q3").
#pragma once

#include <string>

#include "stages/model/scorecard.hpp"

namespace scorecard {

// "High = Good", "Low = Good", "N/A" (and spellings of them). Returns false for text that
// names no polarity, leaving `out` untouched.
bool read_polarity(const std::string& text, Polarity* out);

// "<20.8%", ">= 90%", "≤5", "95%" (a plain figure), "N/A", "". A target that is not a
// figure keeps op None and its text.
Target read_target(const std::string& text, SourceLocation where);

// The polarity a 2019/20 row states: "(low = good)" in the indicator's name, "(high is good)"
// in its "Compared to previous data point" cell, or "Higher"/"Lower" there, which says polarity
// does not apply. NotStated when neither says.
Polarity sectioned_polarity(const std::string& name, const std::string& compared);

// "Green", "G", "Amber", "A", "Red", "R", "N/A", "n/a", "". Unknown text gives Rag::None
// with the text kept (validate reports it).
StatedRag read_stated_rag(const std::string& text, SourceLocation where);
bool is_rag_text(const std::string& text);

// "15.2% (28)" -> 15.2% and 28; "2205 (80%)" -> 2205 and 80%; "93.0%" -> 93.0% alone.
void read_figure_with_bracket(const std::string& text, SourceLocation where, Value* figure, Value* bracketed);

// "[x]" (not available) and "[z]" (not applicable), in any letter case: the GSS shorthand
// scorecard's own Data sheet writes in a cell that has no value, so the cell reads as empty.
// "[c]" (withheld) is not among them: a withheld figure is not a blank, and is read as written.
bool is_no_value_shorthand(const std::string& trimmed);

// Splits "Children and Families Performance FY2019/20 Q3" into its title and period.
// Returns false when the text carries no period.
bool split_title_and_period(const std::string& text, std::string* title, std::string* period);

// The first year of a financial year in a period text ("FY2019/20 Q3" -> 2019), or 0.
int financial_year_start(const std::string& period_text);

}  // namespace scorecard
