// The workbook, sheet by sheet. Each sheet lives in a file of its own (scorecard_sheet,
// data_sheet, findings_sheet, about_sheet); this file opens the workbook, hands every sheet
// the same formats and measures, and closes it, turning any failure into an ExportError.
#include "xlsx_writer.hpp"

#include <xlsxwriter.h>

#include "about_sheet.hpp"
#include "data_sheet.hpp"
#include "default_font.hpp"
#include "findings_sheet.hpp"
#include "properties.hpp"
#include "scorecard_sheet.hpp"
#include "workbook_parts.hpp"

namespace scorecard {

namespace xlsx {

lxw_worksheet* WorkbookParts::add_sheet(const char* name) const {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, name);
    if (!sheet) throw ExportError(std::string("Excel export: cannot add the sheet ") + name);
    return sheet;
}

namespace {

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

}  // namespace

}  // namespace xlsx

void write_workbook(const Scorecard& scorecard, const Findings& findings, const OutputTemplate& layout,
                    const ExportContext& context, const std::string& path) {
    using namespace xlsx;
    const TextMeasure measure = TextMeasure::for_template(layout);
    const Palette palette(layout);

    lxw_workbook_options options{};
    OpenWorkbook workbook(path, options);
    set_normal_font(workbook.get(), measure.workbook_font_name());
    FormatCache formats(workbook.get(), measure.workbook_font_name());
    const WorkbookParts parts{workbook.get(), formats, measure, palette, scorecard, findings, layout, context};

    set_document_properties(parts);
    add_scorecard_sheet(parts);
    add_data_sheet(parts);
    add_findings_sheet(parts);
    add_about_sheet(parts, {
                               {kScorecardSheet, "The scorecard as the committee sees it, laid out for printing"},
                               {kDataSheet, "One row per indicator in an Excel table, for filtering, sorting and pivots"},
                               {kFindingsSheet, "What the checks found in the input, and what was repaired"},
                               {kAboutSheet, "This sheet: where the workbook came from, the RAG key and abbreviations"},
                           });

    const lxw_error closed = workbook.close();
    if (closed != LXW_NO_ERROR)
        throw ExportError("Excel export: cannot write " + path + ": " + lxw_strerror(closed));
}

}  // namespace scorecard
