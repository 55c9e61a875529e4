// How a cell looks, as a plain value, and the cache that turns it into libxlsxwriter formats.
//
// Sheets describe each cell's look with a CellStyle; FormatCache hands out one lxw_format per
// distinct look. Without the cache a 100,000-row sheet would allocate a format per cell
// (libxlsxwriter only merges duplicates when the file is closed).
#pragma once

#include <map>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <xlsxwriter.h>

#include "stages/templates/output_template.hpp"

namespace scorecard::xlsx {

enum class VAlign { Top, Centre };

struct CellStyle {
    bool bold = false;
    bool italic = false;
    bool underline = false;           // a hyperlink
    double size_pt = 8;
    bool filled = false;
    unsigned fill = 0xFFFFFF;         // 0xRRGGBB
    unsigned font_colour = 0x000000;  // 0xRRGGBB
    Align align = Align::Left;
    VAlign valign = VAlign::Top;
    bool wrap = false;
    bool border = false;
    unsigned border_colour = 0x808080;
    std::string number_format;  // empty: General

    auto key() const {
        return std::tie(bold, italic, underline, size_pt, filled, fill, font_colour, align, valign, wrap, border,
                        border_colour, number_format);
    }
    bool operator<(const CellStyle& other) const { return key() < other.key(); }
    bool operator==(const CellStyle& other) const { return key() == other.key(); }
};

class FormatCache {
public:
    FormatCache(lxw_workbook* workbook, std::string font_name) : workbook_(workbook), font_name_(std::move(font_name)) {}
    lxw_format* get(const CellStyle& style);
    // The same, remembering the last few looks asked for in each column: down a column the
    // look changes among a few (a figure's format, a RAG fill), and a comparison is cheaper
    // than a search (it shows at 100,000 rows).
    lxw_format* get(const CellStyle& style, std::uint16_t column);
    std::size_t size() const { return formats_.size(); }

private:
    lxw_workbook* workbook_;
    std::string font_name_;
    std::map<CellStyle, lxw_format*> formats_;
    static constexpr std::size_t kRecent = 4;
    std::vector<std::vector<std::pair<CellStyle, lxw_format*>>> recent_;  // by column, latest first
};

}  // namespace scorecard::xlsx
