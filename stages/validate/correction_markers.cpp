#include "correction_markers.hpp"

#include <string>

#include "stages/ingest/cell_readers.hpp"
#include "stages/model/correction_marker.hpp"
#include "stages/model/text_utils.hpp"

namespace scorecard {

namespace {

// The text without a trailing marker, or false when it has none.
bool without_marker(const std::string& text, std::string* value) {
    const std::string marker = kCorrectionMarker;
    const std::string t = trim(text);
    if (t.size() < marker.size() || t.compare(t.size() - marker.size(), marker.size(), marker) != 0) return false;
    *value = trim(t.substr(0, t.size() - marker.size()));
    return true;
}

void report(const char* column, const std::string& before, const std::string& after, const SourceLocation& where,
            const Indicator& ind, Findings& findings) {
    Finding& f = findings.warning("correction-marker", where,
                                  std::string(column) + " " + quoted(before) + " of " + quoted(ind.name.text, 50) +
                                      " carries the " + kCorrectionMarker +
                                      " a scorecard document prints after a value it corrected; read as " +
                                      quoted(after) + ", the value that document published");
    f.indicator = ind.name.text;
    f.action = FindingAction::Repaired;
    f.before = before;
    f.after = after;
}

void read_through(TextCell& cell, const char* column, const Indicator& ind, Findings& findings) {
    std::string value;
    if (!without_marker(cell.text, &value)) return;
    report(column, cell.text, value, cell.where, ind, findings);
    cell.text = value;
}

}  // namespace

void read_through_correction_markers(Indicator& ind, Findings& findings) {
    std::string value;
    if (without_marker(ind.stated_rag.text, &value)) {
        report("Status RAG", ind.stated_rag.text, value, ind.stated_rag.where, ind, findings);
        ind.stated_rag = read_stated_rag(value, ind.stated_rag.where);
    }
    read_through(ind.stated_trend, "Trend", ind, findings);
    read_through(ind.stated_direction, "Compared to previous data point", ind, findings);
}

}  // namespace scorecard
