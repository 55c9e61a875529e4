#include "scorecard_app.hpp"

#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/IntValidator.h>
#include <Poco/Util/OptionException.h>

#include <iostream>
#include <sstream>

#include <Poco/File.h>

#include <memory>

#include "pipeline/history/history_store.hpp"
#include "command_options.hpp"
#include "man_page.hpp"
#include "pipeline/driver/json_report.hpp"
#include "pipeline/driver/pipeline_run.hpp"
#include "scorecard_version.hpp"

namespace scorecard {

using Poco::Util::Option;
using Poco::Util::OptionCallback;
using Poco::Util::OptionSet;

namespace {

// The synopsis lines as they follow "usage: scorecard ", each aligned under the first.
std::string usage_text() {
    std::string usage;
    for (const char* const* line = kUsageLines; *line; ++line) {
        if (line != kUsageLines) usage += *line[0] == ' ' ? "\n                " : "\n       scorecard ";
        usage += *line[0] == ' ' ? std::string(*line).substr(4) : *line;
    }
    return usage;
}

}  // namespace

ScorecardApp::ScorecardApp() {
    setUnixOptions(true);
    // Options are handled here; the config-file and logging machinery of Application is unused.
}

void ScorecardApp::defineOptions(OptionSet& options) {
    Application::defineOptions(options);
    auto add = [&](const std::string& full, const std::string& shorthand, const std::string& help,
                   const std::string& argument, void (ScorecardApp::*handler)(const std::string&, const std::string&),
                   bool repeatable = false) {
        Option option(full, shorthand, help);
        option.required(false).repeatable(repeatable);
        if (!argument.empty()) option.argument(argument);
        option.callback(OptionCallback<ScorecardApp>(this, handler));
        options.addOption(option);
    };
    add("help", "h", "show this help and exit", "", &ScorecardApp::handle_help);
    add("version", "V", "show the version and exit", "", &ScorecardApp::handle_version);
    add("man-page", "", "print this help as a manual page (troff) and exit", "", &ScorecardApp::handle_man_page);
    for (const auto& o : command_options())
        add(o.name, o.shorthand, o.help, o.argument,
            o.repeatable ? &ScorecardApp::handle_list
                         : *o.argument ? &ScorecardApp::handle_value : &ScorecardApp::handle_flag,
            o.repeatable);
}

void ScorecardApp::handle_help(const std::string&, const std::string&) {
    help_requested_ = true;
    stopOptionsProcessing();
}

void ScorecardApp::handle_version(const std::string&, const std::string&) {
    version_requested_ = true;
    stopOptionsProcessing();
}

void ScorecardApp::handle_man_page(const std::string&, const std::string&) {
    man_page_requested_ = true;
    stopOptionsProcessing();
}

void ScorecardApp::handle_flag(const std::string& name, const std::string&) {
    flags_.insert(name);
    given_.emplace_back(name, "");
}

void ScorecardApp::handle_value(const std::string& name, const std::string& value) {
    values_[name] = value;
    given_.emplace_back(name, value);
}

void ScorecardApp::handle_list(const std::string& name, const std::string& value) {
    lists_[name].push_back(value);
    values_[name] = value;  // so the settings checks see it given (and an empty one refused)
    given_.emplace_back(name, value);
}

std::vector<std::string> ScorecardApp::list(const std::string& name) const {
    auto it = lists_.find(name);
    return it == lists_.end() ? std::vector<std::string>{} : it->second;
}

std::string ScorecardApp::value(const std::string& name, const std::string& fallback) const {
    auto it = values_.find(name);
    return it == values_.end() ? fallback : it->second;
}

bool ScorecardApp::flag(const std::string& name) const { return flags_.count(name) > 0; }

void ScorecardApp::print_help() const {
    Poco::Util::HelpFormatter formatter(options());
    // Poco would wrap and re-indent the synopsis; given as the "command", it is printed as written.
    formatter.setCommand("scorecard " + usage_text());
    std::string header = "\n" + std::string(kDescription) + "\n\nCommands:\n";
    for (const auto& c : command_texts()) {
        std::string name = c.name;
        name.resize(11, ' ');
        header += "  " + name + c.text + "\n";
    }
    formatter.setHeader(header + "\nOptions:");
    std::string footer = std::string("Exit codes: ") + kExitStatus + "\n" + kFindingsForm + "\n\nEnvironment:\n";
    for (const auto& v : environment_texts()) footer += std::string("  ") + v.name + ": " + v.text + "\n";
    formatter.setFooter(footer);
    formatter.setUnixStyle(true);
    formatter.setWidth(100);
    formatter.format(std::cout);
}

int ScorecardApp::usage_error(const std::string& message) const {
    std::cerr << "scorecard: " << message << "\nusage: scorecard " << usage_text() << "\n";
    return kExitUsageOrIo;
}

bool ScorecardApp::read_int(const std::string& name, int fallback, int min, int max, int* out) const {
    const std::string text = value(name, "");
    if (text.empty()) {
        *out = fallback;
        return true;
    }
    try {
        std::size_t used = 0;
        int v = std::stoi(text, &used);
        if (used != text.size() || v < min || v > max) return false;
        *out = v;
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

CheckOptions ScorecardApp::check_options() const {
    CheckOptions options;
    options.strict = flag("strict");
    options.template_name = value("template", "");
    options.period = value("period", "");
    options.national_files = list("national");
    options.national_map = value("national-map", "");
    options.neighbours_file = value("neighbours", "");
    options.authority = value("authority", "");
    options.publish = value("publish", "");
    options.sheet = value("sheet", "");
    return options;
}

bool ScorecardApp::publish_option_valid() const {
    PublishPolicy policy;
    return !values_.count("publish") || publish_policy_from_name(value("publish", ""), &policy);
}

int ScorecardApp::main(const ArgVec& args) {
    if (help_requested_) {
        print_help();
        return kExitOk;
    }
    if (man_page_requested_) {
        write_man_page(std::cout, options());
        return kExitOk;
    }
    if (version_requested_) {
        std::cout << "scorecard " << SCORECARD_VERSION << "\n";
        return kExitOk;
    }
    if (args.empty()) return usage_error("no command given");
    const std::string& command = args[0];
    std::vector<std::string> rest(args.begin() + 1, args.end());
    if (command == "build" || command == "validate" || command == "history" || command == "templates" ||
        command == "pack") {
        const std::string which = command == "history" && !rest.empty() ? command + " " + rest[0] : command;
        const std::string problem = settings_problem(which);
        if (!problem.empty()) return usage_error(problem);
    }
    if (command == "build") return run_build(rest);
    if (command == "validate") return run_validate(rest);
    if (command == "history") return run_history(rest);
    if (command == "templates") return run_templates(rest);
    if (command == "pack") return run_pack(rest);
    return usage_error("unknown command \"" + command + "\"");
}

int ScorecardApp::run_validate(const std::vector<std::string>& inputs) {
    if (inputs.size() != 1) return usage_error("validate takes one INPUT");
    const std::string format = value("format", "text");
    if (format != "text" && format != "json") return usage_error("--format must be text or json");
    if (!publish_option_valid()) return usage_error("--publish must be computed or stated");
    try {
        // validate reads a history store only when told where it is; it never creates one.
        std::unique_ptr<HistoryStore> history;
        if (values_.count("history")) {
            if (!Poco::File(value("history", "")).exists())
                return usage_error(value("history", "") + ": no history store there");
            history = std::make_unique<HistoryStore>(value("history", ""));
        }
        CheckedScorecard checked = read_and_check(inputs[0], check_options(), history.get());
        if (!checked.rejected) check_template_fits(checked);
        print_findings(checked.findings, std::cerr);
        if (format == "json") write_json_report(checked, std::cout);
        else
            std::cout << inputs[0] << ": " << layout_name(checked.scorecard.layout) << " layout, "
                      << checked.scorecard.groups.size() << " groups, " << checked.scorecard.indicator_count()
                      << " indicators; " << checked.findings.count(Severity::Error) << " error(s), "
                      << checked.findings.count(Severity::Warning) << " warning(s), "
                      << checked.findings.count(Severity::Note) << " note(s)"
                      << (checked.rejected ? ": REJECTED" : "") << "\n";
        return checked.rejected ? kExitRejected : kExitOk;
    } catch (const UsageOrIoError& e) {
        std::cerr << "scorecard: " << e.what() << "\n";
        return kExitUsageOrIo;
    } catch (const HistoryError& e) {
        std::cerr << "scorecard: " << e.what() << "\n";
        return kExitUsageOrIo;
    }
}

}  // namespace scorecard
