// `scorecard pack`: tables and PDFs into one agenda pack (pipeline/driver/pack_run.hpp).
#include <iostream>

#include "pipeline/driver/pack_run.hpp"
#include "scorecard_app.hpp"

namespace scorecard {

int ScorecardApp::run_pack(const std::vector<std::string>& items) {
    if (items.empty()) return usage_error("pack needs one ITEM or more (tables and PDFs)");
    if (!values_.count("output")) return usage_error("pack needs -o PACK.pdf");
    if (!publish_option_valid()) return usage_error("--publish must be computed or stated");
    PackOptions options;
    options.check = check_options();
    options.items = items;
    options.output = value("output", "");
    if (!read_int("first-page", 1, 1, 1000000, &options.first_page))
        return usage_error("--first-page must be a whole number from 1");
    const std::string start = value("start", "right");
    if (start != "right" && start != "any") return usage_error("--start must be right or any");
    options.right_hand_starts = start == "right";
    options.stamp = !flag("no-stamp");
    options.title = value("title", "");
    options.force = flag("force");
    const PackReport report = pack_items(options, std::cerr);
    if (report.exit_code != kExitOk) {
        // An item refused is located as any bad input is: FILE: error: what is wrong.
        if (!report.file.empty()) std::cerr << report.file << ": error: " << report.detail << "\n";
        else std::cerr << "scorecard: " << report.message << "\n";
        return report.exit_code;
    }
    if (!flag("quiet")) {
        std::cout << "wrote " << options.output << " (" << report.pages << " pages, " << report.blank_pages
                  << " blank; items start on page";
        for (std::size_t i = 0; i < report.item_first_number.size(); ++i)
            std::cout << (i ? ", " : " ") << report.item_first_number[i];
        std::cout << ")\n";
    }
    return kExitOk;
}

}  // namespace scorecard
