// What every sheet writer is handed: the open workbook, the shared formats and measures, and
// the run's model, findings, template and context.
#pragma once

#include <memory>
#include <string>

#include <xlsxwriter.h>

#include "stages/model/finding.hpp"
#include "stages/model/scorecard.hpp"
#include "stages/templates/output_template.hpp"
#include "stages/export/common/export_context.hpp"
#include "cell_style.hpp"
#include "palette.hpp"
#include "sheet_rows.hpp"
#include "sheet_sizer.hpp"
#include "stages/export/xlsx/fast_path/streamed_sheet.hpp"
#include "table_parts.hpp"
#include "cell_measure.hpp"

namespace scorecard::xlsx {

// Sheet names say what they hold (the accessibility checklist asks for it).
inline const char* const kScorecardSheet = "Scorecard";
inline const char* const kDataSheet = "Data";
inline const char* const kFindingsSheet = "Findings";
inline const char* const kAboutSheet = "About";

// A sheet's rows written beside libxlsxwriter (constant_memory mode, streamed_sheet.hpp).
struct StreamedPart {
    std::string sheet_part;  // "xl/worksheets/sheet2.xml"
    std::unique_ptr<StreamedSheet> rows;
};

// What the sheets leave for after libxlsxwriter has written the file.
struct WorkbookLedger {
    std::vector<std::string> sheets;   // in the order added: sheet N is xl/worksheets/sheetN.xml
    std::vector<PendingTable> tables;  // constant_memory mode: tables to add afterwards
    std::vector<StreamedPart> rows;    // constant_memory mode: every sheet's rows, in sheet order
    // Rows set to Excel's height limit, too short for their text (sheet_sizer.hpp), by sheet.
    struct CutRow {
        std::string sheet;
        SheetPlan::RowOverLimit row;
    };
    std::vector<CutRow> cut_rows;

    // The part of the sheet added last (libxlsxwriter names it by its position).
    std::string last_sheet_part() const { return "xl/worksheets/sheet" + std::to_string(sheets.size()) + ".xml"; }
};

struct WorkbookParts {
    lxw_workbook* workbook;
    FormatCache& formats;
    const CellMeasure& measure;
    const Palette& palette;          // the committee layout's looks (Scorecard sheet)
    const Palette& reading_palette;  // the looks of the sheets read on screen (10 pt or more)
    const Scorecard& scorecard;
    const Findings& findings;
    const OutputTemplate& layout;
    const ExportContext& context;
    WorkbookLedger& ledger;
    bool constant_memory = false;  // large inputs: rows streamed to disk (see table_parts.hpp)
    bool fast_path = true;         // WorkbookOptions::fast_path

    std::string title() const { return layout.document_title(scorecard.period, context.first_page); }
    PlaceholderValues placeholders() const { return layout.placeholder_values(scorecard.period, context.first_page); }
    lxw_worksheet* add_sheet(const char* name) const;
    // Sets the column widths and writes the rows of the sheet added last: into the worksheet,
    // or in constant_memory mode beside it, to be put into its part after (streamed_sheet.hpp).
    // Also notes the rows the plan had to cut (note_cut_rows).
    void write_rows(lxw_worksheet* sheet, const char* sheet_name, const RowSource& source, const SheetPlan& plan) const;
    void note_cut_rows(const char* sheet_name, const SheetPlan& plan) const;
    // Lays a table over rows already written to the sheet added last: at once, or in
    // constant_memory mode after the file is written (table_parts.hpp).
    void add_table(lxw_worksheet* sheet, const char* sheet_name, const TableSpec& table,
                   const CellStyle& header_style) const;
};

}  // namespace scorecard::xlsx
