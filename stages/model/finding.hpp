// What a stage found in the input: an error that rejects it, a warning (often a repair,
// with the value before and after), or a note. Findings travel beside the model from the
// first stage to the last, so the workbook can show a reader what was repaired.
#pragma once

#include <string>
#include <vector>

#include "source_location.hpp"

namespace scorecard {

enum class Severity {
    Note,     // information: how the input was read (encoding, layout); never an error
    Warning,  // a repair or a cross-check difference; an error under --strict
    Error     // the input is rejected
};

// Whether a finding changed what the documents show.
enum class FindingAction {
    Reported,   // only reported: the documents show the table's value
    Repaired,   // an extraction or typing artefact undone (before -> after)
    Corrected   // the table's trend, direction or RAG replaced by what the rules derive
};

struct Finding {
    Severity severity = Severity::Warning;
    std::string code;  // stable short name of the check, e.g. "run-together-cells"
    std::string file;
    SourceLocation where;
    std::string indicator;  // the indicator's name, where the finding concerns one
    std::string message;
    std::string before;  // for an applied change: the text as it was
    std::string after;   //                         and as the documents show it
    std::string rule;    // for a cross-check: the rule that produced the computed value
    FindingAction action = FindingAction::Reported;

    bool applied() const { return action != FindingAction::Reported; }
};

class Findings {
public:
    explicit Findings(std::string file = {}) : file_(std::move(file)) {}

    Finding& add(Severity severity, std::string code, SourceLocation where, std::string message);
    Finding& error(std::string code, SourceLocation where, std::string message) {
        return add(Severity::Error, std::move(code), where, std::move(message));
    }
    Finding& warning(std::string code, SourceLocation where, std::string message) {
        return add(Severity::Warning, std::move(code), where, std::move(message));
    }
    Finding& note(std::string code, SourceLocation where, std::string message) {
        return add(Severity::Note, std::move(code), where, std::move(message));
    }

    bool has_errors() const;
    std::size_t count(Severity severity) const;
    const std::vector<Finding>& all() const { return items_; }
    std::vector<Finding>& all() { return items_; }
    const std::string& file() const { return file_; }
    // --strict: every warning becomes an error.
    void escalate_warnings();
    // Sorted by sheet, line, then column, keeping the order stages found them in otherwise.
    void sort_by_location();

private:
    std::string file_;
    std::vector<Finding> items_;
};

const char* severity_name(Severity severity);  // "error", "warning", "note"
const char* action_name(FindingAction action);  // "reported", "repaired", "corrected"

// "FILE:LINE:COL: error: message" (the form compilers use, so editors can jump to it), or
// "FILE:SHEET!C7: error: message" for a workbook cell (see location_text), with
// " ['before' -> 'after']" for a change applied to the documents.
std::string format_finding(const Finding& finding);

}  // namespace scorecard
