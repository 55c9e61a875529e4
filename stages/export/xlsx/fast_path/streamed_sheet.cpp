#include "streamed_sheet.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <type_traits>
#include <utility>

#include "stages/export/xlsx/sheet_writer.hpp"

namespace scorecard::xlsx {

namespace {

// Excel's limit on a cell's text, in characters; libxlsxwriter refuses longer.
constexpr std::size_t kMaxChars = 32767;

std::size_t utf8_length(const std::string& text) {
    std::size_t chars = 0;
    for (unsigned char c : text) chars += (c & 0xC0) != 0x80;
    return chars;
}

template <class Out>
void append_unsigned(Out& out, std::uint64_t n) {
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, n).ptr;
    if constexpr (std::is_same_v<Out, std::string>) out.append(buffer, static_cast<std::size_t>(end - buffer));
    else out.put(buffer, static_cast<std::size_t>(end - buffer));
}

// printf's %.16g (to_chars with a precision is specified to print exactly as printf does).
void append_double(DeflatedXml& out, double x, bool upper) {
    char buffer[40];
    char* end = std::to_chars(buffer, buffer + sizeof buffer, x, std::chars_format::general, 16).ptr;
    if (upper)
        for (char* p = buffer; p != end; ++p)
            if (*p == 'e') *p = 'E';
    out.put(buffer, static_cast<std::size_t>(end - buffer));
}

// Cell text as libxlsxwriter writes it: &, < and > escaped, and control characters other than
// tab and line feed written as Excel's _xHHHH_ (XML 1.0 cannot hold them).
void append_text(DeflatedXml& out, const std::string& text) {
    const char* run = text.data();
    const char* const end = run + text.size();
    for (const char* p = run; p != end; ++p) {
        const unsigned char c = static_cast<unsigned char>(*p);
        if (c >= 0x20 ? c != '&' && c != '<' && c != '>' : c == '\t' || c == '\n') continue;
        out.put(run, static_cast<std::size_t>(p - run));
        run = p + 1;
        switch (c) {
            case '&': out.put("&amp;"); break;
            case '<': out.put("&lt;"); break;
            case '>': out.put("&gt;"); break;
            default: {
                static const char kHex[] = "0123456789ABCDEF";
                const char escaped[] = {'_', 'x', '0', '0', kHex[c >> 4], kHex[c & 0xF], '_'};
                out.put(escaped, sizeof escaped);
            }
        }
    }
    out.put(run, static_cast<std::size_t>(end - run));
}

// libxlsxwriter keeps leading and trailing white space with xml:space="preserve" (the control
// characters that count as space are escaped by then, so only these three are left).
bool space_at(char c) { return c == ' ' || c == '\t' || c == '\n'; }

}  // namespace

void append_cell_number(DeflatedXml& out, double number) {
    // A whole number below 10^15 prints as its digits (counts, ranks, line numbers): no need
    // for the general conversion. Minus zero keeps its sign, as printf prints it.
    if (number > -1e15 && number < 1e15 && number == static_cast<double>(static_cast<std::int64_t>(number)) &&
        !(number == 0 && std::signbit(number))) {
        char buffer[24];
        const auto end = std::to_chars(buffer, buffer + sizeof buffer, static_cast<std::int64_t>(number)).ptr;
        out.put(buffer, static_cast<std::size_t>(end - buffer));
        return;
    }
    append_double(out, number, true);
}

StreamedSheet::StreamedSheet(int level) : xml_(level) {}

lxw_error StreamedSheet::check(lxw_row_t row, lxw_col_t col, bool dimensions) {
    if (row >= LXW_ROW_MAX || col >= LXW_COL_MAX) return LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE;
    if (!dimensions) return LXW_NO_ERROR;
    if (row < row_) return LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE;  // written out already
    if (finished_) return LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE;
    rowmin_ = std::min(rowmin_, row);
    rowmax_ = std::max(rowmax_, row);
    colmin_ = std::min(colmin_, col);
    colmax_ = std::max(colmax_, col);
    return LXW_NO_ERROR;
}

void StreamedSheet::move_to(lxw_row_t row) {
    if (row == row_) return;
    write_row();
    row_ = row;
}

