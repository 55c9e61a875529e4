// The direction of a paragraph of cell text, found once for the whole paragraph and given to
// each of its wrapped lines.
//
// Unicode's bidi algorithm takes a paragraph's base direction from its first strong
// character (rules P2, P3): an Arabic or Hebrew letter makes it right to left, a Latin (or
// any left-to-right) letter left to right. Found line by line, a wrapped Arabic paragraph
// whose second line happens to begin with a Latin word or a number would set that line left
// to right, its words in the wrong order. So the writers find the direction once per
// paragraph (a cell's text is one paragraph: printable_text makes line breaks spaces) and
// set it in the TextStyle every line of that paragraph is measured and drawn with.
#pragma once

#include <string>

#include "stages/templates/output_template.hpp"
#include "text_measurer.hpp"

namespace scorecard {

// RightToLeft when the paragraph's first strong character is right to left (FriBidi's rules
// P2-P3), LeftToRight otherwise, also when it has no strong character at all (digits, signs):
// the document's own direction.
TextDirection paragraph_direction(const std::string& utf8);

// `style` set in the direction of the paragraph `utf8`.
TextStyle in_direction_of(TextStyle style, const std::string& utf8);

// A column's alignment for a paragraph in `direction`: a left-aligned (start-aligned) column
// sets right-to-left text flush right, where its lines start; centred and right-aligned
// columns (figures) keep theirs.
Align aligned_for(Align column, TextDirection direction);

}  // namespace scorecard
