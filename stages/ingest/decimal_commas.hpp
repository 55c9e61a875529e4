// Decimal commas. Excel saves a table as semicolon-separated text where the comma is the decimal
// point, so in such a file "0,5" is a half and "1,250" may be one and a quarter or twelve hundred
// and fifty. The file's figures decide: one that can only hold a decimal comma ("0,5", "12,75",
// "3,1416") and none that can only hold a thousands comma ("1,234,567", "1,234.5") mean the file
// writes decimals with a comma, and every comma in its figures is read as a decimal point (a
// note says so, pointing at the figure that decided it). Otherwise commas are read as thousands
// separators, as everywhere else. Either way a figure that could be read both ways ("1,250") is a
// warning naming the reading taken. Tab- and comma-separated tables are left as they are.
#pragma once

#include "stages/model/finding.hpp"
#include "stages/model/scorecard.hpp"

namespace scorecard {

void read_decimal_commas(Scorecard* scorecard, char delimiter, Findings& findings);

}  // namespace scorecard
