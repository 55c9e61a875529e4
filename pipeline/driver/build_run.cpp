#include <Poco/File.h>
#include <Poco/Path.h>

#include <future>
#include <memory>
#include <ostream>

#include "interrupts.hpp"
#include "stages/export/pdf/page_fit.hpp"
#include "stages/export/pdf/layout_checks.hpp"
#include "output_files.hpp"
#include "output_guard.hpp"
#include "pipeline/history/history_store.hpp"
#include "store_for_recording.hpp"
#include "pipeline_run.hpp"
#include "scorecard_version.hpp"
#include "stages/export/html/html_origin.hpp"
#include "stages/export/html/html_writer.hpp"
#include "stages/export/pdf/pdf_writer.hpp"
#include "stages/export/xlsx/data_csv.hpp"
#include "stages/export/xlsx/xlsx_writer.hpp"

namespace scorecard {

namespace {

std::string in_folder(const std::string& dir, const std::string& name) {
    return dir.empty() || dir.back() == '/' ? dir + name : dir + "/" + name;
}

// What a build reads and writes, for the checks that keep its outputs off the user's files.
// The template (and a rules file it names) are known once it is loaded.
RunFiles run_files(const std::string& input, const BuildOptions& options, const std::string& history_path,
                   const OutputTemplate* layout = nullptr) {
    RunFiles run;
    run.inputs.emplace_back(input, "the table");
    for (const auto& national : options.check.national_files) run.inputs.emplace_back(national, "the national data");
    run.inputs.emplace_back(options.check.national_map, "the national measure map");
    run.inputs.emplace_back(options.check.neighbours_file, "the neighbours file");
    if (layout) {
        run.inputs.emplace_back(layout->file, "the template");
        if (layout->rules.source != layout->file && Poco::File(layout->rules.source).exists())
            run.inputs.emplace_back(layout->rules.source, "the rules file");
    }
    run.store = history_path;
    run.force = options.force;
    return run;
}

std::uintmax_t file_size(const std::string& path) { return static_cast<std::uintmax_t>(Poco::File(path).getSize()); }

}  // namespace

std::string data_csv_name(const std::string& stem) { return stem + "-data.csv"; }

bool parse_output_formats(const std::string& text, OutputFormats* out, std::string* problem) {
    OutputFormats formats{false, false, false, false};
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = text.find(',', start);
        const std::string name = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        bool* chosen = name == "xlsx"   ? &formats.xlsx
                       : name == "pdf"  ? &formats.pdf
                       : name == "html" ? &formats.html
                       : name == "csv"  ? &formats.csv
                                        : nullptr;
        if (!chosen) {
            *problem = "--formats: \"" + name + "\" is not a format; give any of xlsx, pdf, html and csv, comma-separated";
            return false;
        }
        if (*chosen) {
            *problem = "--formats: " + name + " is given twice";
            return false;
        }
        *chosen = true;
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    *out = formats;
    return true;
}

std::string history_path_for(const BuildOptions& options) {
    if (!options.history_path.empty()) return options.history_path;
    return in_folder(options.output_directory, "history.sqlite");
}

void check_template_fits(const CheckedScorecard& checked, long long first_page) {
    try {
        pdf::check_page_fit(checked.layout, checked.layout.placeholder_values(checked.scorecard.period, first_page));
    } catch (const TemplateError& e) {
        throw UsageOrIoError(std::string("template: ") + e.what());
    } catch (const ExportError& e) {
        throw UsageOrIoError(std::string("template: ") + e.what());
    }
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
        const std::string& outdir = options.output_directory;
        const std::string stem = output_stem(input);
        const OutputFormats& formats = options.formats;
        const std::string workbook_path = in_folder(outdir, stem + ".xlsx"), pdf_path = in_folder(outdir, stem + ".pdf"),
                          html_path = in_folder(outdir, stem + ".html"), csv_name = data_csv_name(stem),
                          csv_path = in_folder(outdir, csv_name);
        // Every path a build of this input may write, whichever formats it was asked for: the
        // store must be none of them.
        check_store_path(run_files(input, options, history_path), {workbook_path, pdf_path, html_path, csv_path});
        std::unique_ptr<HistoryStore> history;
        if (!history_path.empty() && Poco::File(history_path).exists())
            history = std::make_unique<HistoryStore>(history_path);
        // A batch's child reads only the batch's snapshot, and nothing when there was no store.
        const bool read_snapshot_only = !options.history_read_path.empty();
        std::unique_ptr<HistoryStore> snapshot;
        if (!options.history_read_path.empty() && options.use_history && Poco::File(options.history_read_path).exists())
            snapshot = std::make_unique<HistoryStore>(options.history_read_path);
        if (snapshot) snapshot->name_in_messages(history_path);

        stage("checking");
        CheckedScorecard checked = read_and_check(input, options.check,
                                                  read_snapshot_only ? snapshot.get() : history.get());
        ExportContext context;
        // Published documents name files by their name only: a folder path would publish the
        // layout of the machine that built them. Messages on standard error keep the path typed.
        context.source_name = published_file_name(input);
        context.template_name = checked.layout.name + " (" + published_file_name(checked.layout.file) + ")";
        context.version = SCORECARD_VERSION;
        context.created = creation_time();
        context.first_page = options.first_page;
        // What the template does to this table (a figure broken mid-number, an item starting on
        // a left-hand page) is found before the documents are written, so the Findings sheet has it.
        if (!checked.rejected) pdf::check_layout(checked.scorecard, checked.layout, context, checked.findings);
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

        // Nothing is written over the user's files: checked before anything is written, and
        // again once no other build can put files into the folder.
        const RunFiles run = run_files(input, options, history_path, &checked.layout);
        auto check_outputs = [&] {
            check_store_path(run, {workbook_path, pdf_path, html_path, csv_path});
            if (formats.xlsx) check_output_path(workbook_path, OutputKind::Workbook, run);
            if (formats.pdf) check_output_path(pdf_path, OutputKind::Pdf, run);
            if (formats.html) check_output_path(html_path, OutputKind::Html, run);
            if (formats.csv) check_linked_output_path(csv_path, html_path, run);
        };
        check_outputs();
        if (formats.pdf) check_template_fits(checked, options.first_page);

        prepare_output_directory(outdir);
        TemporariesIn temporaries(outdir);  // removed if a signal stops the build
        remove_stale_temporaries(outdir);   // what a killed build left here
        std::vector<StagedFile> files;
        StagedFile* workbook_file = nullptr;
        StagedFile* pdf_file = nullptr;
        StagedFile* html_file = nullptr;
        StagedFile* csv_file = nullptr;
        files.reserve(4);
        if (formats.xlsx) workbook_file = &files.emplace_back(outdir, stem + ".xlsx");
        if (formats.pdf) pdf_file = &files.emplace_back(outdir, stem + ".pdf");
        if (formats.html) html_file = &files.emplace_back(outdir, stem + ".html");
        if (formats.csv) csv_file = &files.emplace_back(outdir, csv_name);
        // The workbook and PDF writers read the same finished model and share nothing else but
        // the PDF's findings (text it had to cut), which the workbook waits for just before its
        // Findings sheet: on a large table the build takes about as long as the slower of the
        // two. The CSV is written beside them (it takes a sixth of the workbook's time), and the
        // web page comes last: it states the other files' sizes, as written.
        stage("writing documents");
        std::promise<std::vector<Finding>> pdf_findings;
        std::shared_future<std::vector<Finding>> pdf_findings_ready = pdf_findings.get_future().share();
        bool pdf_findings_given = false;
        if (!pdf_file) {
            pdf_findings.set_value({});
            pdf_findings_given = true;
        }
        WorkbookOptions workbook_options;
        workbook_options.later_findings = [pdf_findings_ready] { return pdf_findings_ready.get(); };
        std::future<std::vector<Finding>> workbook;
        if (workbook_file)
            workbook = std::async(std::launch::async, [&] {
                return write_workbook(checked.scorecard, checked.findings, checked.layout, context,
                                      workbook_file->temp_path(), workbook_options);
            });
        std::future<void> csv;
        if (csv_file)
            csv = std::async(std::launch::async,
                             [&] { write_data_csv(checked.scorecard, checked.layout, csv_file->temp_path()); });
        PdfSummary pdf;
        try {
            if (pdf_file)
                pdf = write_pdf(checked.scorecard, checked.layout, context, pdf_file->temp_path(),
                                [&](const std::vector<Finding>& findings) {
                                    pdf_findings.set_value(findings);
                                    pdf_findings_given = true;
                                });
        } catch (...) {
            // The workbook may be waiting for the PDF's findings: it gets the failure instead.
            if (!pdf_findings_given) pdf_findings.set_exception(std::current_exception());
            // Never leave a writer running on a model about to go.
            if (workbook.valid()) workbook.wait();
            if (csv.valid()) csv.wait();
            throw;
        }
        // What the workbook could not show whole (rethrows the workbook writer's failure, if any).
        const std::vector<Finding> workbook_findings = workbook.valid() ? workbook.get() : std::vector<Finding>{};
        if (csv.valid()) csv.get();
        if (html_file) {
            std::vector<Finding> all_findings = checked.findings.all();
            all_findings.insert(all_findings.end(), pdf.findings.begin(), pdf.findings.end());
            all_findings.insert(all_findings.end(), workbook_findings.begin(), workbook_findings.end());
            std::vector<HtmlDownload> downloads;
            if (workbook_file)
                downloads.push_back({stem + ".xlsx", "The scorecard as a workbook, with a Data table for filtering and sorting",
                                     "Excel workbook", file_size(workbook_file->temp_path()), ""});
            if (pdf_file)
                downloads.push_back({stem + ".pdf", "The scorecard in the committee-paper layout", "PDF document",
                                     file_size(pdf_file->temp_path()), ""});
            // The CSV carries no sign of its maker: the link's checksum lets the next build know it.
            if (csv_file)
                downloads.push_back({csv_name, "The Data table, one row per indicator, as comma-separated values",
                                     "CSV file", file_size(csv_file->temp_path()),
                                     html::file_checksum(csv_file->temp_path())});
            write_html(checked.scorecard, all_findings, checked.layout, context, html_file->temp_path(), downloads);
        }
        report.pdf_pages = pdf.pages;

        // What the PDF had to cut, and the workbook could not show whole, is shown like the
        // input's findings; under --strict it is an error, and nothing is written.
        Findings export_findings(input);
        for (const Finding& f : pdf.findings) export_findings.all().push_back(f);
        for (const Finding& f : workbook_findings) export_findings.all().push_back(f);
        if (options.check.strict) export_findings.escalate_warnings();
        print_findings(export_findings, err, /*with_notes=*/false);
        report.errors += export_findings.count(Severity::Error);
        report.warnings += export_findings.count(Severity::Warning);
        if (export_findings.has_errors()) {
            report.exit_code = kExitRejected;
            report.message = input + ": rejected with " + std::to_string(report.errors) +
                             " error(s) under --strict; nothing was written";
            return report;
        }

        // The commit, in an order where a failure at any step leaves the earlier outputs and the
        // store as they were: the folder's lock (one build at a time puts outputs here), the
        // store's write lock (waiting for its other users), then, with signals held off, the
        // history rows, the outputs renamed into place, and the store's commit last; if that
        // fails the earlier outputs are put back.
        stage("recording history");
        OutputFolderLock folder_lock(outdir);
        check_outputs();
        StoreForRecording store(history_path, history);
        {
            CommitSection section;
            if (store.store()) report.history_rows = store.store()->stage(checked.scorecard, input);
            commit_all(files, [&] { store.commit(); });
        }
        for (const auto& f : files) report.written.push_back(f.final_path());
    } catch (const std::exception& e) {
        // Rejected input returned above; what is left is usage or I/O (a template, the store,
        // a writer or the file system), each message naming its file.
        report.exit_code = kExitUsageOrIo;
        report.message = e.what();
    }
    return report;
}

}  // namespace scorecard
