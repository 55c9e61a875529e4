// The marker a scorecard document prints after a value the rating rules filled or corrected
// ("Red†"; docs/layout.md, "Publish policy"). The writers print it; validate recognises it when
// a table is read back from a scorecard document (its own workbook's Scorecard sheet).
#pragma once

namespace scorecard {

constexpr const char* kCorrectionMarker = "\xE2\x80\xA0";  // U+2020 DAGGER; Liberation Sans has it

}  // namespace scorecard
