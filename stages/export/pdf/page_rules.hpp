// The agenda-pack page rules (docs/layout.md, "Page and print"): page numbers that run on
// from the pack's earlier items, and blank pages so the next item starts on a right-hand page.
#pragma once

#include <string>

#include "stages/templates/output_template.hpp"

namespace scorecard::pdf {

// How many "This page is intentionally left blank" pages follow `pages` pages of scorecard:
// Even pads an odd count with one (double-sided printing), MultipleOfFour pads to the next
// multiple of four (booklets are folded from sheets of four pages), Off adds none.
int blank_pages_needed(int pages, BlankPageRule rule);

// The footer text of a page: the template's footer with its placeholders filled (placeholders.hpp),
// {page} being the page's number, which counts from `values.first_page` (the --first-page
// option) for the document's first page. `page_index` counts from 0.
std::string footer_text(const std::string& footer_template, PlaceholderValues values, int page_index);

}  // namespace scorecard::pdf
