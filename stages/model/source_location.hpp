// Where a piece of the model came from in the input, so every finding can name it.
#pragma once

namespace scorecard {

struct SourceLocation {
    int line = 0;    // 1-based line of the input file (0: not from the input)
    int column = 0;  // 1-based character column where the cell starts (what editors jump to)
    int cell = 0;    // 1-based position of the cell in its row (what a spreadsheet user counts)
};

}  // namespace scorecard
