// Reads the table of a workbook: an .xlsx (Excel 2007 and later, and what LibreOffice,
// openpyxl, XlsxWriter and scorecard itself write) or an .ods (LibreOffice Calc), told apart
// by content, not by name. Picks the sheet: the one --sheet names, or the first visible sheet
// whose header row matches a layout. Gives the layout readers the same raw table of text
// cells the delimited-text reader gives them, each cell located by sheet and cell.
//
// An .xls (the old binary format), an encrypted workbook and other files in a zip or an
// OLE2 container get an error that says what they are.
#pragma once

#include <string>

#include "stages/ingest/ingest_limits.hpp"
#include "stages/ingest/raw_table.hpp"
#include "stages/model/finding.hpp"

namespace scorecard {

enum class FileKind {
    Text,  // anything else: read as delimited text
    Zip,   // "PK": an .xlsx, an .ods, or another zip
    Ole2   // D0 CF 11 E0: an .xls, an encrypted .xlsx, or another old Office file
};

FileKind sniff_file_kind(const std::string& bytes);

struct WorkbookTable {
    bool ok = false;     // false: an error finding says why
    RawTable table;      // the chosen sheet's rows (RawTable::grid)
    std::string format;  // "xlsx" or "ods"
    std::string sheet;   // the sheet read
};

// `wanted_sheet`: the sheet to read (--sheet), or "" for the first visible one with a header.
// Notes say which sheet was read and what was skipped (hidden rows and columns, other sheets);
// error values and formulas with no saved result in the table are errors, outside it warnings.
WorkbookTable read_workbook(const std::string& bytes, const std::string& wanted_sheet, const IngestLimits& limits,
                            Findings& findings);

}  // namespace scorecard
