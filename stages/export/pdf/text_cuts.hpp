// Text the PDF had to shorten, and the warning that says so.
//
// A row is never split across pages, so a cell whose text needs more lines than a page holds
// is cut, ending in an ellipsis (line_wrap.hpp, cut_lines). Nothing may be lost silently: each
// cut is counted here (how many of the text's words and characters the page still shows) and
// becomes a warning naming the indicator and the column, which reaches standard error and the
// workbook's Findings sheet like every other finding.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "stages/model/finding.hpp"
#include "stages/model/scorecard.hpp"
#include "stages/templates/output_template.hpp"

namespace scorecard::pdf {

struct TextCut {
    int column = -1;  // the column's index in the template, or -1 for a full-width row
    std::size_t total_words = 0, kept_words = 0;  // words shown whole
    std::size_t total_chars = 0, kept_chars = 0;  // characters shown (code points, spaces included)
};

// How much of `text` the cut `lines` still show. The lines are what wrap_text made of the
// text, the last of them ended by cut_lines with an ellipsis.
TextCut count_cut(const std::string& text, const std::vector<std::string>& lines, int column);

// The warning for a cut in an indicator's row (code "pdf-text-cut"), located at the cell's
// place in the input where the model knows it.
Finding indicator_cut_finding(const TextCut& cut, const Indicator& indicator, const ColumnSpec& column,
                              const std::string& file);
// The warning for a cut group name: a topic cell (flat) or a heading row (sectioned).
Finding group_cut_finding(const TextCut& cut, const Group& group, const std::string& what, const std::string& file);

// 1,230
std::string with_thousands(std::size_t n);
// A size or length for a message: "48", "8.5", "12.25".
std::string format_points(double value);

}  // namespace scorecard::pdf