StreamedSheet::Cell& StreamedSheet::cell_at(lxw_row_t row, lxw_col_t col) {
    move_to(row);
    if (cells_.size() <= col) cells_.resize(col + 1u);
    data_changed_ = true;
    first_col_ = std::min(first_col_, col);
    last_col_ = std::max(last_col_, col);
    return cells_[col];
}

lxw_error StreamedSheet::set_row(lxw_row_t row, double height) {
    // libxlsxwriter counts a sized row in the dimension at the leftmost column used so far.
    const lxw_error error = check(row, colmin_ != LXW_COL_MAX ? colmin_ : 0, true);
    if (error != LXW_NO_ERROR) return error;
    bool hidden = false;
    if (height == 0) {
        hidden = true;
        height = LXW_DEF_ROW_HEIGHT;
    }
    move_to(row);
    height_ = height;
    hidden_ = hidden;
    row_changed_ = true;
    return LXW_NO_ERROR;
}

lxw_error StreamedSheet::write_string(lxw_row_t row, lxw_col_t col, const std::string& text, lxw_format* format) {
    // libxlsxwriter takes a C string: it ends at the first NUL.
    const std::size_t nul = text.find('\0');
    if (nul == 0 || text.empty()) return write_blank(row, col, format);  // an empty string is a blank
    const lxw_error error = check(row, col, true);
    if (error != LXW_NO_ERROR) return error;
    if (text.size() > kMaxChars && utf8_length(nul == std::string::npos ? text : text.substr(0, nul)) > kMaxChars)
        return LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED;
    Cell& cell = cell_at(row, col);
    cell.kind = Kind::String;
    cell.format = format;
    if (nul == std::string::npos) cell.text.assign(text);
    else cell.text.assign(text, 0, nul);
    return LXW_NO_ERROR;
}

lxw_error StreamedSheet::write_number(lxw_row_t row, lxw_col_t col, double number, lxw_format* format) {
    const lxw_error error = check(row, col, true);
    if (error != LXW_NO_ERROR) return error;
    Cell& cell = cell_at(row, col);
    cell.kind = Kind::Number;
    cell.format = format;
    cell.number = number;
    return LXW_NO_ERROR;
}

lxw_error StreamedSheet::write_boolean(lxw_row_t row, lxw_col_t col, bool value, lxw_format* format) {
    const lxw_error error = check(row, col, true);
    if (error != LXW_NO_ERROR) return error;
    Cell& cell = cell_at(row, col);
    cell.kind = Kind::Boolean;
    cell.format = format;
    cell.number = value ? 1 : 0;
    return LXW_NO_ERROR;
}

lxw_error StreamedSheet::write_blank(lxw_row_t row, lxw_col_t col, lxw_format* format) {
    if (!format) return LXW_NO_ERROR;  // a blank without a format is nothing at all
    const lxw_error error = check(row, col, true);
    if (error != LXW_NO_ERROR) return error;
    Cell& cell = cell_at(row, col);
    cell.kind = Kind::Blank;
    cell.format = format;
    return LXW_NO_ERROR;
}

lxw_error StreamedSheet::merge_range(lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row, lxw_col_t last_col,
                                     const std::string& text, lxw_format* format) {
    if (first_row == last_row && first_col == last_col) return LXW_ERROR_PARAMETER_VALIDATION;
    if (first_row > last_row) std::swap(first_row, last_row);
    if (first_col > last_col) std::swap(first_col, last_col);
    const lxw_error error = check(last_row, last_col, false);
    if (error != LXW_NO_ERROR) return error;
    merged_.push_back(cell_name(first_row, first_col) + ":" + cell_name(last_row, last_col));
    // As libxlsxwriter: the text into the first cell and formatted blanks into the rest, each
    // refused (and ignored) where its row is written out already.
    write_string(first_row, first_col, text, format);
    for (lxw_row_t r = first_row; r <= last_row; ++r)
        for (lxw_col_t c = first_col; c <= last_col; ++c)
            if (r != first_row || c != first_col) write_blank(r, c, format);
    return LXW_NO_ERROR;
}

const std::string& StreamedSheet::column_letters(lxw_col_t col) {
    if (letters_.size() <= col) {
        const std::size_t from = letters_.size();
        letters_.resize(col + 1u);
        for (std::size_t c = from; c <= col; ++c) {
            std::string name = cell_name(0, static_cast<std::uint16_t>(c));
            name.pop_back();  // the "1"
            letters_[c] = std::move(name);
        }
    }
    return letters_[col];
}

