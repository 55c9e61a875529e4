// Abbreviations the council's indicator names use, spelt out on the About sheet: the
// accessible-spreadsheet checklist asks that a reader never has to guess one.
#pragma once

namespace scorecard::xlsx {

struct Abbreviation {
    const char* short_form;
    const char* meaning;
};

inline constexpr Abbreviation kAbbreviations[] = {
    {"CFWS", "Children and Family Wellbeing Service"},
    {"CPP", "Child Protection Plan"},
    {"EET", "in Education, Employment or Training"},
    {"EHCP", "Education, Health and Care Plan"},
    {"FEEE", "Free Early Education Entitlement"},
    {"FSM", "Free School Meals"},
    {"KS2", "Key Stage 2: the end of primary school (age 11)"},
    {"KS4", "Key Stage 4: the end of secondary school, GCSEs (age 16)"},
    {"NEET", "Not in Education, Employment or Training"},
    {"RAG", "Red, Amber, Green: the rating of each indicator"},
    {"SEN", "Special Educational Needs"},
    {"SEND", "Special Educational Needs and Disabilities"},
};

}  // namespace scorecard::xlsx
