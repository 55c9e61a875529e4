#include "ods_reader.hpp"

#include <cstdlib>
#include <cstring>
#include <memory>
#include <set>

#include "archive_xml.hpp"
#include "number_format.hpp"
#include "workbook_error.hpp"

namespace scorecard {

namespace {

constexpr std::size_t kFormulaShown = 60;

bool is(const char* name, const char* local) { return std::strcmp(name, local) == 0; }

long repeat_count(const char** attributes, const char* name) {
    const char* value = xml_attribute(attributes, name);
    const long n = value ? std::atol(value) : 1;
    return n < 1 ? 1 : n;
}

// The text of a cell saved without its shown text: its value in the general format.
std::string value_text(const char** attributes) {
    const char* type = xml_attribute(attributes, "office:value-type");
    if (!type) return "";
    auto number = [&](const char* name) {
        const char* v = xml_attribute(attributes, name);
        return v ? std::strtod(v, nullptr) : 0.0;
    };
    if (is(type, "float") || is(type, "currency")) return format_general(number("office:value"));
    if (is(type, "percentage")) return format_general(number("office:value") * 100) + "%";
    if (is(type, "boolean")) {
        const char* v = xml_attribute(attributes, "office:boolean-value");
        return v && is(v, "true") ? "TRUE" : "FALSE";
    }
    if (is(type, "date")) {
        const char* v = xml_attribute(attributes, "office:date-value");
        return v ? v : "";
    }
    if (is(type, "time")) {
        const char* v = xml_attribute(attributes, "office:time-value");
        return v ? v : "";
    }
    const char* v = xml_attribute(attributes, "office:string-value");
    return v ? v : "";
}

class ContentReader : public XmlHandler {
public:
    ContentReader(const IngestLimits& limits, const OdsSheetChoice& choice) : limits_(limits), choice_(choice) {}

    std::vector<OdsSheetInfo> sheets;

    void start(const char* name, const char** attributes) override {
        ++depth_;
        if (skip_depth_) return;
        if (in_styles_ && is(name, "style")) {
            const char* family = xml_attribute(attributes, "style:family");
            const char* style = xml_attribute(attributes, "style:name");
            style_name_ = family && is(family, "table") && style ? style : "";
            return;
        }
        if (in_styles_ && is(name, "table-properties") && !style_name_.empty()) {
            const char* display = xml_attribute(attributes, "table:display");
            if (display && is(display, "false")) hidden_styles_.insert(style_name_);
            return;
        }
        if (is(name, "automatic-styles")) {
            in_styles_ = true;
            return;
        }
        if (is(name, "table") && !grid_ && !skipping_table_) return start_table(attributes);
        if (!grid_) return;
        if (is(name, "table-column")) return add_columns(attributes);
        if (is(name, "table-row")) return start_row(attributes);
        if (is(name, "table-cell") || is(name, "covered-table-cell")) return start_cell(attributes);
        if (!in_cell_) return;
        if (is(name, "annotation") || is(name, "frame") || is(name, "custom-shape")) {
            skip_depth_ = depth_;  // a comment or a drawing in the cell is not its text
            return;
        }
        if (is(name, "p") && depth_ == cell_depth_ + 1) {
            if (paragraphs_++ > 0) text_ += '\n';
            has_paragraph_ = true;
            in_paragraph_ = true;
            return;
        }
        if (!in_paragraph_) return;
        if (is(name, "s")) {
            const char* c = xml_attribute(attributes, "text:c");
            text_.append(static_cast<std::size_t>(std::min(std::max(c ? std::atol(c) : 1L, 1L), 1000L)), ' ');
        } else if (is(name, "tab")) {
            text_ += '\t';
        } else if (is(name, "line-break")) {
            text_ += '\n';
        }
    }

    void end(const char* name) override {
        const int closing = depth_--;  // the depth of the element that ends
        if (skip_depth_) {
            if (closing > skip_depth_) return;  // inside what is skipped
            skip_depth_ = 0;                    // the skipped element itself ends
            if (closing != table_depth_) return;
        }
        if (is(name, "automatic-styles")) in_styles_ = false;
        if (is(name, "table") && closing == table_depth_) return end_table();
        if (!grid_) return;
        if ((is(name, "table-cell") || is(name, "covered-table-cell")) && in_cell_ && closing == cell_depth_)
            return end_cell();
        if (is(name, "table-row") && in_row_) return end_row();
        if (is(name, "p") && closing == cell_depth_ + 1) in_paragraph_ = false;
    }

