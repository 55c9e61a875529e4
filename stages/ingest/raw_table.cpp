#include "raw_table.hpp"

#include "stages/model/text_utils.hpp"

namespace scorecard {

bool RawRow::is_blank() const {
    for (const auto& c : cells)
        if (!trim(c.text).empty()) return false;
    return true;
}

std::string RawRow::cell(std::size_t index) const { return index < cells.size() ? trim(cells[index].text) : ""; }

SourceLocation RawRow::where(std::size_t index) const {
    if (index < cells.size()) return cells[index].where;
    SourceLocation w{line, 1, static_cast<int>(index + 1), sheet};
    if (sheet != 0) {
        // A sheet's cell past the row's last one: the column that many places on.
        w.column = cells.empty() ? static_cast<int>(index + 1)
                                 : cells.back().where.column + static_cast<int>(index + 1 - cells.size());
    } else if (!cells.empty()) {
        w.column = cells.back().where.column + static_cast<int>(utf8_length(cells.back().text)) + 1;
    }
    return w;
}

const char* delimiter_name(char delimiter) {
    switch (delimiter) {
        case '\t': return "tab";
        case ',': return "comma";
        case ';': return "semicolon";
        default: return "unknown";
    }
}

char detect_delimiter(const std::string& text) {
    std::size_t tabs = 0, commas = 0, semicolons = 0;
    int lines = 0;
    bool in_quotes = false;
    bool at_field_start = true;
    for (std::size_t i = 0; i < text.size() && lines < 50; ++i) {
        char c = text[i];
        if (in_quotes) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') ++i;
                else in_quotes = false;
            }
            continue;
        }
        if (c == '"' && at_field_start) {
            in_quotes = true;
            continue;
        }
        at_field_start = false;
        if (c == '\n') {
            ++lines;
            at_field_start = true;
        } else if (c == '\t') {
            ++tabs;
            at_field_start = true;
        } else if (c == ',') {
            ++commas;
            at_field_start = true;
        } else if (c == ';') {
            ++semicolons;
            at_field_start = true;
        }
    }
    // Tabs win ties: a tab-separated table often has commas inside its cells ("3,775"), while
    // a comma-separated one quotes any cell holding a tab.
    if (tabs > 0 && tabs >= commas / 4) return '\t';
    if (commas > 0 && commas >= semicolons) return ',';
    if (semicolons > 0) return ';';
    if (tabs > 0) return '\t';
    return 0;
}

bool read_delimited(const std::string& text, char delimiter, const IngestLimits& limits, RawTable* table,
                    Findings& findings) {
    table->delimiter = delimiter;
    table->rows.clear();
    int line = 1, column = 1;  // where the scan is now
    std::size_t line_start = 0;
    RawRow row;
    row.line = 1;
    RawCell cell;
    cell.where = {1, 1, 1};
    bool in_quotes = false;
    bool was_quoted = false;
    SourceLocation quote_opened;

    auto finish_cell = [&]() -> bool {
        if (row.cells.size() >= limits.max_columns) {
            findings.error("too-many-columns", cell.where,
                           "row has more than " + std::to_string(limits.max_columns) + " cells; the limit is " +
                               std::to_string(limits.max_columns));
            return false;
        }
        row.cells.push_back(std::move(cell));
        cell = RawCell();
        was_quoted = false;
        return true;
    };
    auto finish_row = [&]() -> bool {
        if (table->rows.size() >= limits.max_rows) {
            findings.error("too-many-rows", {row.line, 1, 1},
                           "the table has more than " + std::to_string(limits.max_rows) + " rows; the limit is " +
                               std::to_string(limits.max_rows));
            return false;
        }
        table->rows.push_back(std::move(row));
        row = RawRow();
        return true;
    };

    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (cell.text.size() > limits.max_cell_bytes) {
            findings.error("cell-too-long", cell.where,
                           "a cell is longer than " + std::to_string(limits.max_cell_bytes / 1024) +
                               " KiB; no scorecard cell is that long (is a quote left open?)");
            return false;
        }
        if (c == '\n' || (c == '\r' && !in_quotes)) {
            if (!in_quotes && i - line_start > limits.max_line_bytes) {
                findings.error("line-too-long", {line, 1, 0},
                               "line is " + std::to_string(i - line_start) + " bytes long; the limit is " +
                                   std::to_string(limits.max_line_bytes));
                return false;
            }
        }
        if (in_quotes) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    cell.text += '"';
                    ++i;
                    column += 2;
                } else {
                    in_quotes = false;
                    ++column;
                }
                continue;
            }
            // A line break inside quotes (LF, CRLF, or a lone CR in an old Mac file) is a line
            // break in the cell: kept as "\n", and counted, so later locations stay right.
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
            if (c == '\n' || c == '\r') {
                ++line;
                column = 1;
                line_start = i + 1;
                cell.text += '\n';
                continue;
            }
            if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++column;
            cell.text += c;
            continue;
        }
        if (c == '"' && cell.text.empty() && !was_quoted) {
            in_quotes = true;
            was_quoted = true;
            quote_opened = {line, column, static_cast<int>(row.cells.size() + 1)};
            ++column;
            continue;
        }
        if (c == delimiter) {
            if (!finish_cell()) return false;
            ++column;
            cell.where = {line, column, static_cast<int>(row.cells.size() + 1)};
            continue;
        }
        if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            if (!finish_cell() || !finish_row()) return false;
            ++line;
            column = 1;
            line_start = i + 1;
            row.line = line;
            cell.where = {line, 1, 1};
            continue;
        }
        if (was_quoted) {
            // Text after a closing quote ("ab"c): RFC 4180 forbids it. Keep it, as Excel does,
            // so nothing is lost; the cell is checked like any other.
        }
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++column;
        cell.text += c;
    }
    if (in_quotes) {
        findings.error("unterminated-quote", quote_opened,
                       "a quote opened here is never closed: the rest of the file would be one cell");
        return false;
    }
    if (text.size() - line_start > limits.max_line_bytes) {
        findings.error("line-too-long", {line, 1, 0},
                       "line is " + std::to_string(text.size() - line_start) + " bytes long; the limit is " +
                           std::to_string(limits.max_line_bytes));
        return false;
    }
    // The last line, unless the file ended with a line break.
    if (!cell.text.empty() || !row.cells.empty() || was_quoted) {
        if (!finish_cell() || !finish_row()) return false;
    }
    return true;
}

}  // namespace scorecard
