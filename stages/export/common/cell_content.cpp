#include "cell_content.hpp"

#include "stages/model/data_points.hpp"

#include "corrections.hpp"

namespace scorecard {

namespace {

CellContent text_cell(const std::string& text) {
    CellContent c;
    if (text.empty()) return c;
    c.kind = CellKind::Text;
    c.text = text;
    return c;
}

// A value the rules filled or corrected carries the marker, so the reader can find it in the
// list of corrections (corrections.hpp).
CellContent published_text_cell(const Published& p) {
    CellContent c = text_cell(p.changed() ? p.text + kCorrectionMarker : p.text);
    c.corrected = p.changed();
    return c;
}

CellContent rag_cell(Rag rag, const std::string& stated_text, RagStyle style) {
    CellContent c;
    if (rag == Rag::Green || rag == Rag::Amber || rag == Rag::Red) {
        c.kind = CellKind::Rag;
        c.rag = rag;
        c.text = style == RagStyle::Letter ? rag_letter(rag) : rag_name(rag);
        return c;
    }
    // "N/A" or blank: shown as the table showed it, with no fill.
    return text_cell(stated_text);
}

CellContent published_rag_cell(const Published& p, RagStyle style) {
    CellContent c = rag_cell(p.rag, p.text, style);
    if (p.changed()) {
        c.text += kCorrectionMarker;
        c.corrected = true;
    }
    return c;
}

std::string current_performance_text(const Indicator& i) {
    std::string text = display_text(i.latest);
    if (i.latest_bracketed.is_number() || !i.latest_bracketed.text.empty()) {
        std::string bracket = display_text(i.latest_bracketed);
        if (!bracket.empty()) text += (text.empty() ? "(" : " (") + bracket + ")";
    }
    return text;
}

}  // namespace

CellContent value_cell(const Value& value) {
    CellContent c;
    if (value.is_number()) {
        c.kind = CellKind::Number;
        c.text = display_text(value);
        c.number = value.stored_number();
        c.number_format = excel_number_format(value);
        return c;
    }
    return text_cell(display_text(value));
}

CellContent cell_content(const ColumnSpec& column, const Indicator& i) {
    switch (column.field) {
        case ColumnField::Topic: return text_cell(i.group);
        case ColumnField::Theme: return text_cell(i.theme.text);
        case ColumnField::Indicator: return text_cell(i.name.text);
        case ColumnField::Polarity:
            return text_cell(i.polarity_text.text.empty() && i.polarity != Polarity::NotStated
                                 ? polarity_name(i.polarity)
                                 : i.polarity_text.text);
        case ColumnField::Frequency: return text_cell(i.frequency.text);
        case ColumnField::PreviousPeriod: return text_cell(i.previous_period.text);
        case ColumnField::PreviousValue: return value_cell(i.previous);
        case ColumnField::LatestPeriod:
        case ColumnField::LatestUpdate: return text_cell(i.latest_period.text);
        case ColumnField::LatestValue: return value_cell(i.latest);
        case ColumnField::CurrentPerformance: {
            // With a bracketed figure the cell is text ("15.2% (28)"); alone it is the figure.
            if (!i.latest_bracketed.is_blank()) return text_cell(current_performance_text(i));
            return value_cell(i.latest);
        }
        case ColumnField::Trend: return published_text_cell(i.published.trend);
        case ColumnField::Compared: return published_text_cell(i.published.direction);
        case ColumnField::Target: return text_cell(i.target.text);
        case ColumnField::Rag: return published_rag_cell(i.published.rag, column.rag_style);
        case ColumnField::Quartile: return value_cell(i.quartile);
        case ColumnField::NeighbourAverage: return value_cell(i.neighbour_average);
        case ColumnField::TrendChart: {
            CellContent c;
            c.kind = CellKind::Chart;
            return c;
        }
        case ColumnField::Commentary: return text_cell(i.commentary.text);
        case ColumnField::Id: return text_cell(i.id);
        case ColumnField::Numerator: return value_cell(i.numerator);
        case ColumnField::Denominator: return value_cell(i.denominator);
        case ColumnField::ComputedTrend: return text_cell(trend_name(i.computed.trend));
        case ColumnField::Direction: return text_cell(direction_name(i.computed.direction));
        case ColumnField::ComputedRag: return rag_cell(i.computed.rag, rag_name(i.computed.rag), column.rag_style);
        case ColumnField::EnglandAverage: return value_cell(i.computed.england_average);
        case ColumnField::RegionAverage: return value_cell(i.computed.region_average);
    }
    return {};
}

std::vector<ColumnSpec> columns_with_data(const std::vector<ColumnSpec>& columns, const Scorecard& scorecard) {
    std::vector<ColumnSpec> shown;
    for (const auto& column : columns) {
        bool has_data = !column.only_with_data;
        scorecard.for_each_indicator([&](const Indicator& i) {
            // A trend chart has something to draw from two data points; with fewer its cell
            // says so in words, which alone would not make the column worth its width.
            if (has_data) return;
            has_data = column.field == ColumnField::TrendChart ? data_points(i).size() >= 2
                                                               : cell_content(column, i).kind != CellKind::Empty;
        });
        if (has_data) shown.push_back(column);
    }
    return shown;
}

OutputTemplate layout_for(const Scorecard& scorecard, const OutputTemplate& layout) {
    OutputTemplate shown = layout;
    shown.columns = columns_with_data(layout.columns, scorecard);
    return shown;
}

}  // namespace scorecard
