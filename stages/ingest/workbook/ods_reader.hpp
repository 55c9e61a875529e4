// Reads the sheets of an OpenDocument spreadsheet (.ods, LibreOffice Calc), streaming
// content.xml. A cell's text is the text LibreOffice saved beside its value (text:p), which
// is the value in its number format as the owner saw it; a cell saved without that text
// shows its value in the general format. Hidden sheets, rows and columns, repeated rows and
// cells, and merged (spanned) cells are read as an .xlsx's are (see sheet_grid.hpp).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "sheet_grid.hpp"
#include "zip_archive.hpp"

namespace scorecard {

struct OdsSheetChoice {
    // Asked for each sheet as it starts: read it or skip it.
    std::function<bool(const std::string& name, bool hidden)> wanted;
    // Asked after each row with text of a sheet being read: false gives up on that sheet.
    std::function<bool(const SheetGrid&)> keep_reading;
    // A sheet was read to its end; true stops (it is the table), false goes on to the next.
    std::function<bool(SheetGrid& grid, const std::string& name)> finished;
};

struct OdsSheetInfo {
    std::string name;
    bool hidden = false;
};

// Throws WorkbookError (an encrypted or damaged file, a limit). Returns every sheet seen, in
// order (all of them unless `finished` stopped the reading).
std::vector<OdsSheetInfo> read_ods_sheets(ZipArchive& archive, const IngestLimits& limits, const OdsSheetChoice& choice);

}  // namespace scorecard