    void text(const char* data, int length) override {
        if (!in_paragraph_ || skip_depth_) return;
        text_.append(data, static_cast<std::size_t>(length));
        if (text_.size() > limits_.max_cell_bytes + 1) text_.resize(limits_.max_cell_bytes + 1);
    }

private:
    void start_table(const char** attributes) {
        const char* table_name = xml_attribute(attributes, "table:name");
        const char* style = xml_attribute(attributes, "table:style-name");
        OdsSheetInfo info;
        info.name = table_name ? table_name : "";
        info.hidden = style && hidden_styles_.count(style) > 0;
        if (sheets.size() >= limits_.workbook.max_sheets)
            throw WorkbookError("too-many-sheets", "the workbook has more than " +
                                                       std::to_string(limits_.workbook.max_sheets) +
                                                       " sheets; the limit is " +
                                                       std::to_string(limits_.workbook.max_sheets));
        sheets.push_back(info);
        table_depth_ = depth_;
        if (!choice_.wanted(info.name, info.hidden)) {
            skipping_table_ = true;
            skip_depth_ = depth_;  // nothing inside is read
            return;
        }
        grid_ = std::make_unique<SheetGrid>(register_sheet_name(info.name), limits_);
        column_ = 0;
        row_ = 0;
        gave_up_ = false;
    }

    void end_table() {
        skipping_table_ = false;
        table_depth_ = 0;
        if (!grid_) return;
        std::unique_ptr<SheetGrid> grid = std::move(grid_);
        if (gave_up_) return;
        if (choice_.finished(*grid, sheets.back().name)) stop_parsing();
    }

    void add_columns(const char** attributes) {
        const long n = std::min(repeat_count(attributes, "table:number-columns-repeated"), 16384L);
        const char* visibility = xml_attribute(attributes, "table:visibility");
        const bool hidden = visibility && !is(visibility, "visible");
        for (long i = 0; i < n && column_ < 16384; ++i) {
            ++column_;
            if (hidden) grid_->hide_column(column_);
        }
    }

    void start_row(const char** attributes) {
        in_row_ = true;
        row_repeat_ = repeat_count(attributes, "table:number-rows-repeated");
        const char* visibility = xml_attribute(attributes, "table:visibility");
        row_hidden_ = visibility && !is(visibility, "visible");
        column_ = 0;
        cells_.clear();
        row_has_text_ = false;
    }

    void start_cell(const char** attributes) {
        in_cell_ = true;
        cell_depth_ = depth_;
        text_.clear();
        paragraphs_ = 0;
        has_paragraph_ = false;
        cell_repeat_ = std::min(repeat_count(attributes, "table:number-columns-repeated"), 16384L);
        const char* formula = xml_attribute(attributes, "table:formula");
        has_formula_ = formula != nullptr;
        formula_text_ = formula ? formula : "";
        const char* value_type = xml_attribute(attributes, "office:value-type");
        const char* calc_type = xml_attribute(attributes, "calcext:value-type");
        error_ = calc_type && is(calc_type, "error");
        has_value_ = value_type != nullptr;
        fallback_ = value_text(attributes);
        formatted_ = xml_attribute(attributes, "table:style-name") != nullptr;
        const long rows_spanned = repeat_count(attributes, "table:number-rows-spanned");
        const long columns_spanned = repeat_count(attributes, "table:number-columns-spanned");
        if (rows_spanned > 1 || columns_spanned > 1) {
            MergedRange m;
            m.first_row = row_ + 1;
            m.first_column = column_ + 1;
            m.last_row = static_cast<int>(std::min<long>(m.first_row + rows_spanned - 1, 1048576));
            m.last_column = static_cast<int>(std::min<long>(m.first_column + columns_spanned - 1, 16384));
            merges_.push_back(m);
        }
    }

    void end_cell() {
        in_cell_ = false;
        in_paragraph_ = false;
        std::string text = has_paragraph_ ? text_ : fallback_;
        const int first_column = column_ + 1;
        column_ = static_cast<int>(std::min<long>(column_ + cell_repeat_, 16384));
        const bool no_value = has_formula_ && !has_value_ && !has_paragraph_;
        if (error_ || no_value) {
            const SourceLocation where{row_ + 1, first_column, 0, 0};
            problems_.push_back({where, error_ ? "error-cell" : "formula-without-value", text, formula_text_});
            text.clear();  // the problem is reported once, as the cell's
        }
        if (text.empty() && !formatted_) return;
        if (!text.empty()) row_has_text_ = true;
        // Repeated cells with text are that many cells; repeated empty ones need only one.
        const long copies = text.empty() ? 1 : cell_repeat_;
        for (long i = 0; i < copies && first_column + i <= 16384; ++i)
            cells_.push_back({first_column + static_cast<int>(i), text});
    }

