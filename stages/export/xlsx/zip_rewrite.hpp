// Rewrites a finished .xlsx with some parts changed or added, for what libxlsxwriter 1.1.4
// cannot write itself: sparklines, which it never had, and tables in constant_memory mode.
//
// minizip, not Poco::Zip: Poco's ZipManipulator adds folder entries and header flags that
// Office applications dislike. Here every entry is copied in its original order with its
// original date and attributes; unchanged entries are copied still compressed (no inflate and
// deflate, so their bytes are identical), and a changed part is streamed through inflate and
// deflate, with only its tail held in memory. The rows of a large sheet are not in
// libxlsxwriter's file at all: they are spliced into the sheet still compressed (RowsSplice).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "stages/export/xlsx/fast_path/deflated_xml.hpp"

namespace scorecard::xlsx {

struct TailEdit {
    std::string part;  // "xl/worksheets/sheet1.xml"
    // Given the end of the part (at least its last 64 KiB, or all of it when shorter), returns
    // what should replace it. The closing tags are always inside that tail. Several edits of
    // one part apply in the order given, each to what the one before returned.
    std::function<std::string(const std::string& tail)> edit;
};

// A part to add, after all the existing ones.
struct NewEntry {
    std::string part;  // "xl/tables/table1.xml"
    std::string content;
};

// A sheet whose rows were written beside libxlsxwriter (streamed_sheet.hpp). libxlsxwriter's
// part is the frame: everything but the rows, around an empty <sheetData/>. The rows go in its
// place still deflated, between the frame's two halves deflated apart (deflated_xml.hpp), so
// the rows are never inflated or deflated again; the part's tail edits apply to the second
// half.
struct RowsSplice {
    std::string part;       // "xl/worksheets/sheet2.xml"
    std::string dimension;  // replaces the frame's <dimension ref>, which counted no cells
    const DeflatedXml* rows;  // the <sheetData> element and the <mergeCells> after it
};

// Copies the zip at `from` to `to` with the edits applied, the rows spliced in and the new
// entries added. Throws ExportError, naming the part, when a zip cannot be read or written, an
// edited or spliced part is not in the zip (or is not a frame), or a new one already is.
void rewrite_zip(const std::string& from, const std::string& to, const std::vector<TailEdit>& edits,
                 const std::vector<NewEntry>& additions = {}, const std::vector<RowsSplice>& splices = {});

// The names of a zip's entries, in their stored order.
std::vector<std::string> zip_entries(const std::string& path);

}  // namespace scorecard::xlsx
