// Runs the stages in order: ingest, validate, compute, and (for a build) export. Thin on
// purpose: it holds no parsing or formatting of its own, only the order of the stages, the
// choice of template, atomic output and the mapping of failures to exit codes.
#pragma once

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "stages/model/finding.hpp"
#include "stages/model/scorecard.hpp"
#include "stages/templates/output_template.hpp"

namespace scorecard {

enum ExitCode { kExitOk = 0, kExitRejected = 1, kExitUsageOrIo = 2 };

struct CheckOptions {
    bool strict = false;            // --strict: warnings become errors
    std::string template_name;      // -t: a name in output_templates/ or a path; empty: by layout
    std::string period;             // --period: overrides the reporting period
    std::vector<std::string> national_files;  // --national (repeatable): national benchmarking data
    std::string national_map;       // --national-map: which EES measure is which indicator
    std::string neighbours_file;    // --neighbours: statistical neighbours
    std::string authority;          // --authority: this scorecard's authority code in the national data
    std::string publish;            // --publish: "computed" or "stated"; empty: the template's choice
    std::string sheet;              // --sheet: the workbook sheet to read; empty: the first with a header
};

struct CheckedScorecard {
    Scorecard scorecard;
    Findings findings;
    OutputTemplate layout;
    bool rejected = false;  // an error finding: nothing may be written
};

// A problem that is not the table's fault: a file that cannot be read or written, a bad
// template. Exit code 2.
class UsageOrIoError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class HistoryStore;

// Ingest, validate and compute. With a history store, each indicator's earlier data points are
// loaded before compute. Throws UsageOrIoError; table problems are findings.
CheckedScorecard read_and_check(const std::string& input, const CheckOptions& options,
                                HistoryStore* history = nullptr);

// Whether the template's page holds the table readably (stages/export/pdf/page_fit.hpp): a
// template that would cut every cell, or whose title, headings or footer cannot fit, is
// refused with its key named. Throws UsageOrIoError. Needs the PDF writer, so it is not part
// of read_and_check; `build` and `validate` call it once the table is read. The footer is
// measured with page numbers from `first_page`.
void check_template_fits(const CheckedScorecard& checked, long long first_page = 1);

// Which files a build writes (--formats): any of the four, at least one. csv is the workbook's
// Data table as STEM-data.csv, which the web page links to; it is written by default, beside
// the page, and on its own only when asked for.
struct OutputFormats {
    bool xlsx = true;
    bool pdf = true;
    bool html = true;
    bool csv = true;
};

// The default of --formats: every file.
constexpr const char* kDefaultFormats = "xlsx,pdf,html,csv";

// Reads --formats: a comma-separated list of xlsx, pdf, html and csv (each at most once).
// Returns false with *problem set for anything else.
bool parse_output_formats(const std::string& text, OutputFormats* out, std::string* problem);

// The CSV's file name: "STEM-data.csv". It says what the file holds (the Data table, not the
// scorecard's layout), sorts beside the other outputs, and cannot be another input's output:
// those end in .xlsx, .pdf and .html.
std::string data_csv_name(const std::string& stem);

struct BuildOptions {
    CheckOptions check;
    OutputFormats formats;  // --formats
    std::string output_directory;
    int first_page = 1;
    std::string history_path;  // --history; empty: OUTDIR/history.sqlite
    bool use_history = true;   // --no-history turns it off
    // A batch reads earlier data points from a snapshot of the store taken before it started,
    // so every input sees the same history whatever order the workers finish in.
    std::string history_read_path;
    // --force: replace an existing file at an output path that scorecard did not write
    // (never an input of the run or the history store; output_guard.hpp).
    bool force = false;
    // Called as each stage starts ("checking", "writing Excel", "writing PDF"), for progress.
    std::function<void(const std::string& stage)> on_stage;
};

struct BuildReport {
    int exit_code = kExitOk;
    std::vector<std::string> written;  // final paths of the files written
    std::size_t indicators = 0;
    std::size_t errors = 0, warnings = 0;
    int pdf_pages = 0;
    std::size_t history_rows = 0;  // data points recorded in the history store
    std::string message;  // for exit code 2: what went wrong
};

// --history, or OUTDIR/history.sqlite.
std::string history_path_for(const BuildOptions& options);

// The whole build for one input. Findings are printed to `err` as FILE:LINE:COL lines.
BuildReport build_one(const std::string& input, const BuildOptions& options, std::ostream& err);

// Prints findings, one per line, in the compiler form. Notes (how the input was read) are for
// `validate`; a build prints only what needs an officer's attention.
void print_findings(const Findings& findings, std::ostream& out, bool with_notes = true);

}  // namespace scorecard
