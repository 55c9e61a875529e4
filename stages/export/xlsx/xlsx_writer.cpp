// The workbook, sheet by sheet. Each sheet lives in a file of its own (scorecard_sheet,
// data_sheet, trend_sheet, findings_sheet, about_sheet); this file opens the workbook, hands
// every sheet the same formats and measures, closes it, adds the sparklines libxlsxwriter
// cannot write (and, for a large workbook, the rows and tables it did not write), and turns
// any failure into an ExportError.
#include "xlsx_writer.hpp"

#include <xlsxwriter.h>

#include <cstdio>

#include "about_sheet.hpp"
#include "cover_sheet.hpp"
#include "data_sheet.hpp"
#include "stages/export/common/cell_content.hpp"
#include "stages/export/xlsx/fast_path/default_font.hpp"
#include "findings_sheet.hpp"
#include "properties.hpp"
#include "row_limit_findings.hpp"
#include "scorecard_sheet.hpp"
#include "sheet_writer.hpp"
#include "sparklines.hpp"
#include "summary_sheet.hpp"
#include "table_parts.hpp"
#include "trend_sheet.hpp"
#include "workbook_parts.hpp"
#include "zip_rewrite.hpp"

namespace scorecard {

namespace xlsx {

lxw_worksheet* WorkbookParts::add_sheet(const char* name) const {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, name);
    if (!sheet) throw ExportError(std::string("Excel export: cannot add the sheet ") + name);
    ledger.sheets.push_back(name);
    return sheet;
}

void WorkbookParts::add_table(lxw_worksheet* sheet, const char* sheet_name, const TableSpec& table,
                              const CellStyle& header_style) const {
    if (!constant_memory) {
        xlsx::add_table(sheet, sheet_name, table, static_cast<std::uint16_t>(table.headers.size()), formats, header_style);
        return;
    }
    // The sheet added last is the one being written.
    ledger.tables.push_back({ledger.last_sheet_part(), table});
}

void WorkbookParts::note_cut_rows(const char* sheet_name, const SheetPlan& plan) const {
    for (const auto& row : plan.rows_over_limit) ledger.cut_rows.push_back({sheet_name, row});
}

namespace {

// The rows of a large workbook are deflated at zlib's level 2: for sheet XML it is as fast as
// level 1 and a little smaller; the default level (6) takes three times as long for a file
// some 20% smaller.
constexpr int kRowsLevel = 2;

}  // namespace

void WorkbookParts::write_rows(lxw_worksheet* sheet, const char* sheet_name, const RowSource& source,
                               const SheetPlan& plan) const {
    note_cut_rows(sheet_name, plan);
    if (!constant_memory || !fast_path) {
        write_sheet(sheet, sheet_name, source, plan, formats, nullptr, constant_memory);
        return;
    }
    auto rows = std::make_unique<StreamedSheet>(kRowsLevel);
    write_sheet(sheet, sheet_name, source, plan, formats, rows.get(), true);
    ledger.rows.push_back({ledger.last_sheet_part(), std::move(rows)});
}

namespace {

// The part libxlsxwriter writes a sheet as: sheet N is the Nth added.
std::string sheet_part(const WorkbookLedger& ledger, const std::string& name) {
    for (std::size_t i = 0; i < ledger.sheets.size(); ++i)
        if (ledger.sheets[i] == name) return "xl/worksheets/sheet" + std::to_string(i + 1) + ".xml";
    throw ExportError("Excel export: the workbook has no sheet " + name);
}

// Frees a workbook that was never closed (a sheet writer threw), so nothing leaks and no
// partial file is written: libxlsxwriter writes the file only in workbook_close.
class OpenWorkbook {
public:
    OpenWorkbook(const std::string& path, const lxw_workbook_options& options)
        : workbook_(workbook_new_opt(path.c_str(), const_cast<lxw_workbook_options*>(&options))) {
        if (!workbook_) throw ExportError("Excel export: cannot start a workbook for " + path);
    }
    ~OpenWorkbook() {
        if (workbook_) lxw_workbook_free(workbook_);
    }
    OpenWorkbook(const OpenWorkbook&) = delete;
    OpenWorkbook& operator=(const OpenWorkbook&) = delete;
    lxw_workbook* get() const { return workbook_; }
    // workbook_close writes the file and frees the workbook, whether or not it succeeds.
    lxw_error close() {
        lxw_workbook* w = workbook_;
        workbook_ = nullptr;
        return workbook_close(w);
    }

private:
    lxw_workbook* workbook_;
};

// A file that is removed when the writer leaves, however it leaves.
class ScratchFile {
public:
    explicit ScratchFile(std::string path) : path_(std::move(path)) {}
    ~ScratchFile() {
        if (!path_.empty()) std::remove(path_.c_str());
    }
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;
    const std::string& path() const { return path_; }
    void keep() { path_.clear(); }

private:
    std::string path_;
};

}  // namespace

}  // namespace xlsx

std::vector<Finding> write_workbook(const Scorecard& scorecard, const Findings& findings, const OutputTemplate& layout,
                                    const ExportContext& context, const std::string& path) {
    return write_workbook(scorecard, findings, layout, context, path, WorkbookOptions{});
}

