#include "indicator_ids.hpp"

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

void assign_indicator_ids(Scorecard* scorecard) {
    scorecard->for_each_indicator([&](Indicator& ind) {
        ind.as_read.id_stated = !ind.id.empty();
        if (!ind.as_read.id_stated) ind.id = slugify(name_for_id(ind.name.text));
        if (ind.id.empty()) ind.id = "line-" + std::to_string(ind.line);
    });
}

}  // namespace scorecard
