#include "abbreviations.hpp"

#include <algorithm>
#include <cctype>

namespace scorecard {

const std::vector<Abbreviation>& known_abbreviations() {
    static const std::vector<Abbreviation> glossary = {
        {"CFWS", "Children and Family Wellbeing Service", {"CFWS"}},
        {"CIN", "Child in Need", {"CIN"}},
        {"CLA", "Child Looked After (in the care of the council)", {"CLA"}},
        {"CP", "Child Protection", {"CP"}},
        {"CPP", "Child Protection Plan", {"CPP"}},
        {"EET", "in Education, Employment or Training", {"EET"}},
        {"EHCP", "Education, Health and Care Plan", {"EHCP"}},
        {"FEEE", "Free Early Education Entitlement", {"FEEE"}},
        {"FSM", "Free School Meals", {"FSM"}},
        {"FY", "Financial Year, April to March (FY2022/23: April 2022 to March 2023)", {"FY"}},
        {"GCSE", "General Certificate of Secondary Education", {"GCSE", "GCSEs"}},
        {"KS2", "Key Stage 2: the end of primary school (age 11)", {"KS2"}},
        {"KS4", "Key Stage 4: the end of secondary school, GCSEs (age 16)", {"KS4"}},
        {"LAC", "Looked After Children (in the care of the council)", {"LAC"}},
        {"Mth", "Month", {"Mth"}},
        {"NEET", "Not in Education, Employment or Training", {"NEET"}},
        {"Q1 to Q4", "Quarters of the financial year: Q1 April to June, Q2 July to September, "
                     "Q3 October to December, Q4 January to March", {"Q1", "Q2", "Q3", "Q4"}},
        {"Qtr", "Quarter", {"Qtr"}},
        {"RAG", "Red, Amber, Green: the rating of each indicator", {"RAG"}},
        {"SEN", "Special Educational Needs", {"SEN"}},
        {"SEND", "Special Educational Needs and Disabilities", {"SEND"}},
        {"UASC", "Unaccompanied Asylum-Seeking Children", {"UASC"}},
        {"YOS", "Youth Offending Service", {"YOS"}},
    };
    return glossary;
}

namespace {

bool is_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool uses_abbreviation(const std::string& text, const std::string& form) {
    if (form.empty()) return false;
    const bool ends_in_digit = is_digit(form.back());
    for (std::size_t at = text.find(form); at != std::string::npos; at = text.find(form, at + 1)) {
        const char before = at > 0 ? text[at - 1] : ' ';
        const std::size_t end = at + form.size();
        const char after = end < text.size() ? text[end] : ' ';
        if (is_letter(before) || is_digit(before)) continue;
        if (is_letter(after) || (ends_in_digit && is_digit(after))) continue;
        return true;
    }
    return false;
}

std::vector<Abbreviation> glossary_for(const OutputTemplate& layout) {
    std::vector<Abbreviation> glossary = known_abbreviations();
    for (const OutputTemplate::GlossaryEntry& entry : layout.glossary) {
        Abbreviation own{entry.abbreviation, entry.meaning, {entry.abbreviation}};
        auto same = std::find_if(glossary.begin(), glossary.end(),
                                 [&](const Abbreviation& a) { return a.short_form == entry.abbreviation; });
        if (same != glossary.end())
            *same = std::move(own);
        else
            glossary.push_back(std::move(own));
    }
    auto folded = [](std::string s) {
        std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        return s;
    };
    std::stable_sort(glossary.begin(), glossary.end(),
                     [&](const Abbreviation& a, const Abbreviation& b) { return folded(a.short_form) < folded(b.short_form); });
    return glossary;
}

std::vector<Abbreviation> abbreviations_used(const Scorecard& scorecard, const OutputTemplate& layout) {
    // All the text the documents print, joined by line breaks (which no form holds).
    std::string text = layout.document_title(scorecard.period) + "\n" + layout.rag_key_heading + "\n";
    for (const ColumnSpec& column : layout.columns) text += column.heading + "\n";
    for (const Group& group : scorecard.groups) {
        text += group.name + "\n";
        for (const Indicator& i : group.indicators) {
            for (const std::string* s :
                 {&i.theme.text, &i.name.text, &i.polarity_text.text, &i.frequency.text, &i.previous_period.text,
                  &i.latest_period.text, &i.stated_trend.text, &i.stated_direction.text, &i.commentary.text,
                  &i.target.text, &i.previous.text, &i.latest.text, &i.quartile.text, &i.neighbour_average.text,
                  &i.stated_rag.text})
                text += *s + "\n";
        }
    }
    std::vector<Abbreviation> used;
    for (const Abbreviation& a : glossary_for(layout))
        for (const std::string& form : a.forms)
            if (uses_abbreviation(text, form)) {
                used.push_back(a);
                break;
            }
    return used;
}

}  // namespace scorecard
