#include "sheet_grid.hpp"

#include <algorithm>

#include "stages/model/text_utils.hpp"
#include "workbook_error.hpp"

namespace scorecard {

namespace {

constexpr int kMaxColumn = 16384;  // XFD, Excel's last column
constexpr int kMaxRow = 1048576;
constexpr std::size_t kHiddenRowsListed = 10;

bool has_text(const std::string& s) {
    for (unsigned char c : s)
        if (c > ' ' || (c != ' ' && c != '\t' && c != '\n' && c != '\r')) return true;
    return false;
}

// A control character a cell may not hold (tab and line breaks are fine in a cell).
int disallowed_control(const std::string& s) {
    for (unsigned char c : s)
        if (c < 0x20 ? (c != '\t' && c != '\n' && c != '\r') : c == 0x7F) return c;
    return -1;
}

}  // namespace

SheetGrid::SheetGrid(int sheet, const IngestLimits& limits) : sheet_(sheet), limits_(limits) { table_.grid = true; }

void SheetGrid::hide_column(int column) {
    if (columns_known_ || column < 1 || column > kMaxColumn) return;
    if (static_cast<std::size_t>(column) >= hidden_column_.size()) hidden_column_.resize(static_cast<std::size_t>(column) + 1, false);
    hidden_column_[static_cast<std::size_t>(column)] = true;
}

void SheetGrid::require_columns_known() {
    if (columns_known_) return;
    columns_known_ = true;
    positions_.assign(static_cast<std::size_t>(kMaxColumn) + 1, 0);
    columns_.assign(1, 0);
    for (int c = 1; c <= kMaxColumn; ++c) {
        const bool hidden = static_cast<std::size_t>(c) < hidden_column_.size() && hidden_column_[static_cast<std::size_t>(c)];
        if (hidden) continue;
        positions_[static_cast<std::size_t>(c)] = static_cast<int>(columns_.size());
        columns_.push_back(c);
    }
}

int SheetGrid::position_of(int column) const { return positions_[static_cast<std::size_t>(column)]; }

int SheetGrid::column_at(int position) const {
    return position < static_cast<int>(columns_.size()) ? columns_[static_cast<std::size_t>(position)] : kMaxColumn;
}

void SheetGrid::start_row(int row, bool hidden) {
    require_columns_known();
    if (row < 1 || row > kMaxRow)
        throw WorkbookError("damaged-workbook", "the workbook is damaged: a row is numbered " + std::to_string(row) +
                                                    "; open it in Excel or LibreOffice and save it again",
                            {0, 0, 0, sheet_});
    if (row <= previous_row_)
        throw WorkbookError("damaged-workbook", "the workbook is damaged: row " + std::to_string(row) +
                                                    " comes after row " + std::to_string(previous_row_) +
                                                    "; open it in Excel or LibreOffice and save it again",
                            {row, 1, 1, sheet_});
    previous_row_ = row;
    row_ = RawRow();
    row_.line = row;
    row_.sheet = sheet_;
    in_row_ = true;
    row_hidden_ = hidden;
    row_has_text_ = false;
    last_column_ = 0;
    row_formatted_width_ = 0;
}

void SheetGrid::add_cell(int column, std::string text) {
    const bool text_here = has_text(text);
    place(column, std::move(text), text_here, nullptr);
}

void SheetGrid::add_shared_cell(int column, std::uint32_t index, const NumberFormat* format) {
    // A shared string is taken to hold text until it is read (an empty one then leaves an
    // empty cell, which the readers treat as any other).
    const PendingCell pending{table_.rows.size(), 0, index, {row_.line, column, 0, sheet_}, format};
    place(column, std::string(), true, &pending);
}

void SheetGrid::check_text(const std::string& text, const SourceLocation& where) const {
    if (text.size() > limits_.max_cell_bytes)
        throw WorkbookError("cell-too-long",
                            "cell " + cell_reference(where) + " is longer than " +
                                std::to_string(limits_.max_cell_bytes / 1024) + " KiB; no scorecard cell is that long",
                            where);
    const int control = disallowed_control(text);
    if (control >= 0) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", control);
        throw WorkbookError("control-character",
                            "cell " + cell_reference(where) + " holds the control character " + hex +
                                ", which no table text has; remove it in the workbook",
                            where);
    }
}

