// Native Excel sparklines for the trend charts.
//
// libxlsxwriter (the C library) has never written sparklines. They are an Excel 2010 extension
// of the sheet XML: an <extLst><ext uri="{05C60535-...}"> holding x14:sparklineGroups, each
// sparkline naming its data range and the cell it is drawn in. So the workbook is written as
// usual, and the extension is added to the Scorecard sheet's XML afterwards (zip_rewrite.hpp).
//
// The charts are column charts, like the PDF's, with the latest bar marked (Excel's "last
// point" colour). Bars start from zero so a small value reads as a small bar, unless the
// values sit close together: then the axis starts where the PDF's does (common/chart_geometry's
// baseline rule), each such sparkline in a group of its own. Indicators with a negative value
// (Progress 8 scores) go in a group of their own with a zero axis drawn.
#pragma once

#include <string>
#include <vector>

#include "stages/templates/output_template.hpp"
#include "trend_sheet.hpp"

namespace scorecard::xlsx {

// The <ext> element holding every sparkline; empty when there are none.
std::string sparkline_extension(const std::vector<TrendChart>& charts, const std::string& data_sheet,
                                const OutputTemplate& layout);

// Puts an <ext> element into the tail of a sheet's XML: into its <extLst> if it has one,
// else in a new <extLst> just before </worksheet> (where the schema wants it, last).
// Throws ExportError when the tail holds no </worksheet>.
std::string add_extension_to_sheet_tail(const std::string& tail, const std::string& ext);

// 'Trend data'!D4:H4: a sheet name quoted as a formula needs it.
std::string range_reference(const std::string& sheet, std::uint32_t row, std::uint16_t first_column,
                            std::uint16_t last_column);

}  // namespace scorecard::xlsx
