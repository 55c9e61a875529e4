// The workbook's Normal style font.
//
// A spreadsheet measures column widths in "characters": the width of a digit in the Normal
// style's font. libxlsxwriter makes that Calibri 11, whose digit is 7 pixels in Excel. A reader
// without Calibri (LibreOffice on a server, a partner's Linux desktop) substitutes its own
// default, whose digit is wider, and every column comes out a third wider than measured. Arial
// 10 also has a 7-pixel digit in Excel, and every reader has Arial or its metric twin Liberation
// Sans, so with it the measured widths hold everywhere.
//
// libxlsxwriter 1.1.4 has no call to change the default format, but the default is simply the
// first format of the workbook (workbook_new adds it before anything else); it is changed there,
// and left alone if it is not the Calibri one expected.
#pragma once

#include <string>

#include "libxlsxwriter_version.hpp"

namespace scorecard::xlsx {

// Makes the Normal style `font_name` at 10 pt. Returns false when the workbook's first format is
// not libxlsxwriter's Calibri default (a different library version): nothing is changed then.
bool set_normal_font(lxw_workbook* workbook, const std::string& font_name);

}  // namespace scorecard::xlsx
