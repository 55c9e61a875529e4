#include "sheet_writer.hpp"

#include <charconv>
#include <cmath>
#include <memory>
#include <vector>

#include "stages/export/common/export_context.hpp"
#include "stages/model/utf8.hpp"

namespace scorecard::xlsx {

namespace {

constexpr std::size_t kExcelMaxChars = 32767;

// Excel keeps 15 significant digits. A percentage divided by 100 carries binary noise in the
// 16th (90.8 / 100 = 0.9079999999999999); rounding to 15 digits stores 0.908, the number a
// person typing 90.8% would get.
// (to_chars and from_chars give exactly printf's %.15g and strtod, several times faster.)
double excel_number(double x) {
    if (!std::isfinite(x) || x == 0) return x;
    if (std::fabs(x) < 1e15 && x == std::trunc(x)) return x;  // a whole number is exact already
    char buffer[32];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, x, std::chars_format::general, 15);
    double rounded = x;
    std::from_chars(buffer, written.ptr, rounded);
    return rounded;
}

// Throws, naming the cell, when a write failed. The name is only put together then: building
// it for every cell showed in the profile of a 100,000-row sheet.
void check_cell(lxw_error error, const char* what, const std::string& sheet_name, std::uint32_t row, std::uint16_t col) {
    if (error != LXW_NO_ERROR) check(error, std::string(what) + " " + sheet_name + "!" + cell_name(row, col));
}

// Where write_sheet writes: a libxlsxwriter worksheet, or the rows of a large sheet written
// beside it (streamed_sheet.hpp), which take the same calls.
struct Worksheet {
    lxw_worksheet* sheet;
    lxw_error set_row(lxw_row_t row, double height) { return worksheet_set_row(sheet, row, height, nullptr); }
    lxw_error write_string(lxw_row_t row, lxw_col_t col, const std::string& text, lxw_format* format) {
        return worksheet_write_string(sheet, row, col, text.c_str(), format);
    }
    lxw_error write_number(lxw_row_t row, lxw_col_t col, double number, lxw_format* format) {
        return worksheet_write_number(sheet, row, col, number, format);
    }
    lxw_error write_boolean(lxw_row_t row, lxw_col_t col, bool value, lxw_format* format) {
        return worksheet_write_boolean(sheet, row, col, value, format);
    }
    lxw_error write_blank(lxw_row_t row, lxw_col_t col, lxw_format* format) {
        return worksheet_write_blank(sheet, row, col, format);
    }
    lxw_error write_link(lxw_row_t row, lxw_col_t col, const std::string& place, const std::string& text,
                         lxw_format* format) {
        const std::string url = "internal:" + place;
        return worksheet_write_url_opt(sheet, row, col, url.c_str(), format, text.c_str(), nullptr);
    }
    lxw_error merge_range(lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row, lxw_col_t last_col,
                          const std::string& text, lxw_format* format) {
        return worksheet_merge_range(sheet, first_row, first_col, last_row, last_col, text.c_str(), format);
    }
};

// The streamed rows of a large sheet carry no hyperlinks (their part would need them listed
// after the rows): only the small sheets libxlsxwriter writes have links.
lxw_error write_link(Worksheet& out, lxw_row_t row, lxw_col_t col, const std::string& place, const std::string& text,
                     lxw_format* format) {
    return out.write_link(row, col, place, text, format);
}
lxw_error write_link(StreamedSheet&, lxw_row_t, lxw_col_t, const std::string&, const std::string&, lxw_format*) {
    return LXW_ERROR_FEATURE_NOT_SUPPORTED;
}

template <class Out>
void write_cell(Out& out, const std::string& sheet_name, std::uint32_t row, std::uint16_t col, const SheetCell& cell,
                FormatCache& formats) {
    lxw_format* format = formats.get(cell.style, col);
    const bool merged = cell.col_span > 1 || cell.row_span > 1;
    if (merged) {
        // merge_range writes a string into the first cell; a typed value is written over it.
        std::string cut;
        static const std::string kNone;
        const std::string& text = cell.content.kind == CellKind::Number ? kNone : excel_text(cell.content.text, cut);
        check_cell(out.merge_range(row, col, row + cell.row_span - 1, static_cast<lxw_col_t>(col + cell.col_span - 1),
                                   text, format),
                   "merging", sheet_name, row, col);
        if (cell.content.kind == CellKind::Number)
            check_cell(out.write_number(row, col, excel_number(cell.content.number), format), "writing", sheet_name,
                       row, col);
        return;
    }
    if (cell.boolean) {
        check_cell(out.write_boolean(row, col, cell.content.number != 0, format), "writing", sheet_name, row, col);
        return;
    }
    switch (cell.content.kind) {
        case CellKind::Number:
            // A non-finite number would make an invalid file; no source figure is one, so a
            // computed infinity (a change relative to zero) is left blank.
            if (!std::isfinite(cell.content.number)) {
                check_cell(out.write_blank(row, col, format), "writing", sheet_name, row, col);
                return;
            }
            check_cell(out.write_number(row, col, excel_number(cell.content.number), format), "writing", sheet_name,
                       row, col);
            return;
        case CellKind::Text:
        case CellKind::Rag: {
            // Always a string: never a formula, whatever the text starts with.
            std::string cut;
            if (!cell.link.empty()) {
                check_cell(write_link(out, row, col, cell.link, excel_text(cell.content.text, cut), format),
                           "writing the link in", sheet_name, row, col);
                return;
            }
            check_cell(out.write_string(row, col, excel_text(cell.content.text, cut), format), "writing", sheet_name,
                       row, col);
            return;
        }
        case CellKind::Chart:
        case CellKind::Empty:
            if (cell.styled_blank || cell.content.kind == CellKind::Chart)
                check_cell(out.write_blank(row, col, format), "writing", sheet_name, row, col);
            return;
    }
}

template <class Out>
void write_rows(Out& out, const std::string& sheet_name, const RowSource& source, const SheetPlan& plan,
                FormatCache& formats, bool constant_memory) {
    // A cell merged down rows (a topic) is written as its first cell and formatted blanks as
    // the rows come, and merged when its last row is reached. worksheet_merge_range itself
    // writes blanks into the rows below at once, which in constant_memory mode would flush the
    // first row before its other cells are written; called on the last row it only records the
    // range (its writes to rows already flushed are refused, harmlessly).
    struct OpenMerge {
        std::uint32_t first_row, last_row;
        std::uint16_t first_col, last_col;
        CellContent content;
        lxw_format* format;
    };
    std::vector<OpenMerge> open;

    source.rows(RowUse::Write, [&](const SheetRow& row) {
        if (row.index >= LXW_ROW_MAX) throw ExportError("Excel export: " + sheet_name + " has more rows than Excel allows");
        // In constant_memory mode a row's height must be set before its cells are written.
        if (row.index < plan.row_pt.size() && plan.row_pt[row.index] > 0)
            check_cell(out.set_row(row.index, plan.row_pt[row.index]), "sizing the row of", sheet_name, row.index, 0);
        if (row.cells.size() > LXW_COL_MAX)
            throw ExportError("Excel export: " + sheet_name + " has more columns than Excel allows");
        for (std::size_t i = 0; i < row.cells.size(); ++i) {
            const auto c = static_cast<std::uint16_t>(i);
            const SheetCell& cell = row.cells[i];
            if (cell.covered) {
                for (const auto& m : open)
                    if (c >= m.first_col && c <= m.last_col && row.index > m.first_row && row.index <= m.last_row)
                        check_cell(out.write_blank(row.index, c, m.format), "writing", sheet_name, row.index, c);
                continue;
            }
            if (cell.row_span > 1) {
                SheetCell first = cell;
                first.row_span = 1;
                first.col_span = 1;
                write_cell(out, sheet_name, row.index, c, first, formats);
                lxw_format* format = formats.get(cell.style);
                for (std::uint16_t k = 1; k < cell.col_span; ++k)
                    check_cell(out.write_blank(row.index, static_cast<lxw_col_t>(c + k), format), "writing", sheet_name,
                               row.index, static_cast<std::uint16_t>(c + k));
                open.push_back({row.index, row.index + cell.row_span - 1, c,
                                static_cast<std::uint16_t>(c + cell.col_span - 1), cell.content, format});
                continue;
            }
            write_cell(out, sheet_name, row.index, c, cell, formats);
        }
        for (auto m = open.begin(); m != open.end();) {
            if (m->last_row != row.index) {
                ++m;
                continue;
            }
            const bool number = m->content.kind == CellKind::Number;
            const std::string text = number ? "" : excel_text(m->content.text);
            check_cell(out.merge_range(m->first_row, m->first_col, m->last_row, m->last_col, text, m->format), "merging",
                       sheet_name, m->first_row, m->first_col);
            // In normal mode merge_range just rewrote the first cell as a string.
            if (number && !constant_memory)
                check_cell(out.write_number(m->first_row, m->first_col, excel_number(m->content.number), m->format),
                           "writing", sheet_name, m->first_row, m->first_col);
            m = open.erase(m);
        }
    });
    if (!open.empty()) throw ExportError("Excel export: a merged cell of " + sheet_name + " runs past the last row");
}

}  // namespace

