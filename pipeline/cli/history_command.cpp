// `scorecard history import FILE.csv` and `scorecard history export [FILE.csv]`: seeding the
// history store from a team's old spreadsheets, and getting its contents back out.
// `scorecard history alias OLD-ID NEW-ID` joins a renamed indicator's series to its new id;
// `scorecard history unalias OLD-ID` undoes it.
#include <Poco/File.h>
#include <Poco/Path.h>

#include <fstream>
#include <iostream>
#include <memory>

#include "pipeline/history/history_store.hpp"
#include "pipeline/driver/interrupts.hpp"
#include "pipeline/driver/output_files.hpp"
#include "pipeline/driver/output_guard.hpp"
#include "pipeline/driver/store_for_recording.hpp"
#include "scorecard_app.hpp"

namespace scorecard {

int ScorecardApp::run_history_alias(const std::vector<std::string>& args, const std::string& path) {
    const bool join = args[0] == "alias";
    if (join && args.size() != 3) return usage_error("history alias takes OLD-ID NEW-ID");
    if (!join && args.size() != 2) return usage_error("history unalias takes OLD-ID");
    for (std::size_t i = 1; i < args.size(); ++i)
        if (args[i].empty()) return usage_error("history " + args[0] + ": an indicator id cannot be empty");
    if (!Poco::File(path).exists()) {
        std::cerr << "scorecard: " << path << ": no history store there\n";
        return kExitUsageOrIo;
    }
    std::unique_ptr<HistoryStore> existing = std::make_unique<HistoryStore>(path);
    existing->lock_for_writing();
    {
        CommitSection section;
        if (join) existing->add_alias(args[1], args[2]);
        else existing->remove_alias(args[1]);
        existing->commit();
    }
    if (!flag("quiet")) {
        if (join) std::cout << "joined " << args[1] << " to " << args[2] << " in " << path << "\n";
        else std::cout << "separated " << args[1] << " again in " << path << "\n";
    }
    return kExitOk;
}

int ScorecardApp::run_history(const std::vector<std::string>& args) {
    if (args.empty() || (args[0] != "import" && args[0] != "export" && args[0] != "alias" && args[0] != "unalias"))
        return usage_error(
            "history needs \"import FILE.csv\", \"export [FILE.csv]\", \"alias OLD-ID NEW-ID\" or \"unalias OLD-ID\"");
    if (!values_.count("history") && !values_.count("output"))
        return usage_error("history needs --history PATH (or -o OUTDIR for OUTDIR/history.sqlite)");
    BuildOptions where;
    where.history_path = value("history", "");
    where.output_directory = value("output", "");
    const std::string path = history_path_for(where);
    try {
        if (args[0] == "import") {
            if (args.size() != 2) return usage_error("history import takes one FILE.csv");
            if (same_file(args[1], path))
                return usage_error(args[1] + ": is the history store itself; import from a CSV file");
            // The file is read and checked before the store is opened (or made), so a rejected
            // import leaves no trace.
            Findings findings(args[1]);
            std::vector<HistoryRow> rows = read_history_csv(args[1], findings);
            if (findings.has_errors()) {
                for (const auto& f : findings.all()) std::cerr << format_finding(f) << "\n";
                std::cerr << "scorecard: " << args[1] << ": nothing imported\n";
                return kExitRejected;
            }
            if (!values_.count("history")) prepare_output_directory(where.output_directory);
            std::unique_ptr<HistoryStore> existing;
            StoreForRecording store(path, existing);
            std::size_t stored = 0;
            {
                CommitSection section;
                stored = store.store()->import_rows(rows, args[1], findings);
                store.commit();
            }
            // Said after the store took them: warnings about the file and about what it changed.
            findings.sort_by_location();
            for (const auto& f : findings.all()) std::cerr << format_finding(f) << "\n";
            if (!flag("quiet")) std::cout << "imported " << stored << " data points into " << path << "\n";
            return kExitOk;
        }
        if (args[0] == "alias" || args[0] == "unalias") return run_history_alias(args, path);
        if (args.size() > 2) return usage_error("history export takes at most one FILE.csv");
        if (!Poco::File(path).exists()) {
            std::cerr << "scorecard: " << path << ": no history store there\n";
            return kExitUsageOrIo;
        }
        HistoryStore store(path);
        if (args.size() == 1) {
            store.export_csv(std::cout);
            return kExitOk;
        }
        // Written aside and renamed, like every other output; never over the store, nor over a
        // file already there unless --force (a CSV carries no sign of who wrote it).
        RunFiles run;
        run.store = path;
        run.force = flag("force");
        check_output_path(args[1], OutputKind::Csv, run);
        Poco::Path target(args[1]);
        std::string dir = target.parent().toString();
        if (dir.empty()) dir = ".";
        TemporariesIn temporaries(dir);
        remove_stale_temporaries(dir);
        StagedFile file(dir, target.getFileName());
        {
            std::ofstream out(file.temp_path(), std::ios::binary);
            store.export_csv(out);
            out.flush();
            if (!out) throw std::runtime_error(args[1] + ": write failed");
        }
        file.commit();
        if (!flag("quiet")) std::cout << "wrote " << args[1] << "\n";
        return kExitOk;
    } catch (const HistoryError& e) {
        std::cerr << "scorecard: " << e.what() << "\n";
    } catch (const UsageOrIoError& e) {
        std::cerr << "scorecard: " << e.what() << "\n";
    } catch (const std::exception& e) {
        std::cerr << "scorecard: " << e.what() << "\n";
    }
    return kExitUsageOrIo;
}

}  // namespace scorecard
