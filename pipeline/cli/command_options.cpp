#include "command_options.hpp"

namespace scorecard {

const std::vector<CommandOption>& command_options() {
    static const std::vector<CommandOption> options = {
        {"output", "o", "OUTDIR", "build: the folder the documents are written to; pack: the pack's PDF",
         InBatch::EachChild, kBuild | kHistoryImport | kHistoryExport | kHistoryAlias | kPack},
        {"template", "t", "TEMPLATE",
         "the output template: a name in the template folder (flat-2022-23, sectioned-2019-20) or a .json path; "
         "default: the one matching the input's layout",
         InBatch::EachChild, kBuild | kValidate | kPack},
        {"publish", "", "POLICY",
         "what the documents print for trend, direction and RAG: computed (what the rules derive, each correction "
         "marked and listed) or stated (the table's values as they are, differences only reported); default: the "
         "template's \"publish\", else computed",
         InBatch::EachChild, kBuild | kValidate | kPack},
        {"strict", "", "", "treat warnings (repairs, cross-check differences) as errors", InBatch::EachChild,
         kBuild | kValidate | kPack},
        {"formats", "", "LIST",
         "build: which files to write, comma-separated: xlsx (the workbook), pdf (the committee paper), html "
         "(the accessible web page), csv (the workbook's Data table as STEM-data.csv, linked from the page); "
         "default xlsx,pdf,html,csv",
         InBatch::EachChild, kBuild},
        {"first-page", "", "N",
         "build, pack: the first page's number (a pack numbers on across its items); default 1",
         InBatch::EachChild, kBuild | kPack},
        {"title", "", "TEXT", "pack: the pack's document title (default: its first scorecard's)", InBatch::EachChild,
         kPack},
        {"start", "", "WHERE",
         "pack: where each item starts: right (default; a blank page fills the gap) or any", InBatch::EachChild,
         kPack},
        {"no-stamp", "", "", "pack: do not stamp the pack's page numbers on imported PDFs", InBatch::EachChild,
         kPack},
        {"keys", "", "", "templates: print every template key (type, default, allowed values) as a Markdown table",
         InBatch::EachChild, kTemplates},
        {"format", "", "FORMAT", "validate: text (default) or json (findings and the whole document model)",
         InBatch::EachChild, kValidate},
        {"period", "", "PERIOD", "the reporting period to show (e.g. \"FY2022/23 Q3\") when the table does not state it",
         InBatch::EachChild, kBuild | kValidate | kPack},
        {"sheet", "", "NAME",
         "a workbook input (.xlsx, .ods): the sheet to read; default: the first visible sheet whose header row "
         "matches a layout",
         InBatch::EachChild, kBuild | kValidate},
        {"national", "", "FILE",
         "national benchmarking data: a CSV of authority code, authority name, indicator id, period, value, or an "
         "Explore education statistics CSV as downloaded (with --national-map); give it once per file",
         InBatch::EachChild, kBuild | kValidate, true},
        {"national-map", "", "FILE",
         "which measure column (and filter values) of an Explore education statistics file is which indicator: "
         "JSON {\"ID\": {\"measure\": \"COLUMN\", \"filters\": {\"COLUMN\": \"VALUE\"}, \"unit\": \"percent\"}}",
         InBatch::EachChild, kBuild | kValidate},
        {"neighbours", "", "FILE",
         "statistical neighbours: a CSV of authority code and neighbour code, or one row per authority with its "
         "neighbours' codes in columns SN1..SN10",
         InBatch::EachChild, kBuild | kValidate},
        {"authority", "", "CODE",
         "this scorecard's authority code in the --national data (the new E06... code or the old three-digit one)",
         InBatch::EachChild, kBuild | kValidate},
        {"history", "", "PATH", "the indicator history database (default OUTDIR/history.sqlite)", InBatch::EachChild,
         kBuild | kValidate | kHistoryImport | kHistoryExport | kHistoryAlias},
        {"force", "", "",
         "build, history export: replace an existing file at an output path that scorecard did not write "
         "(never an input of the run or the history store)",
         InBatch::EachChild, kBuild | kHistoryExport | kPack},
        {"no-history", "", "", "build: do not read or record the history store", InBatch::EachChild, kBuild},
        // A batch gives every child a snapshot of the store taken before it starts.
        {"history-read", "", "PATH", "build: read earlier data points from this copy of the store (used by batch builds)",
         InBatch::BatchOwn, kBuild},
        // The batch runs the children; each child builds one input.
        {"jobs", "j", "N", "build: how many inputs to build at once (default: the number of cores)", InBatch::BatchOwn,
         kBuild},
        // Children always run quietly; the batch prints the summary.
        {"quiet", "q", "", "print no progress, only findings and the summary", InBatch::BatchOwn,
         kBuild | kHistoryImport | kHistoryExport | kHistoryAlias | kPack},
    };
    return options;
}

unsigned used_by_bit(const std::string& command) {
    if (command == "build") return kBuild;
    if (command == "validate") return kValidate;
    if (command == "history import") return kHistoryImport;
    if (command == "history export") return kHistoryExport;
    if (command == "history alias" || command == "history unalias") return kHistoryAlias;
    if (command == "pack") return kPack;
    if (command == "templates") return kTemplates;
    return 0;
}

std::vector<std::string> batch_child_arguments(const std::vector<GivenOption>& given) {
    std::vector<std::string> args;
    for (const auto& [name, value] : given) {
        for (const auto& option : command_options()) {
            if (name != option.name || option.in_batch != InBatch::EachChild) continue;
            args.push_back("--" + name);
            if (*option.argument) args.push_back(value);
        }
    }
    return args;
}

// A line starting with spaces continues the one before it.
const char* const kUsageLines[] = {
    "build INPUT... -o OUTDIR [-t TEMPLATE] [--formats xlsx,pdf,html,csv] [--strict] [--first-page N]",
    "    [--period TEXT]",
    "    [--publish computed|stated] [--history PATH | --no-history]",
    "    [--national FILE... [--national-map FILE] [--neighbours FILE] [--authority CODE]]",
    "    [--sheet NAME] [-j N] [--quiet] [--force]",
    "validate INPUT [--format text|json] [--publish computed|stated] [--strict] [--sheet NAME]",
    "    [--history PATH]",
    "pack ITEM... -o PACK.pdf [-t TEMPLATE] [--first-page N] [--title TEXT] [--start right|any]",
    "    [--no-stamp] [--period TEXT] [--publish computed|stated] [--strict] [--force]",
    "templates [--keys]",
    "history import FILE.csv --history PATH (or -o OUTDIR for OUTDIR/history.sqlite)",
    "history export [FILE.csv [--force]] --history PATH",
    "history alias OLD-ID NEW-ID --history PATH     (history unalias OLD-ID undoes it)",
    "--help | --version | --man-page",
    nullptr};

const char* const kSummary = "committee scorecards (Excel, PDF and web page) from a raw performance-indicator table";

const char* const kDescription =
    "Turns a council's raw performance-indicator table into the committee scorecard: an Excel workbook and a PDF "
    "in the committee-paper layout, and an accessible web page. It repairs what PDF extraction and hand-typing break (and says so), rejects "
    "what it cannot repair safely, and re-derives every trend and RAG rating from the figures. INPUT is the table "
    "as an Excel workbook (.xlsx), a LibreOffice spreadsheet (.ods), or tab-, comma- or semicolon-separated text; "
    "a folder stands for the tables in it.";

const std::vector<NamedText>& command_texts() {
    static const std::vector<NamedText> commands = {
        {"build", "read, check and rate INPUT(s); write OUTDIR/STEM.xlsx, .pdf, .html and STEM-data.csv"},
        {"validate", "read, check and rate INPUT; print the findings (and with --format json the whole model)"},
        {"pack", "put tables (each built as a scorecard) and PDFs into one agenda pack: right-hand starts, page "
                 "numbers running on, page labels, bookmarks"},
        {"templates", "list the templates -t can name and where they are; --keys: every key a template may hold"},
        {"history",
         "import past quarters from a CSV (indicator id, period, value), or export them; alias OLD-ID NEW-ID joins "
         "a renamed indicator's series to its new id (unalias OLD-ID undoes it)"},
    };
    return commands;
}

const char* const kExitStatus = "0 success (warnings allowed), 1 input rejected, 2 usage or I/O error.";

const char* const kFindingsForm =
    "Findings are printed to standard error as FILE:LINE:COL: error|warning|note: message (for a workbook, "
    "FILE:SHEET!CELL).";

const std::vector<NamedText>& environment_texts() {
    static const std::vector<NamedText> variables = {
        {"SCORECARD_TEMPLATES", "the folder -t names are looked up in (default: the templates installed with scorecard)"},
        {"SOURCE_DATE_EPOCH",
         "the creation time written into both documents, for byte-identical rebuilds: whole seconds since 1970, "
         "at most 253402300799 (the end of 9999)"},
        {"SCORECARD_HISTORY_WAIT",
         "seconds to wait for another build holding the history store: 0 to 86400 (default 30)"},
    };
    return variables;
}

}  // namespace scorecard
