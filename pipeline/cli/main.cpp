// scorecard: the committee scorecard from a raw performance-indicator table.
#include <Poco/Exception.h>
#include <Poco/Util/OptionException.h>

#include <iostream>

#include "../driver/pipeline_run.hpp"
#include "scorecard_app.hpp"

int main(int argc, char** argv) {
    try {
        scorecard::ScorecardApp app;
        try {
            app.init(argc, argv);
        } catch (const Poco::Util::OptionException& e) {
            std::cerr << "scorecard: " << e.displayText() << "\nTry 'scorecard --help'.\n";
            return scorecard::kExitUsageOrIo;
        }
        return app.run();
    } catch (const Poco::Exception& e) {
        std::cerr << "scorecard: " << e.displayText() << "\n";
    } catch (const std::exception& e) {
        std::cerr << "scorecard: " << e.what() << "\n";
    }
    return scorecard::kExitUsageOrIo;
}
