// `scorecard build`: one input or several, each into its own outputs.
#include <iostream>

#include "scorecard_app.hpp"

namespace scorecard {

int ScorecardApp::run_build(const std::vector<std::string>& inputs) {
    if (inputs.empty()) return usage_error("build needs an INPUT file");
    if (!values_.count("output")) return usage_error("build needs -o OUTDIR");
    if (values_.count("format")) return usage_error("--format is for validate");
    BuildOptions options;
    options.check = check_options();
    options.output_directory = value("output", "");
    if (!read_int("first-page", 1, 1, 1000000, &options.first_page))
        return usage_error("--first-page must be a whole number from 1");
    options.history_path = value("history", "");
    options.use_history = !flag("no-history");
    int worst = kExitOk;
    for (const auto& input : inputs) {
        BuildReport report = build_one(input, options, std::cerr);
        if (report.exit_code == kExitOk) {
            if (!flag("quiet"))
                for (const auto& path : report.written) std::cout << "wrote " << path << "\n";
        } else {
            std::cerr << "scorecard: " << report.message << "\n";
        }
        worst = std::max(worst, report.exit_code);
    }
    return worst;
}

}  // namespace scorecard