void StreamedSheet::append_cell_start(DeflatedXml& out, lxw_col_t col, lxw_format* format) {
    out.put("<c r=\"");
    out.put(column_letters(col));
    out.put(row_number_);
    out.put('"');
    const std::int32_t style = format ? lxw_format_get_xf_index(format) : 0;
    if (style) {
        out.put(" s=\"");
        append_unsigned(out, static_cast<std::uint32_t>(style));
        out.put('"');
    }
}

void StreamedSheet::write_row() {
    if (!row_changed_ && !data_changed_) return;
    DeflatedXml& out = xml_;
    if (!any_row_written_) {
        out.put("<sheetData>");
        any_row_written_ = true;
    }
    row_number_.clear();
    append_unsigned(row_number_, row_ + 1u);
    out.put("<row r=\"");
    out.put(row_number_);
    out.put('"');
    if (height_ != LXW_DEF_ROW_HEIGHT) {
        out.put(" ht=\"");
        append_double(out, height_, false);
        out.put('"');
    }
    if (hidden_) out.put(" hidden=\"1\"");
    if (height_ != LXW_DEF_ROW_HEIGHT) out.put(" customHeight=\"1\"");
    if (!data_changed_) {
        out.put("/>");
    } else {
        out.put('>');
        for (lxw_col_t col = first_col_; col <= last_col_; ++col) {
            Cell& cell = cells_[col];
            switch (cell.kind) {
                case Kind::None: continue;
                case Kind::Number:
                    append_cell_start(out, col, cell.format);
                    out.put("><v>");
                    append_cell_number(out, cell.number);
                    out.put("</v></c>");
                    break;
                case Kind::String: {
                    append_cell_start(out, col, cell.format);
                    const bool preserve = space_at(cell.text.front()) || space_at(cell.text.back());
                    if (preserve) out.put(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
                    else out.put(" t=\"inlineStr\"><is><t>");
                    append_text(out, cell.text);
                    out.put("</t></is></c>");
                    break;
                }
                case Kind::Boolean:
                    append_cell_start(out, col, cell.format);
                    if (cell.number != 0) out.put(" t=\"b\"><v>1</v></c>");
                    else out.put(" t=\"b\"><v>0</v></c>");
                    break;
                case Kind::Blank:
                    append_cell_start(out, col, cell.format);
                    out.put("/>");
                    break;
            }
            cell.kind = Kind::None;
        }
        out.put("</row>");
    }
    height_ = LXW_DEF_ROW_HEIGHT;
    hidden_ = false;
    row_changed_ = data_changed_ = false;
    first_col_ = LXW_COL_MAX;
    last_col_ = 0;
    xml_.flush_if_full();
}

void StreamedSheet::pause() { xml_.end_segment(); }

void StreamedSheet::finish() {
    if (finished_) return;
    write_row();
    DeflatedXml& out = xml_;
    if (any_row_written_) out.put("</sheetData>");
    else out.put("<sheetData/>");
    if (!merged_.empty()) {
        out.put("<mergeCells count=\"");
        append_unsigned(out, merged_.size());
        out.put("\">");
        for (const std::string& range : merged_) {
            out.put("<mergeCell ref=\"");
            out.put(range);
            out.put("\"/>");
            xml_.flush_if_full();
        }
        out.put("</mergeCells>");
    }
    xml_.end_segment();
    finished_ = true;
    cells_ = {};
    merged_ = {};
}

std::string StreamedSheet::dimension() const {
    const bool rows = rowmin_ != LXW_ROW_MAX, cols = colmin_ != LXW_COL_MAX;
    if (!rows && !cols) return "A1";
    const lxw_row_t r0 = rows ? rowmin_ : 0, r1 = rows ? rowmax_ : 0;
    const std::uint16_t c0 = static_cast<std::uint16_t>(cols ? colmin_ : 0), c1 = static_cast<std::uint16_t>(cols ? colmax_ : 0);
    if (r0 == r1 && c0 == c1) return cell_name(r0, c0);
    return cell_name(r0, c0) + ":" + cell_name(r1, c1);
}

}  // namespace scorecard::xlsx
