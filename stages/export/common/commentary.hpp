// An indicator's commentary as the documents show it: the officer's paragraphs, line breaks
// kept. The one reading of the source's line breaks for the PDF, the workbook and the web page.
#pragma once

#include <string>
#include <vector>

#include "text_measurer.hpp"

namespace scorecard {

// The commentary with its line breaks as line feeds: CR LF and a lone CR become LF, spaces at
// the ends of each line go, two or more empty lines in a row become one, and empty lines at the
// start and end go. Within a line, control characters become spaces (printable_text). Empty
// when the commentary holds no text.
std::string normalised_commentary(const std::string& text);

// The lines of normalised_commentary, one per source line ("" for the empty line kept between
// paragraphs). None for empty commentary.
std::vector<std::string> commentary_lines(const std::string& text);

// The commentary wrapped to `max_width`: each source line wrapped on its own (wrap_text), so a
// line break of the source is always a line break here, and an empty line stays one.
std::vector<std::string> wrap_commentary(const std::string& text, double max_width, const TextMeasurer& measure,
                                         const TextStyle& style);

}  // namespace scorecard
