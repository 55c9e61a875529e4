// Streams one worksheet of an .xlsx (xl/worksheets/sheetN.xml) into a SheetGrid: every cell
// as the text it shows (numbers through their style's number format, shared and inline
// strings, rich text, booleans, formulas by their saved result), hidden rows and columns,
// merged ranges. Error values and formulas with no saved result become cell problems.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "sheet_grid.hpp"
#include "xlsx_shared_strings.hpp"
#include "xlsx_styles.hpp"
#include "zip_archive.hpp"

namespace scorecard {

struct XlsxSheetContext {
    const XlsxStyles* styles = nullptr;
    SharedStringsReading* shared_strings = nullptr;
    DateSystem dates = DateSystem::Excel1900;
};

// `keep_reading` is asked after each row with text, once the shared strings are read (before,
// there is no telling what the rows say); when it says false, reading stops (the sheet is not
// the table). Returns false when reading stopped so. Cells of shared strings not yet read are
// given their text by the end.
bool read_xlsx_sheet(ZipArchive& archive, const std::string& part, const XlsxSheetContext& context, SheetGrid& grid,
                     const std::function<bool(const SheetGrid&)>& keep_reading);

// "C7" -> column 3, row 7. False for text that is no cell reference.
bool parse_cell_reference(const char* text, int* column, int* row);

}  // namespace scorecard
