// What every sheet writer is handed: the open workbook, the shared formats and measures, and
// the run's model, findings, template and context.
#pragma once

#include <string>

#include <xlsxwriter.h>

#include "../../../pipeline/model/finding.hpp"
#include "../../../pipeline/model/scorecard.hpp"
#include "../../../pipeline/templates/output_template.hpp"
#include "../common/export_context.hpp"
#include "cell_style.hpp"
#include "palette.hpp"
#include "sheet_rows.hpp"
#include "table_parts.hpp"
#include "text_measure.hpp"

namespace scorecard::xlsx {

// Sheet names say what they hold (the accessibility checklist asks for it).
inline const char* const kScorecardSheet = "Scorecard";
inline const char* const kDataSheet = "Data";
inline const char* const kFindingsSheet = "Findings";
inline const char* const kAboutSheet = "About";

// What the sheets leave for after libxlsxwriter has written the file.
struct WorkbookLedger {
    std::vector<std::string> sheets;   // in the order added: sheet N is xl/worksheets/sheetN.xml
    std::vector<PendingTable> tables;  // constant_memory mode: tables to add afterwards
};

struct WorkbookParts {
    lxw_workbook* workbook;
    FormatCache& formats;
    const TextMeasure& measure;
    const Palette& palette;          // the committee layout's looks (Scorecard sheet)
    const Palette& reading_palette;  // the looks of the sheets read on screen (10 pt or more)
    const Scorecard& scorecard;
    const Findings& findings;
    const OutputTemplate& layout;
    const ExportContext& context;
    WorkbookLedger& ledger;
    bool constant_memory = false;  // large inputs: rows streamed to disk (see table_parts.hpp)

    std::string title() const { return layout.document_title(scorecard.period); }
    lxw_worksheet* add_sheet(const char* name) const;
    // Lays a table over rows already written to the sheet added last: at once, or in
    // constant_memory mode after the file is written (table_parts.hpp).
    void add_table(lxw_worksheet* sheet, const char* sheet_name, const TableSpec& table,
                   const CellStyle& header_style) const;
};

}  // namespace scorecard::xlsx
