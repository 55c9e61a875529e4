#include "sparklines.hpp"

#include "table_parts.hpp"  // xml_text

#include <cstdio>

#include "stages/export/common/export_context.hpp"
#include "sheet_writer.hpp"

namespace scorecard::xlsx {

namespace {

const char* const kSparklineExtensionUri = "{05C60535-1F16-4fd2-B633-F4F36F0B64E0}";
const char* const kX14Namespace = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const char* const kXmNamespace = "http://schemas.microsoft.com/office/excel/2006/main";

std::string argb(const Rgb& c) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "FF%02X%02X%02X", c.r, c.g, c.b);
    return buffer;
}

// The sparklines' colours: earlier bars in the template's grid colour, the last in its text colour.
void write_colours(std::string& xml, const OutputTemplate& layout) {
    const std::string bars = argb(layout.grid), latest = argb(layout.text);
    xml += "<x14:colorSeries rgb=\"" + bars + "\"/>";
    xml += "<x14:colorNegative rgb=\"" + bars + "\"/>";
    xml += "<x14:colorAxis rgb=\"" + latest + "\"/>";
    xml += "<x14:colorMarkers rgb=\"" + latest + "\"/>";
    xml += "<x14:colorFirst rgb=\"" + bars + "\"/>";
    xml += "<x14:colorLast rgb=\"" + latest + "\"/>";
    xml += "<x14:colorHigh rgb=\"" + bars + "\"/>";
    xml += "<x14:colorLow rgb=\"" + bars + "\"/>";
}

void write_sparklines(std::string& xml, const std::vector<const TrendChart*>& charts, const std::string& data_sheet) {
    xml += "<x14:sparklines>";
    for (const TrendChart* c : charts) {
        xml += "<x14:sparkline><xm:f>";
        xml += xml_text(range_reference(data_sheet, c->data_row, c->first_data_column,
                                          static_cast<std::uint16_t>(c->first_data_column + c->points - 1)));
        xml += "</xm:f><xm:sqref>" + cell_name(c->cell_row, c->cell_column) + "</xm:sqref></x14:sparkline>";
    }
    xml += "</x14:sparklines></x14:sparklineGroup>";
}

void write_group(std::string& xml, const std::vector<const TrendChart*>& charts, bool with_negatives,
                 const std::string& data_sheet, const OutputTemplate& layout) {
    if (charts.empty()) return;
    // Without negatives the axis is pinned at zero; with them each chart scales to its own
    // range and draws the zero axis the bars hang from.
    xml += with_negatives ? "<x14:sparklineGroup type=\"column\" displayEmptyCellsAs=\"gap\" last=\"1\" displayXAxis=\"1\">"
                          : "<x14:sparklineGroup manualMin=\"0\" type=\"column\" displayEmptyCellsAs=\"gap\" last=\"1\" "
                            "minAxisType=\"custom\">";
    write_colours(xml, layout);
    write_sparklines(xml, charts, data_sheet);
}

// A chart whose values sit close together: a group of its own, its axis starting where the
// PDF's and the page's do (the minimum is a group's setting, not a sparkline's).
void write_baseline_group(std::string& xml, const TrendChart& chart, const std::string& data_sheet,
                          const OutputTemplate& layout) {
    char minimum[40];
    std::snprintf(minimum, sizeof minimum, "%.15g", chart.axis_min);
    xml += std::string("<x14:sparklineGroup manualMin=\"") + minimum +
           "\" type=\"column\" displayEmptyCellsAs=\"gap\" last=\"1\" minAxisType=\"custom\">";
    write_colours(xml, layout);
    write_sparklines(xml, {&chart}, data_sheet);
}

}  // namespace

std::string range_reference(const std::string& sheet, std::uint32_t row, std::uint16_t first_column,
                            std::uint16_t last_column) {
    std::string quoted = "'";
    for (char c : sheet) quoted += c == '\'' ? std::string("''") : std::string(1, c);
    quoted += "'";
    return quoted + "!" + cell_name(row, first_column) + ":" + cell_name(row, last_column);
}

std::string sparkline_extension(const std::vector<TrendChart>& charts, const std::string& data_sheet,
                                const OutputTemplate& layout) {
    if (charts.empty()) return {};
    // Positive series whose axis starts above zero each get a group; Excel cannot start an
    // axis above the values, so close negative series hang from zero with the others.
    std::vector<const TrendChart*> positive, mixed, baseline;
    for (const auto& c : charts) (c.has_negative ? mixed : !c.from_zero ? baseline : positive).push_back(&c);
    std::string xml = std::string("<ext xmlns:x14=\"") + kX14Namespace + "\" uri=\"" + kSparklineExtensionUri + "\">";
    xml += std::string("<x14:sparklineGroups xmlns:xm=\"") + kXmNamespace + "\">";
    write_group(xml, positive, false, data_sheet, layout);
    write_group(xml, mixed, true, data_sheet, layout);
    for (const TrendChart* c : baseline) write_baseline_group(xml, *c, data_sheet, layout);
    xml += "</x14:sparklineGroups></ext>";
    return xml;
}

std::string add_extension_to_sheet_tail(const std::string& tail, const std::string& ext) {
    const std::size_t end = tail.rfind("</worksheet>");
    if (end == std::string::npos) throw ExportError("Excel export: the sheet XML does not end in </worksheet>");
    const std::size_t ext_list_end = tail.rfind("</extLst>", end);
    // An <extLst> already there (libxlsxwriter writes one for some features) must be the last
    // element: the new <ext> joins it.
    if (ext_list_end != std::string::npos && tail.find_first_not_of(" \r\n\t", ext_list_end + 9) == end)
        return tail.substr(0, ext_list_end) + ext + tail.substr(ext_list_end);
    return tail.substr(0, end) + "<extLst>" + ext + "</extLst>" + tail.substr(end);
}

}  // namespace scorecard::xlsx
