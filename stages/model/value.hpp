// A figure as a table shows it: the number, its unit, and how it was written.
//
// Exports must reproduce "22.60%" or "3,775" exactly while writing a real number, so a
// Value keeps the number together with the decimals shown, whether thousands were grouped,
// and the text it came from. Parsing lives here (not in ingest) because templates, the
// history store and national data all read figures the same way.
#pragma once

#include <optional>
#include <string>

#include "source_location.hpp"

namespace scorecard {

enum class Unit {
    Percent,  // shown with a % sign; number holds the percentage (22.6 for "22.60%")
    Count,    // a whole number without a % sign ("3,775", "18")
    Other     // any other number: a rate, a score, a progress measure ("80.7", "-0.64")
};

enum class ValueState {
    Blank,          // empty cell
    NotApplicable,  // "N/A", "n/a", "-" and the like: stated as not applicable
    Number,         // a figure
    Invalid,        // text that is not a figure; validate decides what to do with it
    Suppressed      // a published statistic's "no value" symbol ("c", "[x]", "low"): text keeps it
};

struct Value {
    ValueState state = ValueState::Blank;
    double number = 0.0;  // as shown: 22.6 for "22.60%", 3775 for "3,775"
    Unit unit = Unit::Other;
    int decimals = 0;      // digits after the decimal point as shown
    bool grouped = false;  // thousands separators shown ("3,775")
    std::string text;      // the cell text as it stands (after any reported repair)
    SourceLocation where;

    bool is_number() const { return state == ValueState::Number; }
    bool is_blank() const { return state == ValueState::Blank; }
    bool is_not_applicable() const { return state == ValueState::NotApplicable; }
    bool is_suppressed() const { return state == ValueState::Suppressed; }
    // The value Excel stores: a fraction for percentages (0.226 for 22.6%).
    double stored_number() const { return unit == Unit::Percent ? number / 100.0 : number; }
};

// Parses one cell. Never throws: text that is not a figure comes back Invalid with its text.
// Accepts "3,775", "22.60%", "-0.64", "−0.64" (Unicode minus), "+3", "N/A", "n/a", "".
Value parse_value(const std::string& text, SourceLocation where = {});

// True for the words a table uses to say "not applicable".
bool is_not_applicable_text(const std::string& trimmed);

// True for the symbols official statistics print where a value is withheld or missing: x, c,
// z, u, low, :, .., * and GSS's bracketed [c], [x], [z], [u], [low] (any letter case).
bool is_suppression_symbol(const std::string& trimmed);

// Parses a cell of published statistics: a suppression symbol is Suppressed with the symbol
// kept as its text; anything else reads as parse_value reads it.
Value parse_published_value(const std::string& text, SourceLocation where = {});

// The text a figure is shown as, rebuilt from the number (decimals, grouping, unit).
// For a parsed cell this equals its canonical text ("3,775", "22.60%", "0.01").
std::string format_figure(double number, Unit unit, int decimals, bool grouped);

// `x` rounded half away from zero to `decimals` places, never -0: a computed figure is stored
// as it is shown, without the binary noise of the arithmetic (-0.9, not -0.900000000000006).
double rounded_to(double x, int decimals);

// How a Value reads in a document: the figure as the source showed it, "N/A" or a suppression
// symbol as written, or "".
std::string display_text(const Value& value);

// Excel number format that shows the stored number exactly as the source did
// ("0.00%", "#,##0", "0.0", "0").
std::string excel_number_format(const Value& value);

// Compares two measured figures at the precision both show: the coarser of the two. The
// finer figure is rounded to the coarser one's decimals (half away from zero) and the two are
// compared exactly, so 22.64% against 22.6% is equal (22.6% might have been 22.64%), 75.6
// against 75.6 is equal, and 22.60% against 22.74% is not. For trends and for comparing the
// same measure from two sources (docs/benchmarking.md, "Precision"). Returns -1, 0 or 1.
int compare_at_shown_precision(const Value& a, const Value& b);

// Compares two figures exactly as shown (the finer precision): 20.76% is below a target of
// 20.8%. For a threshold that is exact as written, such as a target. Returns -1, 0 or 1.
int compare_as_shown(const Value& a, const Value& b);

// Percent and non-percent figures measure different things; comparing them is a finding.
bool same_kind_of_unit(const Value& a, const Value& b);

const char* unit_name(Unit unit);

}  // namespace scorecard
