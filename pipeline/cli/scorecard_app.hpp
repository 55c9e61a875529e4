// The command line, built on Poco::Util::Application: options, commands, exit codes.
#pragma once

#include <Poco/Util/Application.h>
#include <Poco/Util/OptionSet.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "pipeline/driver/pipeline_run.hpp"
#include "command_options.hpp"

namespace scorecard {

class ScorecardApp : public Poco::Util::Application {
public:
    ScorecardApp();

protected:
    void defineOptions(Poco::Util::OptionSet& options) override;
    int main(const ArgVec& args) override;

private:
    void handle_help(const std::string& name, const std::string& value);
    void handle_version(const std::string& name, const std::string& value);
    void handle_man_page(const std::string& name, const std::string& value);
    void handle_flag(const std::string& name, const std::string& value);
    void handle_value(const std::string& name, const std::string& value);
    void handle_list(const std::string& name, const std::string& value);  // a repeatable option

    std::string value(const std::string& name, const std::string& fallback) const;
    bool flag(const std::string& name) const;
    std::vector<std::string> list(const std::string& name) const;
    bool read_int(const std::string& name, int fallback, int min, int max, int* out) const;
    CheckOptions check_options() const;
    // --publish, when given, names a policy (computed or stated).
    bool publish_option_valid() const;
    void print_help() const;
    int usage_error(const std::string& message) const;
    // "" when every setting given to `command` ("build", "history import", ...) is one it uses
    // and can read; else what is wrong, naming the setting (settings_check.cpp).
    std::string settings_problem(const std::string& command) const;

    int run_build(const std::vector<std::string>& inputs);
    int run_validate(const std::vector<std::string>& inputs);
    int run_history(const std::vector<std::string>& args);
    int run_history_alias(const std::vector<std::string>& args, const std::string& path);
    int run_templates(const std::vector<std::string>& args);
    int run_pack(const std::vector<std::string>& items);

    bool help_requested_ = false;
    bool version_requested_ = false;
    bool man_page_requested_ = false;
    std::set<std::string> flags_;
    std::map<std::string, std::string> values_;
    std::vector<GivenOption> given_;  // every option given, in order (a batch passes them on)
    std::map<std::string, std::vector<std::string>> lists_;
};

}  // namespace scorecard
