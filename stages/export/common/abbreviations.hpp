// The abbreviations a scorecard uses, spelt out: the accessible-spreadsheet checklist asks that
// a reader never has to guess one, and a list of ones the document never uses is noise. The
// documents list those found in their own text (title, period, headings, groups, indicators,
// periods and the other text cells), from a glossary of the service area's terms.
#pragma once

#include <string>
#include <vector>

#include "stages/model/scorecard.hpp"
#include "stages/templates/output_template.hpp"

namespace scorecard {

struct Abbreviation {
    std::string short_form;  // as listed: "KS2", "Q1 to Q4", "Mth"
    std::string meaning;
    std::vector<std::string> forms;  // what is looked for in the text ({"Q1", "Q2", "Q3", "Q4"})
};

// The glossary scorecard knows, in the order it lists them (alphabetical).
const std::vector<Abbreviation>& known_abbreviations();

// True when `form` stands in `text` as an abbreviation: no letter or digit just before it, no
// letter just after it (FY2022/23 holds FY; SENDING holds no SEND), and no digit after a form that
// ends in one.
bool uses_abbreviation(const std::string& text, const std::string& form);

// The glossary a document uses: scorecard's own and the template's (`glossary`), an entry of
// the template's replacing scorecard's of the same abbreviation, in alphabetical order.
std::vector<Abbreviation> glossary_for(const OutputTemplate& layout);

// The glossary's entries (glossary_for) that the scorecard's text and the template's headings
// use, in the glossary's order.
std::vector<Abbreviation> abbreviations_used(const Scorecard& scorecard, const OutputTemplate& layout);

}  // namespace scorecard
