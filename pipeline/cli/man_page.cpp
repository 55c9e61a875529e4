#include "man_page.hpp"

#include <Poco/Util/Option.h>

#include <string>

#include "command_options.hpp"
#include "scorecard_version.hpp"

namespace scorecard {

namespace {

// Text as troff reads it: a backslash is written \e, a hyphen \- (so it prints as a minus sign
// and can be searched for), and a line must not start with a control character.
std::string roff(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\\') out += "\\e";
        else if (c == '-') out += "\\-";
        else out += c;
    }
    if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out.insert(0, "\\&");
    return out;
}

std::string option_synopsis(const Poco::Util::Option& option) {
    std::string out;
    if (!option.shortName().empty()) out += "\\fB" + roff("-" + option.shortName()) + "\\fR, ";
    out += "\\fB" + roff("--" + option.fullName()) + "\\fR";
    if (option.takesArgument()) out += " \\fI" + roff(option.argumentName()) + "\\fR";
    return out;
}

}  // namespace

void write_man_page(std::ostream& out, const Poco::Util::OptionSet& options) {
    out << ".TH SCORECARD 1 \"\" \"scorecard " << SCORECARD_VERSION << "\" \"User Commands\"\n";
    out << ".SH NAME\nscorecard \\- " << roff(kSummary) << "\n";
    out << ".SH SYNOPSIS\n";
    for (const char* const* line = kUsageLines; *line; ++line) {
        if (*line[0] == ' ') out << roff(std::string(*line).substr(4)) << "\n";  // troff fills it on
        else out << (line == kUsageLines ? "" : ".br\n") << "\\fBscorecard\\fR " << roff(*line) << "\n";
    }
    out << ".SH DESCRIPTION\n" << roff(kDescription) << "\n";
    out << ".SH COMMANDS\n";
    for (const auto& c : command_texts()) out << ".TP\n\\fB" << roff(c.name) << "\\fR\n" << roff(c.text) << "\n";
    out << ".SH OPTIONS\n";
    for (const auto& option : options) out << ".TP\n" << option_synopsis(option) << "\n" << roff(option.description()) << "\n";
    out << ".SH EXIT STATUS\n" << roff(kExitStatus) << "\n";
    out << ".SH DIAGNOSTICS\n" << roff(kFindingsForm) << "\n";
    out << ".SH ENVIRONMENT\n";
    for (const auto& v : environment_texts()) out << ".TP\n\\fB" << roff(v.name) << "\\fR\n" << roff(v.text) << "\n";
}

}  // namespace scorecard
