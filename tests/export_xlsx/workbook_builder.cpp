#include "workbook_builder.hpp"

#include <stdexcept>

#include "stages/export/common/cell_content.hpp"
#include "stages/export/common/export_context.hpp"
#include "stages/export/xlsx/xlsx_writer.hpp"

namespace scorecard::test {

BuiltWorkbook build_workbook(const std::string& input, const std::string& path, const std::string& template_name,
                             std::time_t created) {
    BuiltWorkbook built;
    CheckOptions options;
    options.template_name = template_name;
    built.checked = read_and_check(input, options);
    if (built.checked.rejected) throw std::runtime_error(input + " was rejected");
    // The layout as the writer lays this scorecard out (optional columns with data only).
    built.checked.layout = layout_for(built.checked.scorecard, built.checked.layout);
    ExportContext context;
    context.source_name = scorecard::published_file_name(input);
    context.template_name = built.checked.layout.name + " (" + scorecard::published_file_name(built.checked.layout.file) + ")";
    context.version = "test";
    context.created = created;
    write_workbook(built.checked.scorecard, built.checked.findings, built.checked.layout, context, path);
    built.path = path;
    built.book = std::make_unique<XlsxWorkbook>(path);
    return built;
}

namespace {
ScratchDir& seed_dir() {
    static ScratchDir dir("xlsx-seeds");
    return dir;
}
}  // namespace

const BuiltWorkbook& flat_seed() {
    static const BuiltWorkbook built =
        build_workbook(fixture_path("children-families-2022-23-q3.txt"), seed_dir().file("flat.xlsx"));
    return built;
}

const BuiltWorkbook& sectioned_seed() {
    static const BuiltWorkbook built =
        build_workbook(fixture_path("children-families-2019-20-q3.txt"), seed_dir().file("sectioned.xlsx"));
    return built;
}

int row_with(const XlsxSheet& sheet, int column, const std::string& text) {
    for (const auto& [row, cell] : sheet.column(column))
        if (cell->is_string() && cell->text == text) return row;
    throw std::runtime_error("no row of " + sheet.name + " holds \"" + text + "\" in column " + std::to_string(column));
}

}  // namespace scorecard::test