void SheetGrid::place(int column, std::string text, bool text_here, const PendingCell* pending) {
    if (!in_row_) return;
    const SourceLocation where{row_.line, column, 0, sheet_};
    if (column < 1 || column > kMaxColumn)
        throw WorkbookError("damaged-workbook",
                            "the workbook is damaged: a cell of row " + std::to_string(row_.line) +
                                " is in column " + std::to_string(column) +
                                "; open it in Excel or LibreOffice and save it again",
                            {row_.line, 1, 1, sheet_});
    if (column <= last_column_)
        throw WorkbookError("damaged-workbook", "the workbook is damaged: cell " + cell_reference(where) +
                                                    " comes after column " + column_letters(last_column_) +
                                                    " of its row; open it in Excel or LibreOffice and save it again",
                            where);
    last_column_ = column;
    const int position = position_of(column);
    if (row_hidden_ || position == 0) {
        // Hidden: skipped, but said in a note.
        if (!text_here) return;
        if (row_hidden_) row_has_text_ = true;
        else if (std::find(hidden_columns_with_text_.begin(), hidden_columns_with_text_.end(), column) ==
                 hidden_columns_with_text_.end())
            hidden_columns_with_text_.push_back(column);
        return;
    }
    if (!text_here) {
        if (static_cast<std::size_t>(position) <= limits_.max_columns) row_formatted_width_ = std::max(row_formatted_width_, position);
        return;
    }
    if (static_cast<std::size_t>(position) > limits_.max_columns)
        throw WorkbookError("too-many-columns",
                            "cell " + cell_reference(where) + " is past the " + std::to_string(limits_.max_columns) +
                                "th column; the limit is " + std::to_string(limits_.max_columns) + " columns",
                            where);
    if (!pending) check_text(text, where);
    // Empty cells before this one keep their places.
    if (row_.cells.capacity() == 0) row_.cells.reserve(static_cast<std::size_t>(row_capacity_));
    while (static_cast<int>(row_.cells.size()) < position - 1) {
        RawCell empty;
        const int p = static_cast<int>(row_.cells.size()) + 1;
        empty.where = {row_.line, column_at(p), p, sheet_};
        row_.cells.push_back(std::move(empty));
    }
    RawCell cell;
    cell.text = std::move(text);
    cell.where = {row_.line, column, position, sheet_};
    row_.cells.push_back(std::move(cell));
    row_has_text_ = true;
    if (pending) {
        pending_.push_back(*pending);
        pending_.back().position = static_cast<std::uint32_t>(position);
    }
}

void SheetGrid::resolve(const std::vector<std::string>& strings) {
    for (const PendingCell& p : pending_) {
        if (p.index >= strings.size())
            throw WorkbookError("damaged-workbook",
                                "the workbook is damaged: cell " + cell_reference(p.where) + " refers to shared string " +
                                    std::to_string(p.index) + ", which the workbook does not have; open it in Excel or "
                                    "LibreOffice and save it again",
                                p.where);
        std::string text = p.format ? p.format->format_text(strings[p.index]) : strings[p.index];
        check_text(text, p.where);
        table_.rows[p.row].cells[p.position - 1].text = std::move(text);
    }
    std::vector<PendingCell>().swap(pending_);
}

void SheetGrid::end_row() {
    if (!in_row_) return;
    in_row_ = false;
    if (row_hidden_) {
        if (row_has_text_) {
            ++hidden_rows_total_;
            if (hidden_rows_.size() < kHiddenRowsListed) hidden_rows_.push_back(row_.line);
        }
        return;
    }
    if (row_.cells.empty()) return;  // no text: a blank or only formatted row
    row_capacity_ = std::max(row_capacity_, static_cast<int>(row_.cells.size()));
    if (table_.rows.size() >= limits_.max_rows)
        throw WorkbookError("too-many-rows",
                            "the sheet has more than " + std::to_string(limits_.max_rows) + " rows with text; the limit is " +
                                std::to_string(limits_.max_rows),
                            {row_.line, 1, 1, sheet_});
    formatted_width_.push_back(row_formatted_width_);
    table_.rows.push_back(std::move(row_));
}

void SheetGrid::add_merge(const MergedRange& range) {
    if (merges_.size() >= limits_.workbook.max_merged_ranges)
        throw WorkbookError("too-many-merges", "the sheet has more than " +
                                                   std::to_string(limits_.workbook.max_merged_ranges) +
                                                   " merged ranges; the limit is " +
                                                   std::to_string(limits_.workbook.max_merged_ranges),
                            {0, 0, 0, sheet_});
    merges_.push_back(range);
}

