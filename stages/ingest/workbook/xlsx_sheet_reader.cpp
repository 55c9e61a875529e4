#include "xlsx_sheet_reader.hpp"

#include "archive_xml.hpp"
#include "sheet_halves.hpp"
#include "xlsx_sheet_handler.hpp"

namespace scorecard {

bool read_xlsx_sheet(ZipArchive& archive, const std::string& part, const XlsxSheetContext& context, SheetGrid& grid,
                     const std::function<bool(const SheetGrid&)>& keep_reading) {
    bool gave_up = false;
    if (read_sheet_in_halves(archive, part, context, grid, keep_reading, &gave_up)) return !gave_up;
    XlsxSheetHandler reader(context, grid, keep_reading);
    parse_archive_part(archive, part, reader);
    reader.strings_read(true);
    return !reader.gave_up;
}

}  // namespace scorecard
