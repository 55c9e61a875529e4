#include "xlsx_sheet_handler.hpp"

#include <charconv>
#include <cstdlib>
#include <cstring>

#include "ooxml_text.hpp"
#include "workbook_error.hpp"

namespace scorecard {

namespace {

constexpr std::size_t kFormulaShown = 60;  // characters of a formula quoted in a message

// A cell's t attribute as one letter: shared string, inline string, formula string, boolean,
// error, ISO date, or number (the default).
char cell_type(const char* t) {
    if (!t) return 'n';
    if (std::strcmp(t, "s") == 0) return 's';
    if (std::strcmp(t, "inlineStr") == 0) return 'i';
    if (std::strcmp(t, "str") == 0) return 'f';
    if (std::strcmp(t, "b") == 0) return 'b';
    if (std::strcmp(t, "e") == 0) return 'e';
    if (std::strcmp(t, "d") == 0) return 'd';
    return 'n';
}

}  // namespace

bool XlsxSheetHandler::strings_read(bool wait) {
    if (strings_) return true;
    if (!wait && !context_.shared_strings->ready()) return false;
    strings_ = &context_.shared_strings->get();
    if (grid_.has_pending()) grid_.resolve(*strings_);
    return true;
}

void XlsxSheetHandler::start(const char* name, const char** attributes) {
    switch (name[0]) {
        case 'c':
            if (name[1] == '\0') return start_cell(attributes);
            if (std::strcmp(name, "col") == 0) return hide_columns(attributes);
            break;
        case 'v':
            if (name[1] == '\0' && in_cell_) {
                in_value_ = true;
                has_value_ = true;
            }
            return;
        case 'f':
            if (name[1] == '\0' && in_cell_) {
                in_formula_ = true;
                has_formula_ = true;
            }
            return;
        case 't':
            if (name[1] == '\0' && in_inline_ && !in_phonetic_) in_inline_text_ = true;
            return;
        case 'i':
            if (std::strcmp(name, "is") == 0 && in_cell_) in_inline_ = true;
            return;
        case 'r':
            if (name[1] == '\0') return;  // a rich-text run
            if (std::strcmp(name, "row") == 0) return start_row(attributes);
            if (std::strcmp(name, "rPh") == 0) in_phonetic_ = true;
            return;
        case 'm':
            if (std::strcmp(name, "mergeCell") == 0) return add_merge(attributes);
            return;
        case 's':
            if (std::strcmp(name, "sheetData") == 0) {
                in_data_ = true;
                if (on_sheet_data) on_sheet_data();
            }
            return;
        default: return;
    }
}

void XlsxSheetHandler::end(const char* name) {
    switch (name[0]) {
        case 'c':
            if (name[1] == '\0' && in_cell_) end_cell();
            return;
        case 'v':
            if (name[1] == '\0') in_value_ = false;
            return;
        case 'f':
            if (name[1] == '\0') in_formula_ = false;
            return;
        case 't':
            if (name[1] == '\0') in_inline_text_ = false;
            return;
        case 'i':
            if (std::strcmp(name, "is") == 0) in_inline_ = false;
            return;
        case 'r':
            if (std::strcmp(name, "row") == 0 && in_row_) {
                in_row_ = false;
                const std::size_t before = grid_.rows_kept();
                grid_.end_row();
                if (grid_.rows_kept() > before && strings_read() && !keep_reading_(grid_)) {
                    gave_up = true;
                    stop_parsing();
                }
            } else if (std::strcmp(name, "rPh") == 0) {
                in_phonetic_ = false;
            }
            return;
        case 's':
            if (std::strcmp(name, "sheetData") == 0) in_data_ = false;
            return;
        default: return;
    }
}

void XlsxSheetHandler::text(const char* data, int length) {
    if (in_value_) value_.append(data, static_cast<std::size_t>(length));
    else if (in_inline_text_) inline_.append(data, static_cast<std::size_t>(length));
    else if (in_formula_ && formula_.size() < kFormulaShown + 1)
        formula_.append(data, std::min<std::size_t>(static_cast<std::size_t>(length), kFormulaShown + 1));
}

void XlsxSheetHandler::hide_columns(const char** attributes) {
    if (!xml_true(xml_attribute(attributes, "hidden"))) return;
    const char* min = xml_attribute(attributes, "min");
    const char* max = xml_attribute(attributes, "max");
    if (!min || !max) return;
    const int first = std::atoi(min), last = std::min(std::atoi(max), 16384);
    for (int c = std::max(first, 1); c <= last; ++c) grid_.hide_column(c);
}

void XlsxSheetHandler::start_row(const char** attributes) {
    if (!in_data_) return;
    const char* r = xml_attribute(attributes, "r");
    row_ = r ? std::atoi(r) : row_ + 1;
    column_ = 0;
    in_row_ = true;
    grid_.start_row(row_, xml_true(xml_attribute(attributes, "hidden")));
}

void XlsxSheetHandler::start_cell(const char** attributes) {
    if (!in_row_) return;
    in_cell_ = true;
    // One pass over the attributes for the three a cell has (r, s and t).
    const char* r = nullptr;
    const char* s = nullptr;
    const char* t = nullptr;
    for (const char** a = attributes; a[0]; a += 2) {
        if (a[0][1] != '\0') continue;
        if (a[0][0] == 'r') r = a[1];
        else if (a[0][0] == 's') s = a[1];
        else if (a[0][0] == 't') t = a[1];
    }
    int row = row_;
    if (r) {
        if (!parse_cell_reference(r, &column_, &row) || row != row_)
            throw WorkbookError("damaged-workbook",
                                std::string("the workbook is damaged: row ") + std::to_string(row_) +
                                    " has a cell named \"" + r + "\"; open it in Excel or LibreOffice and save it again",
                                {row_, 1, 1, grid_.sheet()});
    } else {
        ++column_;
    }
    style_ = s ? static_cast<std::size_t>(std::strtoul(s, nullptr, 10)) : 0;
    type_ = cell_type(t);
    value_.clear();
    inline_.clear();
    formula_.clear();
    has_value_ = has_formula_ = false;
}

std::string XlsxSheetHandler::formula_text() const {
    if (formula_.size() > kFormulaShown) return "=" + formula_.substr(0, kFormulaShown) + "...";
    return "=" + formula_;
}

void XlsxSheetHandler::end_cell() {
    in_cell_ = false;
    std::string text;
    if (type_ == 's') {
        if (!has_value_) return grid_.add_cell(column_, "");
        char* end = nullptr;
        const unsigned long index = std::strtoul(value_.c_str(), &end, 10);
        if (end == value_.c_str() || *end != '\0' || index > 0xFFFFFFFFul ||
            (strings_ && index >= strings_->size()))
            throw WorkbookError("damaged-workbook",
                                "the workbook is damaged: cell " + cell_reference(here()) +
                                    " refers to shared string " + value_ + ", which the workbook does not have; "
                                    "open it in Excel or LibreOffice and save it again",
                                here());
        const NumberFormat* text_format =
            context_.styles->formats_text(style_) ? &context_.styles->format(style_) : nullptr;
        if (!strings_) return grid_.add_shared_cell(column_, static_cast<std::uint32_t>(index), text_format);
        text = (*strings_)[index];
        if (text_format) text = text_format->format_text(text);
        return grid_.add_cell(column_, std::move(text));
    } else if (type_ == 'i') {
        text = decode_ooxml_escapes(inline_);
    } else if (type_ == 'f') {
        if (has_formula_ && !has_value_) return formula_without_value();
        text = decode_ooxml_escapes(value_);
    } else if (type_ == 'b') {
        if (!has_value_) return formula_without_value();
        text = value_ == "1" || value_ == "true" ? "TRUE" : "FALSE";
    } else if (type_ == 'e') {
        grid_.add_problem({here(), "error-cell",
                           "cell " + cell_reference(here()) + " holds the error " + value_ +
                               (has_formula_ ? " (its formula " + formula_text() + " could not be worked out)" : "") +
                               "; correct it in the workbook"});
        return grid_.add_cell(column_, "");  // the error is reported once, as the cell's
    } else if (type_ == 'd') {
        double serial = 0;
        const NumberFormat& format = context_.styles->format(style_);
        text = iso_date_serial(value_, context_.dates, &serial) && format.code() != "General"
                   ? format.format(serial, context_.dates)
                   : value_;
    } else {
        if (!has_value_ || value_.empty()) {
            if (has_formula_) return formula_without_value();
            return grid_.add_cell(column_, "");  // a formatted empty cell
        }
        double number = 0;
        const char* first = value_.data();
        const char* last = first + value_.size();
        while (first < last && *first == ' ') ++first;
        if (first < last && *first == '+') ++first;
        const auto parsed = std::from_chars(first, last, number);
        if (parsed.ec != std::errc() || parsed.ptr != last)
            throw WorkbookError("damaged-workbook",
                                "the workbook is damaged: cell " + cell_reference(here()) + " holds \"" + value_ +
                                    "\" where a number belongs; open it in Excel or LibreOffice and save it again",
                                here());
        text = context_.styles->format(style_).format(number, context_.dates);
        return grid_.add_cell(column_, std::move(text));
    }
    if (context_.styles->formats_text(style_)) text = context_.styles->format(style_).format_text(text);
    grid_.add_cell(column_, std::move(text));
}

void XlsxSheetHandler::formula_without_value() {
    grid_.add_problem({here(), "formula-without-value",
                       "cell " + cell_reference(here()) + " holds a formula (" + formula_text() +
                           ") with no saved result, and scorecard never works formulas out: open the workbook in "
                           "Excel or LibreOffice and save it, so each formula's result is stored"});
    grid_.add_cell(column_, "");
}

void XlsxSheetHandler::add_merge(const char** attributes) {
    const char* ref = xml_attribute(attributes, "ref");
    if (!ref) return;
    const char* colon = std::strchr(ref, ':');
    if (!colon) return;
    MergedRange m;
    const std::string first(ref, static_cast<std::size_t>(colon - ref));
    if (!parse_cell_reference(first.c_str(), &m.first_column, &m.first_row) ||
        !parse_cell_reference(colon + 1, &m.last_column, &m.last_row))
        return;
    grid_.add_merge(m);
}

bool parse_cell_reference(const char* text, int* column, int* row) {
    const char* p = text;
    if (*p == '$') ++p;
    int c = 0;
    while ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z')) {
        c = c * 26 + ((*p & ~0x20) - 'A' + 1);
        if (c > 16384) return false;
        ++p;
    }
    if (*p == '$') ++p;
    if (c == 0 || *p < '1' || *p > '9') return false;
    long r = 0;
    while (*p >= '0' && *p <= '9') {
        r = r * 10 + (*p - '0');
        if (r > 1048576) return false;
        ++p;
    }
    if (*p != '\0') return false;
    *column = c;
    *row = static_cast<int>(r);
    return true;
}

}  // namespace scorecard
