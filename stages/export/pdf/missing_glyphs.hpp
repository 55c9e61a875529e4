// Characters the PDF cannot draw, and the warning that says so.
//
// Each character is drawn by the first font of the template's chain that has it
// (common/font_measurer.hpp; text that needs shaping, characters beyond U+FFFF included, is
// drawn by glyph id). One that no font of the chain has is printed as the measurer's
// replacement() (U+FFFD, where the chain has it) and kept in the text layer as /ActualText
// (pdf/page_canvas), and nothing may be lost silently: the characters are collected per
// indicator (per group heading, for the title and the column headings) and each set becomes a
// warning naming them and what is printed instead, which reaches standard error and the
// workbook's Findings sheet like every other finding.
#pragma once

#include <string>

#include "stages/export/common/font_measurer.hpp"
#include "stages/model/finding.hpp"
#include "stages/model/scorecard.hpp"

namespace scorecard::pdf {

// The characters of the UTF-8 `text` that `measure` cannot draw, each once, in order of first
// appearance, added to `missing` (UTF-32, so the caller can gather over several texts).
void collect_undrawable(const std::string& text, const FontMeasurer& measure, std::u32string& missing);

// The warning (code "pdf-missing-glyphs") for characters of `what` ("the indicator \"X\"", "the
// title") no font draws.
Finding missing_glyphs_finding(const std::u32string& missing, const FontMeasurer& measure, const std::string& what,
                               const std::string& file, SourceLocation where, const std::string& indicator);

}  // namespace scorecard::pdf
