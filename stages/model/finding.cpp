#include "finding.hpp"

#include <algorithm>

namespace scorecard {

Finding& Findings::add(Severity severity, std::string code, SourceLocation where, std::string message) {
    Finding f;
    f.severity = severity;
    f.code = std::move(code);
    f.file = file_;
    f.where = where;
    f.message = std::move(message);
    items_.push_back(std::move(f));
    return items_.back();
}

bool Findings::has_errors() const { return count(Severity::Error) > 0; }

std::size_t Findings::count(Severity severity) const {
    return static_cast<std::size_t>(
        std::count_if(items_.begin(), items_.end(), [&](const Finding& f) { return f.severity == severity; }));
}

void Findings::escalate_warnings() {
    for (auto& f : items_)
        if (f.severity == Severity::Warning) f.severity = Severity::Error;
}

void Findings::sort_by_location() {
    std::stable_sort(items_.begin(), items_.end(), [](const Finding& a, const Finding& b) {
        if (a.where.sheet != b.where.sheet) return a.where.sheet < b.where.sheet;
        if (a.where.line != b.where.line) return a.where.line < b.where.line;
        return a.where.column < b.where.column;
    });
}

const char* severity_name(Severity severity) {
    switch (severity) {
        case Severity::Error: return "error";
        case Severity::Warning: return "warning";
        case Severity::Note: return "note";
    }
    return "note";
}

const char* action_name(FindingAction action) {
    switch (action) {
        case FindingAction::Reported: return "reported";
        case FindingAction::Repaired: return "repaired";
        case FindingAction::Corrected: return "corrected";
    }
    return "reported";
}

std::string format_finding(const Finding& f) {
    std::string out = location_text(f.file, f.where) + ": ";
    out += severity_name(f.severity);
    out += ": ";
    out += f.message;
    if (f.applied()) out += " ['" + f.before + "' -> '" + f.after + "']";
    return out;
}

}  // namespace scorecard
