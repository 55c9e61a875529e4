#include "indicator_id_checks.hpp"

#include <map>

#include "stages/model/text_utils.hpp"

namespace scorecard {

void keep_indicator_ids_apart(std::vector<Indicator*>& rows, Findings& findings) {
    std::map<std::string, int> seen;
    for (Indicator* ind : rows) {
        int& count = seen[ind->id];
        ++count;
        if (count == 1) continue;
        const std::string original = ind->id;
        ind->id += "-" + std::to_string(count);
        Finding& f = findings.warning(
            "duplicate-id", ind->name.where,
            std::string(ind->as_read.id_stated ? "Id " : "indicator name ") + quoted(original) +
                " is used by an earlier row too; this one is kept apart as " + quoted(ind->id) +
                " (the history store follows indicators by id)");
        f.indicator = ind->name.text;
        f.before = original;
        f.action = FindingAction::Repaired;
        f.after = ind->id;
    }
}

}  // namespace scorecard
