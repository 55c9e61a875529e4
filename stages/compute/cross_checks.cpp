#include "cross_checks.hpp"

#include "stages/model/text_utils.hpp"

namespace scorecard {

namespace {

Finding& difference(Findings& findings, const char* code, SourceLocation where, const Indicator& ind,
                    const std::string& message, const std::string& rule) {
    Finding& f = findings.warning(code, where, quoted(ind.name.text, 60) + ": " + message);
    f.indicator = ind.name.text;
    f.rule = rule;
    return f;
}

bool is_colour(Rag r) { return r == Rag::Green || r == Rag::Amber || r == Rag::Red; }

}  // namespace

void cross_check_target_status(const Indicator& ind, const ComputeNotes& notes, Findings& findings) {
    // A target met or missed rates the indicator, so the RAG rule (publish_rule) already says
    // where Status RAG disagrees with it. Left here: a target that could not be assessed.
    if (!ind.target.is_set() || ind.computed.target_met || is_colour(ind.stated_rag.rag)) return;
    difference(findings, "target-status", ind.stated_rag.where, ind,
               "a target (" + ind.target.text + ") is stated but Status RAG is " +
                   (ind.stated_rag.text.empty() ? std::string("empty") : "\"" + ind.stated_rag.text + "\"") +
                   (notes.target_rule.empty() ? "" : "; " + notes.target_rule),
               "a stated target is rated met or missed");
}

}  // namespace scorecard
