// The number format of each cell style of an .xlsx (styles.xml: numFmts and cellXfs), so a
// cell's number shows as its owner sees it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "number_format.hpp"
#include "zip_archive.hpp"

namespace scorecard {

class XlsxStyles {
public:
    XlsxStyles();  // no styles part: every cell is General
    // Throws WorkbookError for a damaged part or one past the limit on cell formats.
    XlsxStyles(ZipArchive& archive, const std::string& part, const WorkbookLimits& limits);

    // The number format of cell style `index` (a cell's s attribute); General for an index
    // the styles do not have.
    const NumberFormat& format(std::size_t index) const;
    // The style's format has a section for text ("@"), which a text cell shows through.
    bool formats_text(std::size_t index) const;

private:
    NumberFormat general_;
    std::vector<NumberFormat> by_style_;
    std::vector<bool> formats_text_;
};

}  // namespace scorecard
