#include <Poco/File.h>

#include <future>
#include <memory>
#include <ostream>

#include "stages/export/pdf/pdf_writer.hpp"
#include "stages/export/xlsx/xlsx_writer.hpp"
#include "pipeline/history/history_store.hpp"
#include "output_files.hpp"
#include "pipeline_run.hpp"
#include "scorecard_version.hpp"

namespace scorecard {

std::string history_path_for(const BuildOptions& options) {
    if (!options.history_path.empty()) return options.history_path;
    const std::string& dir = options.output_directory;
    return dir.empty() || dir.back() == '/' ? dir + "history.sqlite" : dir + "/history.sqlite";
}

BuildReport build_one(const std::string& input, const BuildOptions& options, std::ostream& err) {
    BuildReport report;
    try {
        // An existing store gives the indicators their earlier data points before compute; a
        // missing one is created only once the build is known to succeed, so rejected input
        // leaves no trace (not even an empty OUTDIR).
        const std::string history_path = options.use_history ? history_path_for(options) : "";
        auto stage = [&](const char* name) {
            if (options.on_stage) options.on_stage(name);
        };
        std::unique_ptr<HistoryStore> history;
        if (!history_path.empty() && Poco::File(history_path).exists())
            history = std::make_unique<HistoryStore>(history_path);
        std::unique_ptr<HistoryStore> snapshot;
        if (!options.history_read_path.empty() && options.use_history && Poco::File(options.history_read_path).exists())
            snapshot = std::make_unique<HistoryStore>(options.history_read_path);

        stage("checking");
        CheckedScorecard checked = read_and_check(input, options.check, snapshot ? snapshot.get() : history.get());
        print_findings(checked.findings, err, /*with_notes=*/false);
        report.indicators = checked.scorecard.indicator_count();
        report.errors = checked.findings.count(Severity::Error);
        report.warnings = checked.findings.count(Severity::Warning);
        if (checked.rejected) {
            report.exit_code = kExitRejected;
            report.message = input + ": rejected with " + std::to_string(report.errors) +
                             " error(s); nothing was written";
            return report;
        }
        prepare_output_directory(options.output_directory);
        const std::string stem = output_stem(input);
        ExportContext context;
        context.source_name = input;
        context.template_name = checked.layout.name + " (" + checked.layout.file + ")";
        context.version = SCORECARD_VERSION;
        context.created = creation_time();
        context.first_page = options.first_page;

        std::vector<StagedFile> files;
        files.emplace_back(options.output_directory, stem + ".xlsx");
        files.emplace_back(options.output_directory, stem + ".pdf");
        // The two writers read the same finished model and share nothing else, so they run
        // side by side: on a large table the build takes as long as the slower of the two.
        stage("writing Excel and PDF");
        std::future<void> workbook = std::async(std::launch::async, [&] {
            write_workbook(checked.scorecard, checked.findings, checked.layout, context, files[0].temp_path());
        });
        PdfSummary pdf;
        try {
            pdf = write_pdf(checked.scorecard, checked.layout, context, files[1].temp_path());
        } catch (...) {
            workbook.wait();  // never leave the workbook writer running on a model about to go
            throw;
        }
        workbook.get();  // rethrows the workbook writer's failure, if any
        report.pdf_pages = pdf.pages;

        // The store's transaction stays open until the files are in place: a build that fails
        // to write records nothing, and one that records nothing leaves no new files.
        stage("recording history");
        if (!history_path.empty() && !history) history = std::make_unique<HistoryStore>(history_path);
        if (history) report.history_rows = history->stage(checked.scorecard, input);
        commit_all(files);
        if (history) history->commit();
        for (const auto& f : files) report.written.push_back(f.final_path());
    } catch (const UsageOrIoError& e) {
        report.exit_code = kExitUsageOrIo;
        report.message = e.what();
    } catch (const HistoryError& e) {
        report.exit_code = kExitUsageOrIo;
        report.message = e.what();
    } catch (const ExportError& e) {
        report.exit_code = kExitUsageOrIo;
        report.message = e.what();
    } catch (const std::exception& e) {
        report.exit_code = kExitUsageOrIo;
        report.message = e.what();
    }
    return report;
}

}  // namespace scorecard