void check(lxw_error error, const std::string& what) {
    if (error != LXW_NO_ERROR) throw ExportError("Excel export: " + what + ": " + lxw_strerror(error));
}

std::string cell_name(std::uint32_t row, std::uint16_t column) {
    std::string letters;
    for (unsigned c = column + 1u; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return letters + std::to_string(row + 1);
}

std::string excel_text(const std::string& text) {
    std::string cut;
    return excel_text(text, cut);
}

namespace {

bool is_hex_digit(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// Excel reads "_xHHHH_" in cell text as the character HHHH, so text that holds those seven
// characters literally must have its underscore written as _x005F_ to show as itself.
bool excel_escape_at(const std::string& text, std::size_t i) {
    return i + 7 <= text.size() && text[i] == '_' && text[i + 1] == 'x' && is_hex_digit(text[i + 2]) &&
           is_hex_digit(text[i + 3]) && is_hex_digit(text[i + 4]) && is_hex_digit(text[i + 5]) && text[i + 6] == '_';
}

// Nothing to change: no underscore, and only valid UTF-8 without U+FFFE or U+FFFF.
bool plain_for_excel(const std::string& text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    std::size_t i = 0;
    while (i < text.size()) {
        const unsigned char b = s[i];
        if (b < 0x80) {
            if (b == '_') return false;
            ++i;
            continue;
        }
        const std::size_t at = i;
        const char32_t c = next_code_point(s, text.size(), i);
        if (c == 0xFFFE || c == 0xFFFF || (c == 0xFFFD && i - at == 1)) return false;
    }
    return true;
}

}  // namespace

const std::string& excel_text(const std::string& text, std::string& cut_text) {
    // Text that needs no escape and has no more bytes than the limit (a character is at least
    // one byte) is written as it is: the common case, without a copy.
    const bool plain = plain_for_excel(text);
    if (plain && text.size() <= kExcelMaxChars) return text;
    // Otherwise each character is written as Excel must read it back: bytes that are not UTF-8
    // as U+FFFD (as every writer shows them), U+FFFE and U+FFFF (which XML 1.0 cannot hold) as
    // _xFFFE_ and _xFFFF_, a literal _xHHHH_ with its underscore escaped. Control characters are
    // left to the sheet writers, which write them as _x00HH_. Excel's limit counts what is
    // written, escapes included; text past it is cut at a character and ends in "…".
    cut_text.clear();
    cut_text.reserve(text.size() + 16);
    std::size_t chars = 0, i = 0;
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    while (i < text.size()) {
        const std::size_t at = i;
        std::string piece;
        if (excel_escape_at(text, at)) {
            piece = "_x005F_";
            ++i;
        } else {
            const char32_t c = next_code_point(s, text.size(), i);
            if (c == 0xFFFE) piece = "_xFFFE_";
            else if (c == 0xFFFF) piece = "_xFFFF_";
            else if (c == 0xFFFD && i - at == 1) piece = "\xEF\xBF\xBD";
            else piece.assign(text, at, i - at);
        }
        const std::size_t piece_chars = piece.size() == 7 && piece[0] == '_' ? 7 : 1;
        if (chars + piece_chars > kExcelMaxChars - 1) {
            // Does the rest fit whole? Only if this is the last piece and it fills the limit.
            if (i >= text.size() && chars + piece_chars <= kExcelMaxChars) {
                cut_text += piece;
                return cut_text;
            }
            cut_text += "\xE2\x80\xA6";  // … marks the cut
            return cut_text;
        }
        cut_text += piece;
        chars += piece_chars;
    }
    return cut_text;
}

void write_sheet(lxw_worksheet* sheet, const std::string& sheet_name, const RowSource& source,
                 const SheetPlan& plan, FormatCache& formats, StreamedSheet* streamed, bool constant_memory) {
    for (std::size_t i = 0; i < plan.column_px.size() && i < LXW_COL_MAX; ++i) {
        const auto c = static_cast<lxw_col_t>(i);
        check(worksheet_set_column_pixels(sheet, c, c, static_cast<std::uint32_t>(plan.column_px[i]), nullptr),
              "sizing a column of " + sheet_name);
    }
    if (streamed) {
        write_rows(*streamed, sheet_name, source, plan, formats, true);
        streamed->pause();
    } else {
        Worksheet out{sheet};
        write_rows(out, sheet_name, source, plan, formats, constant_memory);
    }
}

void add_table(lxw_worksheet* sheet, const std::string& sheet_name, const TableSpec& table, std::uint16_t columns,
               FormatCache& formats, const CellStyle& header_style) {
    // libxlsxwriter writes the header cells itself from these column definitions.
    std::vector<lxw_table_column> definitions(columns);
    std::vector<lxw_table_column*> pointers;
    lxw_format* header_format = formats.get(header_style);
    for (std::uint16_t c = 0; c < columns; ++c) {
        definitions[c] = {};
        definitions[c].header = const_cast<char*>(table.headers.at(c).c_str());
        definitions[c].header_format = header_format;
        pointers.push_back(&definitions[c]);
    }
    pointers.push_back(nullptr);
    lxw_table_options options{};
    options.name = const_cast<char*>(table.name.c_str());
    options.style_type = LXW_TABLE_STYLE_TYPE_LIGHT;
    options.style_type_number = 9;
    options.columns = pointers.data();
    check(worksheet_add_table(sheet, table.header_row, 0, table.last_row, static_cast<lxw_col_t>(columns - 1), &options),
          "adding the table " + table.name + " to " + sheet_name);
}

}  // namespace scorecard::xlsx
