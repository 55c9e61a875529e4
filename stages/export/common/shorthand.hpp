// The shorthand a table cell shows where it has no value, as the GSS guidance "Releasing
// statistics in spreadsheets" sets it out: a blank cell says nothing of why it is blank, so
// each one says [x], [z] or [c], and the notes explain them.
#pragma once

#include "stages/model/value.hpp"

namespace scorecard {

enum class Shorthand {
    NotAvailable,   // [x]: the source gave no value, or a value it would be worked out from is missing
    NotApplicable,  // [z]: nothing belongs here (no target to compare with; the figure is beside it)
    Suppressed      // [c]: the publisher withheld it (a small count, or to keep someone from being identified)
};

const char* shorthand_symbol(Shorthand s);   // "[x]"
const char* shorthand_meaning(Shorthand s);  // "Not available: ..."

// Why a value that is not a figure has none: stated "N/A" is not applicable, a suppression
// symbol says which by its meaning (c, low, * withheld; z not applicable; x, u, :, .. not
// available), anything else (blank, unreadable) is not available.
Shorthand shorthand_for(const Value& value);

}  // namespace scorecard
