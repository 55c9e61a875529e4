#include "trend_chart.hpp"

#include "table_layout.hpp"  // kCellPadX, kCellPadY

namespace scorecard::pdf {

ChartStyle pdf_chart_style(const TextMeasurer& measure) {
    ChartStyle style;
    TextStyle label;
    label.size = kChartLabelSize;
    style.label_size = kChartLabelSize;
    style.label_ascent = measure.ascent(label);
    style.label_line = measure.ascent(label) + measure.descent(label) + 0.5;
    style.max_bar_width = kMaxBarWidth;
    style.hairline = 0.5;
    style.break_mark = kChartBreakMark;
    style.label_width = [&measure, label](const std::string& text) { return measure.width(text, label); };
    return style;
}

Box chart_area(const Box& cell) {
    return Box{cell.left + kCellPadX, cell.top + kCellPadY + 1, cell.width - 2 * kCellPadX,
               cell.height - 2 * kCellPadY - 1};
}

double chart_min_height(const std::vector<HistoryPoint>& points, double width, const TextMeasurer& measure) {
    const ChartStyle style = pdf_chart_style(measure);
    const ChartGeometry chart = lay_out_chart(points, chart_area(Box{0, 0, width, kChartMinHeight}), measure);
    const bool two_lines = chart.labels.size() == 2 && chart.labels[1].baseline > chart.labels[0].baseline;
    return kChartMinHeight + (two_lines ? style.label_line : 0);
}

ChartGeometry lay_out_chart(const std::vector<HistoryPoint>& points, const Box& area, const TextMeasurer& measure) {
    return chart_geometry(points, ChartBox{area.left, area.top, area.width, area.height}, pdf_chart_style(measure));
}

}  // namespace scorecard::pdf
