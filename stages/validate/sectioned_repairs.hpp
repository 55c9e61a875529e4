// Repairs of what PDF extraction breaks in a 2019/20 row, each reported with the text before
// and after. Ingest keeps the cells as extracted; here
//   - a row one cell short is placed: a quartile and an average run together in the last cell
//     ("2 14.2") are split, or else the Trend Charts cell is taken as the missing one;
//   - chart markup, glyphs and doubled words ("Better Better", "■ n/a") are dropped from the
//     text cells, which are then read again (the direction's polarity, the RAG, the figures);
//   - the Trend Charts cell's glyphs are dropped, and its RAG letter read where the Status
//     cell is empty.
#pragma once

#include "stages/model/finding.hpp"
#include "stages/model/scorecard.hpp"

namespace scorecard {

void repair_sectioned_row(Indicator& ind, Findings& findings);

}  // namespace scorecard
