#include "corrections_section.hpp"

namespace scorecard::html {

namespace {

constexpr const char* kEntryPrefix = "correction-";

}  // namespace

CorrectionMarks::CorrectionMarks(const Scorecard& scorecard, const OutputTemplate& layout)
    : corrections_(list_corrections(scorecard, layout)) {
    for (std::size_t k = 0; k < corrections_.size(); ++k)
        numbers_.emplace(std::make_pair(corrections_[k].indicator, corrections_[k].column), k + 1);
}

std::size_t CorrectionMarks::number_of(const Indicator& indicator, const ColumnSpec& column) const {
    const auto found = numbers_.find(std::make_pair(&indicator, column.heading));
    return found == numbers_.end() ? 0 : found->second;
}

void CorrectionMarks::write_cell_text(HtmlOutput& out, const Indicator& indicator, const ColumnSpec& column,
                                      const std::string& text) const {
    const std::size_t number = number_of(indicator, column);
    if (number == 0) {
        out.text(text);
        return;
    }
    out.text(without_marker(text));
    write_marker_link(out, number);
}

std::string without_marker(const std::string& text) {
    const std::string marker = kCorrectionMarker;
    if (text.size() >= marker.size() && text.compare(text.size() - marker.size(), marker.size(), marker) == 0)
        return text.substr(0, text.size() - marker.size());
    return text;
}

void write_marker_link(HtmlOutput& out, std::size_t number) {
    const std::string n = std::to_string(number);
    out.raw("<a class=\"marker\" href=\"#").raw(kEntryPrefix).raw(n).raw("\">").text(kCorrectionMarker)
        .raw("<span class=\"sr-only\"> ").text("corrected: see correction " + n).raw("</span></a>");
}

void write_corrections_section(HtmlOutput& out, const CorrectionMarks& marks) {
    const std::vector<Correction>& corrections = marks.corrections();
    if (corrections.empty()) return;
    out.raw("<section class=\"corrections\" aria-labelledby=\"corrections-heading\">\n<h2 id=\"corrections-heading\">")
        .text(kCorrectionsHeading).raw("</h2>\n<p>").text(correction_marker_note(corrections.size(), "below"))
        .raw("</p>\n<ol>\n");
    for (std::size_t k = 0; k < corrections.size(); ++k) {
        const Correction& c = corrections[k];
        out.raw("<li id=\"").raw(kEntryPrefix).raw(std::to_string(k + 1)).raw("\"><strong>").text(c.indicator->name.text)
            .raw("</strong> ").text(correction_text(c)).raw("</li>\n");
    }
    out.raw("</ol>\n</section>\n");
}

}  // namespace scorecard::html
