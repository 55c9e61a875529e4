#include "data_sheet.hpp"

#include <optional>

#include "page_setup.hpp"
#include "sheet_sizer.hpp"
#include "sheet_writer.hpp"

namespace scorecard::xlsx {

namespace {

// One cell of a data row, before it is styled.
struct DataValue {
    CellContent content;
    bool boolean = false;
};

DataValue text_of(const std::string& text) {
    DataValue v;
    if (!text.empty()) {
        v.content.kind = CellKind::Text;
        v.content.text = text;
    }
    return v;
}

// A figure column holds numbers only; "N/A" and blanks leave the cell empty (the text as shown
// is in the column beside it).
DataValue figure(const Value& value) {
    DataValue v;
    if (value.is_number()) v.content = value_cell(value);
    return v;
}

// What the table wrote where a figure column has none ("N/A"); empty beside a figure, so no
// number is ever stored as text.
DataValue not_a_figure(const Value& value) { return value.is_number() ? DataValue{} : text_of(display_text(value)); }

// A computed amount in the unit of `like` (a change of 0.14 percentage points is stored as
// 0.0014 and shown 0.14%, as the figures it was computed from are).
DataValue amount(const std::optional<double>& x, const Value& like) {
    if (!x || !like.is_number()) return {};
    Value v = like;
    v.number = *x;
    v.text.clear();
    return figure(v);
}

// A computed figure with no source value to take its look from: shown with `decimals`
// decimals, as a percentage when `unit` is Percent (`shown` then holds 5.3 for 5.3%).
DataValue quantity(double shown, Unit unit, int decimals) {
    Value v;
    v.state = ValueState::Number;
    v.number = shown;
    v.unit = unit;
    v.decimals = decimals;
    return figure(v);
}

template <class T>
DataValue quantity(const std::optional<T>& x, Unit unit, int decimals, double scale = 1) {
    return x ? quantity(static_cast<double>(*x) * scale, unit, decimals) : DataValue{};
}

DataValue boolean(const std::optional<bool>& x) {
    if (!x) return {};
    DataValue v;
    v.content.kind = CellKind::Number;
    v.content.number = *x ? 1 : 0;
    v.content.text = *x ? "TRUE" : "FALSE";
    v.boolean = true;
    return v;
}

DataValue rating(Rag rag) { return text_of(rag_name(rag)); }

const Value& unit_source(const Indicator& i) { return i.latest.is_number() ? i.latest : i.previous; }

struct DataColumn {
    const char* header;
    DataValue (*value)(const Group&, const Indicator&);
    double max_px;
};

constexpr double kText = 320, kShort = 140, kFigure = 120;

// Group, theme and indicator first, the way a reader finds a row; then every stated field in
// the order of the table, then what compute derived.
const DataColumn kColumns[] = {
    {"Topic or outcome", [](const Group& g, const Indicator&) { return text_of(g.name); }, kText},
    {"Theme", [](const Group&, const Indicator& i) { return text_of(i.theme.text); }, kShort},
    {"Indicator", [](const Group&, const Indicator& i) { return text_of(i.name.text); }, kText},
    {"Indicator ID", [](const Group&, const Indicator& i) { return text_of(i.id); }, kText},
    {"Polarity", [](const Group&, const Indicator& i) { return text_of(polarity_name(i.polarity)); }, kShort},
    {"Polarity as written", [](const Group&, const Indicator& i) { return text_of(i.polarity_text.text); }, kShort},
    {"Reporting frequency", [](const Group&, const Indicator& i) { return text_of(i.frequency.text); }, kShort},
    {"Previous period", [](const Group&, const Indicator& i) { return text_of(i.previous_period.text); }, kShort},
    {"Previous value", [](const Group&, const Indicator& i) { return figure(i.previous); }, kFigure},
    {"Previous value if not a figure", [](const Group&, const Indicator& i) { return not_a_figure(i.previous); }, kShort},
    {"Latest period", [](const Group&, const Indicator& i) { return text_of(i.latest_period.text); }, kShort},
    {"Latest value", [](const Group&, const Indicator& i) { return figure(i.latest); }, kFigure},
    {"Latest value if not a figure", [](const Group&, const Indicator& i) { return not_a_figure(i.latest); }, kShort},
    {"Unit", [](const Group&, const Indicator& i) {
         const Value& v = unit_source(i);
         return v.is_number() ? text_of(unit_name(v.unit)) : DataValue{};
     }, kShort},
    {"Figure in brackets", [](const Group&, const Indicator& i) { return figure(i.latest_bracketed); }, kFigure},
    {"Numerator", [](const Group&, const Indicator& i) { return figure(i.numerator); }, kFigure},
    {"Denominator", [](const Group&, const Indicator& i) { return figure(i.denominator); }, kFigure},
    {"Stated trend", [](const Group&, const Indicator& i) { return text_of(i.stated_trend.text); }, kShort},
    {"Stated comparison with previous", [](const Group&, const Indicator& i) { return text_of(i.stated_direction.text); }, kShort},
    {"Target as written", [](const Group&, const Indicator& i) { return text_of(i.target.text); }, kShort},
    {"Target operator", [](const Group&, const Indicator& i) { return text_of(target_operator_text(i.target.op)); }, kShort},
    {"Target value", [](const Group&, const Indicator& i) { return figure(i.target.value); }, kFigure},
    {"Stated RAG", [](const Group&, const Indicator& i) { return rating(i.stated_rag.rag); }, kShort},
    {"Stated RAG as written", [](const Group&, const Indicator& i) { return text_of(i.stated_rag.text); }, kShort},
    {"National quartile", [](const Group&, const Indicator& i) { return figure(i.quartile); }, kFigure},
    {"Statistical neighbour average", [](const Group&, const Indicator& i) { return figure(i.neighbour_average); }, kFigure},
    {"Commentary", [](const Group&, const Indicator& i) { return text_of(i.commentary.text); }, kText},
    {"Source line", [](const Group&, const Indicator& i) { return i.line > 0 ? quantity(i.line, Unit::Count, 0) : DataValue{}; }, kFigure},
    {"Computed trend", [](const Group&, const Indicator& i) { return text_of(trend_name(i.computed.trend)); }, kShort},
    {"Computed direction of travel", [](const Group&, const Indicator& i) { return text_of(direction_name(i.computed.direction)); }, kShort},
    {"Target met", [](const Group&, const Indicator& i) { return boolean(i.computed.target_met); }, kFigure},
    {"Target gap", [](const Group&, const Indicator& i) { return amount(i.computed.target_gap, i.latest); }, kFigure},
    {"Change", [](const Group&, const Indicator& i) { return amount(i.computed.change, unit_source(i)); }, kFigure},
    {"Relative change", [](const Group&, const Indicator& i) { return quantity(i.computed.relative_change, Unit::Percent, 1, 100); }, kFigure},
    {"Gap to neighbour average", [](const Group&, const Indicator& i) { return amount(i.computed.neighbour_gap, i.latest); }, kFigure},
    {"Quartile RAG", [](const Group&, const Indicator& i) { return rating(i.computed.quartile_rag); }, kShort},
    {"Target RAG", [](const Group&, const Indicator& i) { return rating(i.computed.target_rag); }, kShort},
    {"Computed RAG", [](const Group&, const Indicator& i) { return rating(i.computed.rag); }, kShort},
    {"Computed RAG rule", [](const Group&, const Indicator& i) { return text_of(i.computed.rag_rule); }, kText},
    {"National rank", [](const Group&, const Indicator& i) { return quantity(i.computed.national_rank, Unit::Count, 0); }, kFigure},
    {"Authorities ranked", [](const Group&, const Indicator& i) { return quantity(i.computed.national_authorities, Unit::Count, 0); }, kFigure},
    {"Computed national quartile", [](const Group&, const Indicator& i) { return quantity(i.computed.national_quartile, Unit::Count, 0); }, kFigure},
    {"Position in quartile", [](const Group&, const Indicator& i) { return quantity(i.computed.quartile_position, Unit::Other, 2); }, kFigure},
    {"National neighbour average", [](const Group&, const Indicator& i) { return amount(i.computed.national_neighbour_average, i.latest); }, kFigure},
};

constexpr std::uint16_t kColumnCount = sizeof kColumns / sizeof kColumns[0];
// The filter button a table puts in each header cell.
constexpr double kFilterButtonPx = 18;

CellStyle table_header_style(const Palette& palette) {
    CellStyle s = palette.label();
    s.valign = VAlign::Centre;
    return s;
}

}  // namespace

std::vector<std::string> data_headers() {
    std::vector<std::string> headers;
    for (const auto& c : kColumns) headers.push_back(c.header);
    return headers;
}

DataRows::DataRows(const Scorecard& scorecard, const Palette& palette, std::string title)
    : scorecard_(scorecard), palette_(palette), title_(std::move(title)) {
    // A column no indicator has a value for (national ranks without --national, commentary the
    // table does not have) would be a blank column inside the table, which the accessibility
    // checklist rules out: it is left out, and the note says so.
    std::vector<bool> used(kColumnCount, scorecard.indicator_count() == 0);
    for (const auto& group : scorecard.groups)
        for (const auto& indicator : group.indicators)
            for (std::uint16_t c = 0; c < kColumnCount; ++c)
                if (!used[c] && kColumns[c].value(group, indicator).content.kind != CellKind::Empty) used[c] = true;
    for (std::uint16_t c = 0; c < kColumnCount; ++c)
        if (used[c]) columns_.push_back(c);
}

std::uint16_t DataRows::column_count() const { return static_cast<std::uint16_t>(columns_.size()); }

std::vector<std::string> DataRows::headers() const {
    std::vector<std::string> h;
    for (std::uint16_t c : columns_) h.push_back(kColumns[c].header);
    return h;
}

ColumnLimits DataRows::limits(std::uint16_t column) const {
    ColumnLimits limits;
    limits.min_px = 40;
    limits.max_px = kColumns[columns_.at(column)].max_px;
    return limits;
}

std::uint32_t DataRows::last_row() const {
    return kHeaderRow + static_cast<std::uint32_t>(scorecard_.indicator_count());
}

TableSpec DataRows::table() const {
    TableSpec t;
    t.name = "ScorecardData";
    t.header_row = kHeaderRow;
    t.last_row = last_row();
    t.headers = headers();
    return t;
}

void DataRows::rows(const std::function<void(const SheetRow&)>& visit) const {
    const std::uint16_t count = column_count();
    SheetRow row;
    auto start = [&](std::uint32_t index) {
        row.index = index;
        row.cells.assign(count, SheetCell{});
    };
    start(kTitleRow);
    row.cells[0].content = text_of(title_ + ": data").content;
    row.cells[0].style = palette_.title();
    row.cells[0].overflows = true;
    visit(row);

    start(kNoteRow);
    row.cells[0].content = text_of("One row per indicator. Figures are numbers: percentages are stored as fractions "
                                   "(22.60% is 0.226) and shown as the source showed them. Stated columns are what "
                                   "was published; computed columns are scorecard's cross-checks. Columns with no "
                                   "value for any indicator are left out. See the About sheet.")
                               .content;
    row.cells[0].style = palette_.note();
    row.cells[0].overflows = true;
    visit(row);

    start(kHeaderRow);
    for (std::uint16_t c = 0; c < count; ++c) {
        row.cells[c].content = text_of(kColumns[columns_[c]].header).content;
        row.cells[c].style = table_header_style(palette_);
        row.cells[c].extra_px = kFilterButtonPx;
    }
    visit(row);

    std::uint32_t index = kHeaderRow;
    for (const auto& group : scorecard_.groups)
        for (const auto& indicator : group.indicators) {
            start(++index);
            for (std::uint16_t c = 0; c < count; ++c) {
                DataValue v = kColumns[columns_[c]].value(group, indicator);
                SheetCell& cell = row.cells[c];
                cell.content = std::move(v.content);
                cell.boolean = v.boolean;
                cell.style = palette_.plain(false);
                if (cell.content.kind == CellKind::Number) cell.style.number_format = cell.content.number_format;
            }
            visit(row);
        }
}

void add_data_sheet(const WorkbookParts& parts) {
    DataRows source(parts.scorecard, parts.reading_palette, parts.title());
    lxw_worksheet* sheet = parts.add_sheet(kDataSheet);
    const SheetPlan plan = plan_sheet(source, parts.measure);
    write_sheet(sheet, kDataSheet, source, plan, parts.formats);
    if (parts.scorecard.indicator_count() > 0)
        add_table(sheet, kDataSheet, source.table(), source.column_count(), parts.formats,
                  table_header_style(parts.reading_palette));
    worksheet_freeze_panes(sheet, DataRows::kHeaderRow + 1, 0);

    PrintLayout print;
    print.first_row = DataRows::kTitleRow;
    print.last_row = source.last_row();
    print.last_column = static_cast<std::uint16_t>(source.column_count() - 1);
    print.repeat_row = DataRows::kHeaderRow;
    print.fit_to_width = false;  // 40-odd columns: printed across pages, never shrunk unreadably
    print.font_name = parts.measure.workbook_font_name();
    set_up_printing(sheet, kDataSheet, parts.layout, parts.title(), print);
}

}  // namespace scorecard::xlsx