std::vector<Finding> write_workbook(const Scorecard& scorecard, const Findings& findings,
                                    const OutputTemplate& given_layout, const ExportContext& context,
                                    const std::string& path, const WorkbookOptions& workbook_options) {
    using namespace xlsx;
    const OutputTemplate layout = layout_for(scorecard, given_layout);  // optional columns with data only
    const CellMeasure measure = CellMeasure::for_template(layout);
    const Palette palette(layout);
    constexpr double kReadingFontSize = 10;
    const Palette reading_palette(layout, kReadingFontSize);
    const bool charts = draws_trend_charts(layout);
    const bool streaming = scorecard.indicator_count() > workbook_options.constant_memory_above;

    // libxlsxwriter's file is a first draft beside the real one, which is made from it with what
    // libxlsxwriter cannot write added: scorecard named as the application that wrote it, and
    // sparklines and the tables constant_memory mode cannot write. The draft's unchanged parts
    // are copied still compressed, so this costs little.
    ScratchFile draft(path + ".draft");
    const std::string& written = draft.path();

    lxw_workbook_options options{};
    options.constant_memory = streaming ? LXW_TRUE : LXW_FALSE;
    OpenWorkbook workbook(written, options);
    if (workbook_options.fast_path) set_normal_font(workbook.get(), measure.workbook_font_name());
    FormatCache formats(workbook.get(), measure.workbook_font_name());
    WorkbookLedger ledger;
    const WorkbookParts parts{workbook.get(), formats, measure, palette,  reading_palette, scorecard,
                              findings,       layout,  context, ledger, streaming, workbook_options.fast_path};

    set_document_properties(parts);
    std::vector<SheetDescription> sheets{
        {kSummarySheet, "What changed since the period before: ratings then and now, rating changes, largest "
                        "improvements and declines, new, dropped and renamed indicators, corrections"},
        {kScorecardSheet, "The print layout: the scorecard as the committee papers show it, with merged cells"},
        {kDataSheet, "One row per indicator in an Excel table, for filtering, sorting and pivots"},
    };
    if (charts) sheets.push_back({kTrendSheet, "The data points each trend chart draws, oldest first"});
    sheets.push_back({kFindingsSheet, "What the checks found in the input, and what was repaired"});
    sheets.push_back({kAboutSheet, "How this edition was made: source, template, version, time, checks"});
    add_cover_sheet(parts, sheets);
    add_summary_sheet(parts);
    std::vector<Finding> own_findings;
    const ScorecardRows scorecard_rows = add_scorecard_sheet(parts, own_findings);
    add_data_sheet(parts);
    std::vector<TrendChart> sparklines;
    if (charts) sparklines = add_trend_sheet(parts, scorecard_rows);
    add_cut_row_findings(ledger, 0, scorecard, own_findings);
    // The PDF's findings and the workbook's own join the input's; the sheets written from
    // here on list them all.
    Findings merged;
    const bool more = static_cast<bool>(workbook_options.later_findings) || !own_findings.empty();
    if (more) {
        merged = findings;
        if (workbook_options.later_findings)
            for (Finding& f : workbook_options.later_findings()) merged.all().push_back(std::move(f));
        for (const Finding& f : own_findings) merged.all().push_back(f);
        merged.sort_by_location();
    }
    const WorkbookParts final_parts{parts.workbook,  parts.formats, parts.measure, parts.palette,
                                    parts.reading_palette, parts.scorecard, more ? merged : findings,
                                    parts.layout,    parts.context, parts.ledger,  parts.constant_memory,
                                    parts.fast_path};
    const std::size_t cut_before_findings = ledger.cut_rows.size();
    add_findings_sheet(final_parts);
    add_about_sheet(final_parts);
    // Rows these two sheets cut are told on standard error and the web page; the Findings
    // sheet is written by then.
    add_cut_row_findings(ledger, cut_before_findings, scorecard, own_findings);

    // libxlsxwriter writes each sheet's last row as it closes the workbook; so do the
    // streamed sheets, first, so their cells' styles are numbered in the same order.
    for (const StreamedPart& streamed : ledger.rows) streamed.rows->finish();
    const lxw_error closed = workbook.close();
    if (closed != LXW_NO_ERROR)
        throw ExportError("Excel export: cannot write " + written + ": " + lxw_strerror(closed));
    ScratchFile result(path);  // removed again if the rewrite fails half-way
    std::vector<TailEdit> edits;
    const std::string application = application_name(context.version);
    edits.push_back({kAppPropertiesPart, [&](const std::string& tail) { return with_application(tail, application); }});
    std::vector<NewEntry> additions;
    add_table_parts(ledger.tables, zip_entries(written), edits, additions);
    const std::string extension = sparkline_extension(sparklines, kTrendSheet, layout);
    if (!extension.empty())
        edits.push_back({sheet_part(ledger, kScorecardSheet), [&](const std::string& tail) { return add_extension_to_sheet_tail(tail, extension); }});
    std::vector<RowsSplice> splices;
    for (const StreamedPart& streamed : ledger.rows)
        splices.push_back({streamed.sheet_part, streamed.rows->dimension(), &streamed.rows->xml()});
    rewrite_zip(written, path, edits, additions, splices);
    result.keep();
    return own_findings;
}

}  // namespace scorecard
