// Rewrites a finished .xlsx with some parts changed, for what libxlsxwriter 1.1.4 cannot write
// itself (sparklines, which it never had).
//
// minizip, not Poco::Zip: Poco's ZipManipulator adds folder entries and header flags that
// Office applications dislike. Here every entry is copied in its original order with its
// original date and attributes; unchanged entries are copied still compressed (no inflate and
// deflate, so their bytes are identical), and a changed part is streamed through inflate and
// deflate, with only its tail held in memory, so a sheet of 100,000 rows costs no more than a
// few kilobytes to edit.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace scorecard::xlsx {

struct TailEdit {
    std::string part;  // "xl/worksheets/sheet1.xml"
    // Given the end of the part (at least its last 64 KiB, or all of it when shorter), returns
    // what should replace it. The closing tags are always inside that tail.
    std::function<std::string(const std::string& tail)> edit;
};

// Copies the zip at `from` to `to` with the edits applied. Throws ExportError, naming the part,
// when a zip cannot be read or written or an edited part is not in the zip.
void rewrite_zip(const std::string& from, const std::string& to, const std::vector<TailEdit>& edits);

}  // namespace scorecard::xlsx
