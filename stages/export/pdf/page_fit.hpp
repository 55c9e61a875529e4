// Whether the template's page leaves the table readable, and the title set so that it fits.
//
// A template can ask for what no page can hold: margins that leave room for two lines of text,
// a column narrower than one character, headings taller than the page, a title of a hundred
// thousand characters. Drawn anyway, every cell would end in "…" or the title would push the
// table off the page and over the footer. Such a template is refused here, before anything is
// drawn, with the key to change named. A title that is merely long is wrapped, then set
// smaller (down to the body size) until the first page still holds the header row and a row
// of the table below it.
#pragma once

#include <string>
#include <vector>

#include "stages/templates/output_template.hpp"
#include "column_layout.hpp"
#include "page_frame.hpp"
#include "table_layout.hpp"

namespace scorecard::pdf {

// The fewest lines of body text a row must be able to hold on every page: fewer, and every
// cell longer than a short phrase would be cut.
constexpr int kMinBodyLines = 3;

// Checks the page against the columns and header row as laid out, and fits the title
// (values.title) into `frame` (its style and lines); the footer is measured with `values` and
// the widest page numbers. Sets frame.header_height. Throws TemplateError
// ("FILE: KEY: what is wrong and what to change").
void fit_page(const OutputTemplate& layout, const TextMeasurer& measure, const std::vector<ColumnBox>& columns,
              const HeaderLayout& header, const PlaceholderValues& values, PageFrame& frame);

// The same check for a template and the document's placeholder values alone, with the template's fonts: what the
// driver asks before any output is written (`build` and `validate` both refuse such a
// template). Throws TemplateError, or ExportError when a font will not load.
void check_page_fit(const OutputTemplate& layout, const PlaceholderValues& values);

}  // namespace scorecard::pdf
