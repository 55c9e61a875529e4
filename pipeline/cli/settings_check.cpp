// Every setting given is either used or refused: an option a command does not use, two that
// contradict each other, one that needs another, or an environment variable that cannot be
// read would otherwise be ignored without a word, and the officer would believe it applied.
#include <map>
#include <set>

#include "pipeline/history/history_store.hpp"
#include "scorecard_app.hpp"
#include "stages/export/common/export_context.hpp"

namespace scorecard {

namespace {

// The options each command reads. Anything else given to it is a usage error.
const std::map<std::string, std::set<std::string>>& options_by_command() {
    static const std::map<std::string, std::set<std::string>> table = {
        {"build",
         {"output", "template", "strict", "first-page", "period", "national", "neighbours", "authority", "history",
          "no-history", "history-read", "jobs", "quiet", "force"}},
        {"validate", {"template", "strict", "format", "period", "national", "neighbours", "authority", "history"}},
        {"history import", {"history", "output", "quiet"}},
        {"history export", {"history", "output", "quiet", "force"}},
    };
    return table;
}

}  // namespace

std::string ScorecardApp::settings_problem(const std::string& command) const {
    auto given = [&](const std::string& name) { return values_.count(name) > 0 || flags_.count(name) > 0; };

    const auto& table = options_by_command();
    const auto allowed = table.find(command);
    if (allowed != table.end()) {
        for (const auto& [name, text] : values_)
            if (!allowed->second.count(name)) return "--" + name + " is not used by " + command;
        for (const auto& name : flags_)
            if (!allowed->second.count(name)) return "--" + name + " is not used by " + command;
    }
    // An option given an empty value ("--history=") would quietly fall back to the default.
    for (const auto& [name, text] : values_)
        if (text.empty()) return "--" + name + " needs a value; it was given an empty one";

    if ((given("neighbours") || given("authority")) && !given("national"))
        return std::string("--") + (given("neighbours") ? "neighbours" : "authority") +
               " is used only with --national (the national data it refers to)";
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
