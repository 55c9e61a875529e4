// Whether a workbook is one scorecard wrote and nothing has saved since: its docProps/app.xml
// names scorecard as the application (properties.hpp). Excel, LibreOffice and openpyxl each
// write their own name there when they save, so a scorecard workbook saved since in any of them
// is the user's. Reads only the zip's directory and the two property parts, never the sheets.
#pragma once

#include "stages/export/common/file_origin.hpp"

namespace scorecard::xlsx {

FileOrigin workbook_origin(const std::string& path);

}  // namespace scorecard::xlsx
