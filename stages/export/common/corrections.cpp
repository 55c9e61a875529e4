#include "corrections.hpp"

#include "cell_content.hpp"

namespace scorecard {

const char* const kCorrectionsHeading = "Corrections to the source table";

namespace {

const Published* published_for(const Indicator& i, ColumnField field) {
    switch (field) {
        case ColumnField::Trend: return &i.published.trend;
        case ColumnField::Compared: return &i.published.direction;
        case ColumnField::Rag: return &i.published.rag;
        default: return nullptr;
    }
}

std::string in_quotes(const std::string& text) { return "\xE2\x80\x9C" + text + "\xE2\x80\x9D"; }

}  // namespace

std::vector<Correction> list_corrections(const Scorecard& scorecard, const OutputTemplate& output_template) {
    std::vector<Correction> out;
    scorecard.for_each_indicator([&](const Indicator& i) {
        for (const ColumnSpec& column : output_template.columns) {
            const Published* p = published_for(i, column.field);
            if (!p || !p->changed()) continue;
            Correction c;
            c.indicator = &i;
            c.column = column.heading;
            c.stated = p->stated;
            // As the cell prints it (a RAG column may show the letter, "A"), without the marker.
            c.published = cell_content(column, i).text;
            const std::string marker = kCorrectionMarker;
            if (c.published.size() >= marker.size() &&
                c.published.compare(c.published.size() - marker.size(), marker.size(), marker) == 0)
                c.published.resize(c.published.size() - marker.size());
            c.rule = p->rule;
            c.as = p->as;
            out.push_back(std::move(c));
        }
    });
    return out;
}

std::string correction_text(const Correction& c) {
    std::string text = c.column + ": ";
    text += c.stated.empty() ? "the table left it blank" : "the table stated " + in_quotes(c.stated);
    text += "; published " + in_quotes(c.published) + ".";
    if (!c.rule.empty()) text += " Rule: " + c.rule + ".";
    return text;
}

std::string correction_marker_note(std::size_t corrections, const std::string& where) {
    const std::string count = corrections == 1 ? "One value" : std::to_string(corrections) + " values";
    return std::string(kCorrectionMarker) + " " + count + " in this table " + (corrections == 1 ? "differs" : "differ") +
           " from the source table: scorecard filled or corrected " + (corrections == 1 ? "it" : "them") +
           " from the rating rules. Each is listed " + where + " with what the table stated.";
}

std::string publish_policy_description(PublishPolicy policy, std::size_t corrections, const std::string& where) {
    if (policy == PublishPolicy::Stated)
        return "stated: trend, direction and RAG as the source table states them; where the rating rules give "
               "another value it is reported among the findings, not corrected";
    std::string text = "computed: trend, direction and RAG as the rating rules derive them, the table's value kept "
                       "where the rules cannot decide; ";
    if (corrections == 0) return text + "no value needed correcting";
    return text + std::to_string(corrections) + (corrections == 1 ? " correction, marked " : " corrections, each marked ") +
           kCorrectionMarker + " and listed " + where;
}

}  // namespace scorecard
