// Every setting given is either used or refused: an option a command does not use, two that
// contradict each other, one that needs another, or an environment variable that cannot be
// read would otherwise be ignored without a word, and the officer would believe it applied.
#include "command_options.hpp"
#include "pipeline/history/history_store.hpp"
#include "scorecard_app.hpp"
#include "stages/export/common/export_context.hpp"
#include "stages/model/text_utils.hpp"

namespace scorecard {

std::string ScorecardApp::settings_problem(const std::string& command) const {
    auto given = [&](const std::string& name) { return values_.count(name) > 0 || flags_.count(name) > 0; };

    if (const unsigned bit = used_by_bit(command)) {
        for (const auto& option : command_options())
            if (given(option.name) && !(option.used_by & bit))
                return std::string("--") + option.name + " is not used by " + command;
    }
    // An option given an empty value ("--history=") would quietly fall back to the default.
    for (const auto& [name, text] : values_)
        if (text.empty()) return "--" + name + " needs a value; it was given an empty one";
    // Text an option puts into the documents (--period, --authority) must be text they can hold.
    for (const char* printed : {"period", "authority"}) {
        auto it = values_.find(printed);
        if (it == values_.end()) continue;
        const std::string problem = unprintable_in(it->second);
        if (!problem.empty()) return std::string("--") + printed + " holds a " + problem + "; give printable text";
    }

    for (const char* needs_national : {"neighbours", "authority", "national-map"})
        if (given(needs_national) && !given("national"))
            return std::string("--") + needs_national + " is used only with --national (the national data it refers to)";
    if (given("no-history") && given("history"))
        return "--no-history and --history contradict each other; give one of them";
    if (given("no-history") && given("history-read"))
        return "--no-history and --history-read contradict each other; give one of them";

    // The environment: read only by the commands that use it, each checked before any work.
    const bool uses_store = (command == "build" && !given("no-history")) ||
                            (command == "validate" && given("history")) || command.rfind("history", 0) == 0;
    if (uses_store) {
        int seconds = 0;
        std::string problem;
        if (!history_wait_from_environment(&seconds, &problem)) return problem;
    }
    if (command == "build") {
        std::time_t t = 0;
        std::string problem;
        if (!source_date_epoch(&t, &problem)) return problem;
    }
    return "";
}

}  // namespace scorecard
