// The document head and its one inline style sheet: the page needs no other file, no script and
// no request to anywhere (a Content-Security-Policy says so to the browser too).
//
// On screen the table sits in a labelled, focusable region that scrolls sideways on its own, so
// the rest of the page reflows down to 320 CSS pixels (WCAG 1.4.10). In print the committee
// layout comes back: A4 landscape (or the template's margins), the header row repeated on every
// page, no row split across pages, RAG fills printed.
#pragma once

#include <string>

#include "html_output.hpp"
#include "stages/templates/output_template.hpp"

namespace scorecard::html {

// Writes from <!DOCTYPE html> to the opening <main>.
void write_page_head(HtmlOutput& out, const OutputTemplate& layout, const std::string& title,
                     const std::string& generator);

// Closes <main>, <body> and <html>.
void write_page_end(HtmlOutput& out);

}  // namespace scorecard::html
