// scorecard: the committee scorecard from a raw performance-indicator table.
#include <Poco/Exception.h>
#include <Poco/Util/OptionException.h>

#include <csignal>
#include <iostream>

#include "pipeline/driver/interrupts.hpp"
#include "pipeline/driver/pipeline_run.hpp"
#include "scorecard_app.hpp"

int main(int argc, char** argv) {
    // A full disk or a file-size limit (ulimit -f) must be an error we report, not a signal
    // that kills us halfway through a file: with SIGXFSZ ignored the write fails with EFBIG,
    // the writer throws, and the temporary file is removed.
    std::signal(SIGXFSZ, SIG_IGN);
    // SIGINT, SIGTERM and SIGHUP remove temporaries and stop a batch's children first.
    scorecard::handle_interrupts();
    try {
        scorecard::ScorecardApp app;
        try {
            app.init(argc, argv);
        } catch (const Poco::Util::OptionException& e) {
            std::cerr << "scorecard: " << e.displayText() << "\nTry 'scorecard --help'.\n";
            return scorecard::kExitUsageOrIo;
        }
        return scorecard::exit_code_unless_interrupted(app.run());
    } catch (const Poco::Exception& e) {
        std::cerr << "scorecard: " << e.displayText() << "\n";
    } catch (const std::exception& e) {
        std::cerr << "scorecard: " << e.what() << "\n";
    }
    return scorecard::kExitUsageOrIo;
}
