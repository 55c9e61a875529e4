// A table as read from delimited text or a workbook sheet, before any meaning is given to its
// cells.
#pragma once

#include <string>
#include <vector>

#include "stages/model/finding.hpp"
#include "ingest_limits.hpp"

namespace scorecard {

struct RawCell {
    std::string text;  // unquoted, untrimmed
    SourceLocation where;
};

struct RawRow {
    int line = 0;   // the line the row starts on (a workbook: the sheet's row)
    int sheet = 0;  // the workbook sheet it is from (see SourceLocation::sheet); 0 for text
    std::vector<RawCell> cells;

    bool is_blank() const;  // no cells, or every cell empty after trimming
    // The cell's text trimmed, or "" past the end of the row.
    std::string cell(std::size_t index) const;
    SourceLocation where(std::size_t index) const;  // location of a cell (or of the row's end)
};

// Frees a row's cells when the reader moves past it, so a large table's cells and the model
// read from them are not both held in full at once.
class RowRelease {
public:
    explicit RowRelease(RawRow& row) : row_(row) {}
    ~RowRelease() { std::vector<RawCell>().swap(row_.cells); }
    RowRelease(const RowRelease&) = delete;
    RowRelease& operator=(const RowRelease&) = delete;

private:
    RawRow& row_;
};

struct RawTable {
    char delimiter = '\t';
    // Read from a workbook sheet: a row's cells run to its last filled (or formatted) one, and
    // the cells past them are empty cells, not missing ones as at the end of a short text line.
    bool grid = false;
    std::vector<RawRow> rows;
};

// Picks the delimiter (tab, comma or semicolon) by counting each outside quotes in the first
// lines. Returns 0 when none is found.
char detect_delimiter(const std::string& text);

// Reads RFC 4180 delimited text: quoted cells, doubled quotes, line breaks inside quotes, CRLF
// or LF. Errors (an unterminated quote, a line or cell past the limits) go into `findings`;
// returns false then.
bool read_delimited(const std::string& text, char delimiter, const IngestLimits& limits, RawTable* table,
                    Findings& findings);

const char* delimiter_name(char delimiter);

}  // namespace scorecard
