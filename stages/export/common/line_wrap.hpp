// Breaking cell text into lines that fit a column: the one line wrapper of both writers (the PDF
// sets the lines, the workbook counts them to size its rows).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "text_measurer.hpp"

namespace scorecard {

// Greedy line breaking at spaces; a word wider than the line on its own is broken between
// characters (a long URL or an unspaced code must still fit its cell rather than overprint
// the next one). The text is first made printable (see printable_text). Empty text gives no
// lines. Never returns a line wider than `max_width` unless a single character is.
//
// A line that ends where the text had a space keeps that space at its end (invisible on the
// page, and not counted against the width), so that text extraction and screen readers read
// "Latest update", not "Latestupdate", across the break. A word broken between characters
// gets none. Use visible_part() to measure or align a line.
std::vector<std::string> wrap_text(const std::string& text, double max_width, const TextMeasurer& measure,
                                   const TextStyle& style);

// How many lines wrap_text's rules break one paragraph into, taking the text as it is (not
// made printable: characters other than the space are parts of words) and building no lines.
// Text with no words takes no lines.
std::size_t count_wrapped_lines(const std::string& paragraph, double max_width, const TextMeasurer& measure,
                                const TextStyle& style);

// A line without the trailing space wrap_text may leave on it.
std::string visible_part(const std::string& line);

// Cuts `lines` to at most `max_lines`, ending the last kept line with an ellipsis that still
// fits `max_width`. Returns true when anything was cut. Used only when a single row would be
// taller than a page, since a row is never split across pages.
bool cut_lines(std::vector<std::string>& lines, std::size_t max_lines, double max_width, const TextMeasurer& measure,
               const TextStyle& style);

}  // namespace scorecard
