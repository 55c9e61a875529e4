// `scorecard templates`: the templates -t can name, and with --keys every key a template may
// hold (the reference docs/templates.md carries, from the same schema).
#include <iostream>

#include "scorecard_app.hpp"
#include "stages/templates/template_folders.hpp"
#include "stages/templates/template_schema.hpp"

namespace scorecard {

int ScorecardApp::run_templates(const std::vector<std::string>& args) {
    if (!args.empty()) return usage_error("templates takes no arguments");
    if (flag("keys")) {
        std::cout << template_reference_markdown();
        return kExitOk;
    }
    const auto templates = named_templates();
    if (templates.empty()) {
        std::string looked;
        for (const auto& folder : template_folders()) looked += (looked.empty() ? "" : ", ") + folder;
        std::cerr << "scorecard: no templates in " << looked << "\n";
        return kExitUsageOrIo;
    }
    std::cout << "Templates (-t NAME), from the first folder holding each:\n";
    for (const auto& [name, path] : templates) {
        std::string about;
        try {
            const OutputTemplate t = load_template(path);
            about = t.description.empty() ? "(no description)" : t.description;
        } catch (const TemplateError& e) {
            about = std::string("cannot be used: ") + e.what();
        }
        std::cout << "  " << name << "\n      " << about << "\n      " << path << "\n";
    }
    return kExitOk;
}

}  // namespace scorecard
