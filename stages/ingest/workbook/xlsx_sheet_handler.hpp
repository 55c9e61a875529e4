// The SAX handler that reads one worksheet of an .xlsx into a SheetGrid (what it reads is
// said in xlsx_sheet_reader.hpp). read_xlsx_sheet runs one over a whole sheet; a large sheet
// is read by two at once, each over half of it (sheet_halves.cpp).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "sheet_grid.hpp"
#include "xlsx_sheet_reader.hpp"
#include "xml_stream.hpp"

namespace scorecard {

class XlsxSheetHandler : public XmlHandler {
public:
    XlsxSheetHandler(const XlsxSheetContext& context, SheetGrid& grid, const std::function<bool(const SheetGrid&)>& keep)
        : context_(context), grid_(grid), keep_reading_(keep) {}

    bool gave_up = false;
    // Called as the rows start (the columns, which come before them, are known then).
    std::function<void()> on_sheet_data;

    // Are the shared strings read? Once they are, the cells waiting for them get their text.
    bool strings_read(bool wait = false);
    void start(const char* name, const char** attributes) override;
    void end(const char* name) override;
    void text(const char* data, int length) override;

private:
    void hide_columns(const char** attributes);
    void start_row(const char** attributes);
    void start_cell(const char** attributes);
    SourceLocation here() const { return {row_, column_, 0, grid_.sheet()}; }
    std::string formula_text() const;
    void end_cell();
    void formula_without_value();
    void add_merge(const char** attributes);

    const XlsxSheetContext& context_;
    const std::vector<std::string>* strings_ = nullptr;  // once read
    SheetGrid& grid_;
    const std::function<bool(const SheetGrid&)>& keep_reading_;
    bool in_data_ = false, in_row_ = false, in_cell_ = false, in_value_ = false, in_formula_ = false;
    bool in_inline_ = false, in_inline_text_ = false, in_phonetic_ = false;
    bool has_value_ = false, has_formula_ = false;
    int row_ = 0, column_ = 0;
    std::size_t style_ = 0;
    char type_ = 'n';
    std::string value_, inline_, formula_;
};

}  // namespace scorecard
