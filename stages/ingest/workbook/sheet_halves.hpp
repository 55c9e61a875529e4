// A large worksheet read by two threads at once. expat reads sheet XML at some 80 MB a second,
// and a 100,000-row sheet is some 50 MB of it: read whole, the sheet would take longer than
// the same table as CSV does from start to end. Read in two halves, each thread takes half.
//
// How: this thread unpacks and parses the sheet from its start; a second unpacks it too,
// passes over the first half of its bytes (unpacking is quick beside parsing), and parses from
// the next row's start tag on, as if the sheet began there. This thread stops at that tag.
// Rows carry their numbers (r attributes), so the halves join into one grid. Whatever is out
// of the ordinary (a "<row" that was no row's start tag, rows without numbers, an error in
// either half) drops the halves, and the sheet is read whole, which also gives an error its
// proper place.
#pragma once

#include <functional>
#include <string>

#include "sheet_grid.hpp"
#include "xlsx_sheet_reader.hpp"
#include "zip_archive.hpp"

namespace scorecard {

// True when the sheet was read (or given up on: *gave_up) in halves into `grid`; false when
// it was not (too small or too large for it, no second thread, or the halves did not join),
// `grid` then being empty as it came.
bool read_sheet_in_halves(ZipArchive& archive, const std::string& part, const XlsxSheetContext& context,
                          SheetGrid& grid, const std::function<bool(const SheetGrid&)>& keep_reading, bool* gave_up);

}  // namespace scorecard
