#include "default_font.hpp"

#include <cstring>

namespace scorecard::xlsx {

namespace {
// Arial 10 has the same 7-pixel digit as Calibri 11, so libxlsxwriter's pixel-to-width
// conversion (worksheet_set_column_pixels) stays exact.
constexpr double kNormalFontSize = 10;
}  // namespace

bool set_normal_font(lxw_workbook* workbook, const std::string& font_name) {
    if (!workbook || !workbook->formats) return false;
    lxw_format* normal = STAILQ_FIRST(workbook->formats);
    // libxlsxwriter leaves the name empty and writes Calibri for it.
    const bool calibri = normal && (normal->font_name[0] == '\0' || std::strcmp(normal->font_name, "Calibri") == 0);
    if (!calibri || normal->font_size != 11 || normal->xf_index != 0) return false;
    format_set_font_name(normal, font_name.c_str());
    format_set_font_size(normal, kNormalFontSize);
    return true;
}

}  // namespace scorecard::xlsx