std::vector<int> SheetGrid::hidden_columns() const {
    std::vector<int> out;
    for (std::size_t c = 1; c < hidden_column_.size(); ++c)
        if (hidden_column_[c]) out.push_back(static_cast<int>(c));
    return out;
}

bool SheetGrid::append(SheetGrid&& later) {
    if (!later.table_.rows.empty() && !table_.rows.empty() && later.table_.rows.front().line <= table_.rows.back().line)
        return false;
    if (later.previous_row_ > 0 && later.previous_row_ <= previous_row_) return false;
    if (table_.rows.size() + later.table_.rows.size() > limits_.max_rows) {
        const RawRow& first_past = later.table_.rows[limits_.max_rows - table_.rows.size()];
        throw WorkbookError("too-many-rows",
                            "the sheet has more than " + std::to_string(limits_.max_rows) +
                                " rows with text; the limit is " + std::to_string(limits_.max_rows),
                            {first_past.line, 1, 1, sheet_});
    }
    const std::size_t offset = table_.rows.size();
    for (PendingCell p : later.pending_) {
        p.row += offset;
        pending_.push_back(p);
    }
    for (auto& row : later.table_.rows) table_.rows.push_back(std::move(row));
    formatted_width_.insert(formatted_width_.end(), later.formatted_width_.begin(), later.formatted_width_.end());
    for (const auto& m : later.merges_) add_merge(m);
    for (auto& p : later.problems_) add_problem(std::move(p));
    for (int r : later.hidden_rows_)
        if (hidden_rows_.size() < kHiddenRowsListed) hidden_rows_.push_back(r);
    hidden_rows_total_ += later.hidden_rows_total_;
    for (int c : later.hidden_columns_with_text_)
        if (std::find(hidden_columns_with_text_.begin(), hidden_columns_with_text_.end(), c) ==
            hidden_columns_with_text_.end())
            hidden_columns_with_text_.push_back(c);
    row_capacity_ = std::max(row_capacity_, later.row_capacity_);
    if (later.previous_row_ > 0) previous_row_ = later.previous_row_;
    return true;
}

void SheetGrid::add_problem(CellProblem problem) {
    if (problems_.size() < 1000) problems_.push_back(std::move(problem));
}

RawTable SheetGrid::finish() {
    require_columns_known();
    // A formatted empty cell is a cell of the table when it is within the width of the text.
    std::size_t width = 0;
    for (const auto& row : table_.rows) width = std::max(width, row.cells.size());
    for (std::size_t r = 0; r < table_.rows.size(); ++r) {
        RawRow& row = table_.rows[r];
        const std::size_t target = std::min<std::size_t>(static_cast<std::size_t>(formatted_width_[r]), width);
        while (row.cells.size() < target) {
            RawCell empty;
            const int p = static_cast<int>(row.cells.size()) + 1;
            empty.where = {row.line, column_at(p), p, sheet_};
            row.cells.push_back(std::move(empty));
        }
    }
    // Merged down: each row of the range with text of its own gets the merged cell's text.
    auto find_row = [&](int line) -> RawRow* {
        auto it = std::lower_bound(table_.rows.begin(), table_.rows.end(), line,
                                   [](const RawRow& row, int l) { return row.line < l; });
        return it != table_.rows.end() && it->line == line ? &*it : nullptr;
    };
    for (const MergedRange& m : merges_) {
        if (m.last_row <= m.first_row || m.first_column < 1 || m.first_column > kMaxColumn) continue;
        const int position = position_of(m.first_column);
        const RawRow* top = find_row(m.first_row);
        if (position == 0 || !top || static_cast<int>(top->cells.size()) < position) continue;
        const std::string text = top->cells[static_cast<std::size_t>(position) - 1].text;
        if (!has_text(text)) continue;
        bool filled = false;
        for (int line = m.first_row + 1; line <= m.last_row; ++line) {
            RawRow* row = find_row(line);
            if (!row) continue;
            while (static_cast<int>(row->cells.size()) < position) {
                RawCell empty;
                const int p = static_cast<int>(row->cells.size()) + 1;
                empty.where = {row->line, column_at(p), p, sheet_};
                row->cells.push_back(std::move(empty));
            }
            RawCell& cell = row->cells[static_cast<std::size_t>(position) - 1];
            if (has_text(cell.text)) continue;
            cell.text = text;
            filled = true;
        }
        if (filled) filled_merges_.push_back(m);
    }
    std::vector<int>().swap(formatted_width_);
    return std::move(table_);
}

}  // namespace scorecard