    void end_row() {
        in_row_ = false;
        // Repeated rows with text are that many rows; repeated empty ones (thousands of them
        // after the data) are only counted.
        const long copies = row_has_text_ ? row_repeat_ : 0;
        for (long i = 0; i < copies; ++i) {
            const int row = row_ + 1 + static_cast<int>(i);
            if (row > 1048576) break;
            grid_->start_row(row, row_hidden_);
            for (const auto& cell : cells_) grid_->add_cell(cell.column, cell.text);
            const std::size_t before = grid_->rows_kept();
            grid_->end_row();
            if (grid_->rows_kept() > before && !choice_.keep_reading(*grid_)) {
                gave_up_ = true;
                grid_.reset();
                skip_depth_ = table_depth_;  // skip the rest of the table
                skipping_table_ = true;
                row_ += static_cast<int>(row_repeat_);
                return;
            }
        }
        flush_problems();
        row_ = static_cast<int>(std::min<long>(row_ + row_repeat_, 1048576));
    }

    void flush_problems() {
        for (auto& p : problems_) {
            if (row_hidden_) continue;
            const SourceLocation where{p.where.line, p.where.column, 0, grid_->sheet()};
            const std::string formula =
                p.formula.size() > kFormulaShown ? p.formula.substr(0, kFormulaShown) + "..." : p.formula;
            if (p.code == "error-cell")
                grid_->add_problem({where, p.code,
                                    "cell " + cell_reference(where) + " holds the error " + p.text +
                                        (formula.empty() ? "" : " (its formula " + formula + " could not be worked out)") +
                                        "; correct it in the workbook"});
            else
                grid_->add_problem({where, p.code,
                                    "cell " + cell_reference(where) + " holds a formula (" + formula +
                                        ") with no saved result, and scorecard never works formulas out: open the "
                                        "workbook in LibreOffice and save it, so each formula's result is stored"});
        }
        problems_.clear();
        for (const auto& m : merges_) grid_->add_merge(m);
        merges_.clear();
    }

    struct PendingCell {
        int column;
        std::string text;
    };
    struct PendingProblem {
        SourceLocation where;
        std::string code;
        std::string text;
        std::string formula;
    };

    const IngestLimits& limits_;
    const OdsSheetChoice& choice_;
    std::set<std::string> hidden_styles_;
    std::string style_name_;
    bool in_styles_ = false;

    std::unique_ptr<SheetGrid> grid_;
    bool skipping_table_ = false;
    bool gave_up_ = false;
    int depth_ = 0, skip_depth_ = 0, table_depth_ = 0, cell_depth_ = 0;
    int row_ = 0, column_ = 0;  // rows and columns done so far in the table
    bool in_row_ = false, row_hidden_ = false, row_has_text_ = false;
    long row_repeat_ = 1, cell_repeat_ = 1;
    std::vector<PendingCell> cells_;
    std::vector<PendingProblem> problems_;
    std::vector<MergedRange> merges_;

    bool in_cell_ = false, in_paragraph_ = false, has_paragraph_ = false;
    bool error_ = false, has_value_ = false, has_formula_ = false, formatted_ = false;
    int paragraphs_ = 0;
    std::string formula_text_, text_, fallback_;
};

// An encrypted .ods lists encryption data for its parts in META-INF/manifest.xml.
class ManifestReader : public XmlHandler {
public:
    bool encrypted = false;
    void start(const char* name, const char**) override {
        if (is(name, "encryption-data")) encrypted = true;
    }
    void end(const char*) override {}
};

}  // namespace

std::vector<OdsSheetInfo> read_ods_sheets(ZipArchive& archive, const IngestLimits& limits, const OdsSheetChoice& choice) {
    if (archive.has("META-INF/manifest.xml")) {
        ManifestReader manifest;
        parse_archive_part(archive, "META-INF/manifest.xml", manifest);
        if (manifest.encrypted)
            throw WorkbookError("encrypted-workbook",
                                "the spreadsheet is encrypted (saved with a password); scorecard cannot read it: open "
                                "it in LibreOffice and save it again without a password");
    }
    if (!archive.has("content.xml"))
        throw WorkbookError("damaged-workbook", "the spreadsheet is damaged: it has no content.xml; open it in "
                                                "LibreOffice and save it again");
    ContentReader reader(limits, choice);
    parse_archive_part(archive, "content.xml", reader);
    return reader.sheets;
}

}  // namespace scorecard
