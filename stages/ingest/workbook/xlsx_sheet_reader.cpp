#include "xlsx_sheet_reader.hpp"

#include <charconv>
#include <cstdlib>
#include <cstring>

#include "archive_xml.hpp"
#include "ooxml_text.hpp"
#include "workbook_error.hpp"

namespace scorecard {

namespace {

constexpr std::size_t kFormulaShown = 60;  // characters of a formula quoted in a message

class SheetReader : public XmlHandler {
public:
    SheetReader(const XlsxSheetContext& context, SheetGrid& grid, const std::function<bool(const SheetGrid&)>& keep)
        : context_(context), grid_(grid), keep_reading_(keep) {}

    bool gave_up = false;

    void start(const char* name, const char** attributes) override {
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
                if (std::strcmp(name, "sheetData") == 0) in_data_ = true;
                return;
            default: return;
        }
    }

    void end(const char* name) override {
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
                    if (grid_.rows_kept() > before && !keep_reading_(grid_)) {
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

    void text(const char* data, int length) override {
        if (in_value_) value_.append(data, static_cast<std::size_t>(length));
        else if (in_inline_text_) inline_.append(data, static_cast<std::size_t>(length));
        else if (in_formula_ && formula_.size() < kFormulaShown + 1)
            formula_.append(data, std::min<std::size_t>(static_cast<std::size_t>(length), kFormulaShown + 1));
    }

private:
    void hide_columns(const char** attributes) {
        if (!xml_true(xml_attribute(attributes, "hidden"))) return;
        const char* min = xml_attribute(attributes, "min");
        const char* max = xml_attribute(attributes, "max");
        if (!min || !max) return;
        const int first = std::atoi(min), last = std::min(std::atoi(max), 16384);
        for (int c = std::max(first, 1); c <= last; ++c) grid_.hide_column(c);
    }

    void start_row(const char** attributes) {
        if (!in_data_) return;
        const char* r = xml_attribute(attributes, "r");
        row_ = r ? std::atoi(r) : row_ + 1;
        column_ = 0;
        in_row_ = true;
        grid_.start_row(row_, xml_true(xml_attribute(attributes, "hidden")));
    }

    void start_cell(const char** attributes) {
        if (!in_row_) return;
        in_cell_ = true;
        const char* r = xml_attribute(attributes, "r");
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
        const char* s = xml_attribute(attributes, "s");
        style_ = s ? static_cast<std::size_t>(std::strtoul(s, nullptr, 10)) : 0;
        const char* t = xml_attribute(attributes, "t");
        type_ = t ? t : "n";
        value_.clear();
        inline_.clear();
        formula_.clear();
        has_value_ = has_formula_ = false;
    }

    SourceLocation here() const { return {row_, column_, 0, grid_.sheet()}; }

    std::string formula_text() const {
        if (formula_.size() > kFormulaShown) return "=" + formula_.substr(0, kFormulaShown) + "...";
        return "=" + formula_;
    }

    void end_cell() {
        in_cell_ = false;
        std::string text;
        if (type_ == "s") {
            if (!has_value_) return grid_.add_cell(column_, "");
            char* end = nullptr;
            const unsigned long index = std::strtoul(value_.c_str(), &end, 10);
            if (end == value_.c_str() || index >= context_.shared_strings->size())
                throw WorkbookError("damaged-workbook",
                                    "the workbook is damaged: cell " + cell_reference(here()) +
                                        " refers to shared string " + value_ + ", which the workbook does not have; "
                                        "open it in Excel or LibreOffice and save it again",
                                    here());
            text = (*context_.shared_strings)[index];
        } else if (type_ == "inlineStr") {
            text = decode_ooxml_escapes(inline_);
        } else if (type_ == "str") {
            if (has_formula_ && !has_value_) return formula_without_value();
            text = decode_ooxml_escapes(value_);
        } else if (type_ == "b") {
            if (!has_value_) return formula_without_value();
            text = value_ == "1" || value_ == "true" ? "TRUE" : "FALSE";
        } else if (type_ == "e") {
            grid_.add_problem({here(), "error-cell",
                               "cell " + cell_reference(here()) + " holds the error " + value_ +
                                   (has_formula_ ? " (its formula " + formula_text() + " could not be worked out)" : "") +
                                   "; correct it in the workbook"});
            return grid_.add_cell(column_, "");  // the error is reported once, as the cell's
        } else if (type_ == "d") {
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

    void formula_without_value() {
        grid_.add_problem({here(), "formula-without-value",
                           "cell " + cell_reference(here()) + " holds a formula (" + formula_text() +
                               ") with no saved result, and scorecard never works formulas out: open the workbook in "
                               "Excel or LibreOffice and save it, so each formula's result is stored"});
        grid_.add_cell(column_, "");
    }

    void add_merge(const char** attributes) {
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

    const XlsxSheetContext& context_;
    SheetGrid& grid_;
    const std::function<bool(const SheetGrid&)>& keep_reading_;
    bool in_data_ = false, in_row_ = false, in_cell_ = false, in_value_ = false, in_formula_ = false;
    bool in_inline_ = false, in_inline_text_ = false, in_phonetic_ = false;
    bool has_value_ = false, has_formula_ = false;
    int row_ = 0, column_ = 0;
    std::size_t style_ = 0;
    std::string type_, value_, inline_, formula_;
};

}  // namespace

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

bool read_xlsx_sheet(ZipArchive& archive, const std::string& part, const XlsxSheetContext& context, SheetGrid& grid,
                     const std::function<bool(const SheetGrid&)>& keep_reading) {
    SheetReader reader(context, grid, keep_reading);
    parse_archive_part(archive, part, reader);
    return !reader.gave_up;
}

}  // namespace scorecard
