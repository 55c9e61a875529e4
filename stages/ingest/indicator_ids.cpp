#include "indicator_ids.hpp"

#include <map>

#include "stages/model/text_utils.hpp"

namespace scorecard {

namespace {

// The 2019/20 names carry "(low = good)"; the id should not change if a later table drops it.
std::string name_for_id(const std::string& name) {
    std::string out = name;
    for (const char* marker : {"(low = good)", "(high = good)", "(low is good)", "(high is good)"}) {
        std::string folded = to_lower_ascii(out);
        std::size_t pos = folded.find(marker);
        if (pos != std::string::npos) out.erase(pos, std::string(marker).size());
    }
    return out;
}

}  // namespace

void assign_indicator_ids(Scorecard* scorecard, Findings& findings) {
    std::map<std::string, int> seen;
    scorecard->for_each_indicator([&](Indicator& ind) {
        const bool stated = !ind.id.empty();
        if (!stated) ind.id = slugify(name_for_id(ind.name.text));
        if (ind.id.empty()) ind.id = "line-" + std::to_string(ind.line);
        int& count = seen[ind.id];
        ++count;
        if (count > 1) {
            const std::string original = ind.id;
            ind.id += "-" + std::to_string(count);
            Finding& f = findings.warning(
                "duplicate-id", ind.name.where,
                std::string(stated ? "Id " : "indicator name ") + quoted(original) +
                    " is used by an earlier row too; this one is kept apart as " + quoted(ind.id) +
                    " (the history store follows indicators by id)");
            f.indicator = ind.name.text;
            f.before = original;
            f.after = ind.id;
        }
    });
}

}  // namespace scorecard
