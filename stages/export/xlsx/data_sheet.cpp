#include "data_sheet.hpp"

#include "table_cells.hpp"
#include "table_sheet.hpp"

#include <cmath>
#include <optional>

#include "stages/export/common/shorthand.hpp"

#include "page_setup.hpp"
#include "period_date.hpp"
#include "sheet_sizer.hpp"
#include "sheet_writer.hpp"

namespace scorecard::xlsx {

namespace {

// One cell of a data row, before it is styled.
struct DataValue {
    CellContent content;
    bool boolean = false;
    std::optional<Shorthand> blank;  // Empty: why, when the value itself says (else the column's reason)
};

DataValue text_of(const std::string& text) {
    DataValue v;
    if (!text.empty()) {
        v.content.kind = CellKind::Text;
        v.content.text = text;
    }
    return v;
}

// The indicator a data row is about, and whether its figures' text is wanted (measuring needs
// it; writing a number does not, and at 100,000 rows formatting them all shows).
struct Row {
    const Group& g;
    const Indicator& i;
    bool shown;
};

// A figure column holds numbers only; "N/A" and blanks leave the cell empty (the text as shown
// is in the column beside it).
DataValue figure(const Row& r, const Value& value) {
    DataValue v;
    if (!value.is_number()) {
        // A blank source cell takes the column's reason; "N/A" or a suppression symbol says its own.
        if (value.state != ValueState::Blank) v.blank = shorthand_for(value);
        return v;
    }
    v.content.kind = CellKind::Number;
    v.content.number = value.stored_number();
    v.content.number_format = excel_number_format(value);
    if (r.shown) v.content.text = display_text(value);
    return v;
}

// What the table wrote where a figure column has none ("N/A"); empty beside a figure, so no
// number is ever stored as text.
DataValue not_a_figure(const Value& value) {
    if (!value.is_number()) return text_of(display_text(value));
    DataValue v;
    v.blank = Shorthand::NotApplicable;  // the figure is in the column beside
    return v;
}

// A computed amount in the unit of `like` (a change of 0.14 percentage points is stored as
// 0.0014 and shown 0.14%, as the figures it was computed from are), to the precision of the
// finer of the figures it was computed from.
DataValue amount(const Row& r, const std::optional<double>& x, const Value& like, const Value& other) {
    if (!x || !like.is_number()) return {};
    Value v = like;
    v.decimals = other.is_number() ? std::max(like.decimals, other.decimals) : like.decimals;
    v.number = rounded_to(*x, v.decimals);
    v.text.clear();
    return figure(r, v);
}

// A computed figure with no source value to take its look from: shown with `decimals`
// decimals, as a percentage when `unit` is Percent (`shown` then holds 5.3 for 5.3%).
DataValue quantity(const Row& r, double shown, Unit unit, int decimals) {
    Value v;
    v.state = ValueState::Number;
    v.number = rounded_to(shown, decimals);
    v.unit = unit;
    v.decimals = decimals;
    return figure(r, v);
}

template <class T>
DataValue quantity(const Row& r, const std::optional<T>& x, Unit unit, int decimals, double scale = 1) {
    return x ? quantity(r, static_cast<double>(*x) * scale, unit, decimals) : DataValue{};
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

// The last day of the month a period ends in, as an Excel date (xlsx/period_date).
DataValue period_end(const Row& r, const Period& period) {
    const auto date = period_end_date(period);
    if (!date) return {};
    DataValue v;
    v.content.kind = CellKind::Number;
    v.content.number = date->serial;
    v.content.number_format = kExcelDateFormat;
    if (r.shown) v.content.text = date->iso;
    return v;
}

// How a published value came to be; nothing where the table has no such cell and nothing is published.
DataValue published_as(const Published& p) {
    if (p.as == PublishedAs::Stated && p.text.empty() && p.stated.empty()) return {};
    return text_of(published_as_name(p.as));
}

const Value& unit_source(const Indicator& i) { return i.latest.is_number() ? i.latest : i.previous; }

struct DataColumn {
    const char* header;
    DataValue (*value)(const Row&);
    double max_px;
    // What an empty cell of this column shows, unless the value says why it is empty: most
    // are missing values; where a column holds what only some indicators have (a target, a
    // count in brackets), an empty cell is one where nothing applies.
    Shorthand blank = Shorthand::NotAvailable;
};

constexpr Shorthand kNone = Shorthand::NotApplicable;

constexpr double kText = 320, kShort = 140, kFigure = 120;

// Group, theme and indicator first, the way a reader finds a row; then every stated field in
// the order of the table, then what compute derived.
const DataColumn kColumns[] = {
    {"Topic or outcome", [](const Row& r) { return text_of(r.g.name); }, kText},
    {"Theme", [](const Row& r) { return text_of(r.i.theme.text); }, kShort, kNone},
    {"Indicator", [](const Row& r) { return text_of(r.i.name.text); }, kText},
    {"Indicator ID", [](const Row& r) { return text_of(r.i.id); }, kText},
    {"Polarity", [](const Row& r) { return text_of(polarity_name(r.i.polarity)); }, kShort},
    {"Polarity as written", [](const Row& r) { return text_of(r.i.polarity_text.text); }, kShort},
    {"Reporting frequency", [](const Row& r) { return text_of(r.i.frequency.text); }, kShort},
    {"Previous period", [](const Row& r) { return text_of(r.i.previous_period.text); }, kShort},
    {"Previous period ends", [](const Row& r) { return period_end(r, r.i.previous_period); }, kFigure},
    {"Previous value", [](const Row& r) { return figure(r, r.i.previous); }, kFigure},
    {"Previous value if not a figure", [](const Row& r) { return not_a_figure(r.i.previous); }, kShort},
    {"Latest period", [](const Row& r) { return text_of(r.i.latest_period.text); }, kShort},
    {"Latest period ends", [](const Row& r) { return period_end(r, r.i.latest_period); }, kFigure},
    {"Latest value", [](const Row& r) { return figure(r, r.i.latest); }, kFigure},
    {"Latest value if not a figure", [](const Row& r) { return not_a_figure(r.i.latest); }, kShort},
    {"Unit", [](const Row& r) {
         const Value& v = unit_source(r.i);
         return v.is_number() ? text_of(unit_name(v.unit)) : DataValue{};
     }, kShort},
    {"Figure in brackets", [](const Row& r) { return figure(r, r.i.latest_bracketed); }, kFigure, kNone},
    {"Numerator", [](const Row& r) { return figure(r, r.i.numerator); }, kFigure, kNone},
    {"Denominator", [](const Row& r) { return figure(r, r.i.denominator); }, kFigure, kNone},
    {"Stated trend", [](const Row& r) { return text_of(r.i.stated_trend.text); }, kShort},
    {"Stated comparison with previous", [](const Row& r) { return text_of(r.i.stated_direction.text); }, kShort},
    {"Target as written", [](const Row& r) { return text_of(r.i.target.text); }, kShort, kNone},
    {"Target operator", [](const Row& r) { return text_of(target_operator_text(r.i.target.op)); }, kShort, kNone},
    {"Target value", [](const Row& r) { return figure(r, r.i.target.value); }, kFigure, kNone},
    {"Stated RAG", [](const Row& r) { return rating(r.i.stated_rag.rag); }, kShort},
    {"Stated RAG as written", [](const Row& r) { return text_of(r.i.stated_rag.text); }, kShort},
    {"National quartile", [](const Row& r) { return figure(r, r.i.quartile); }, kFigure},
    {"National quartile if not a figure", [](const Row& r) { return not_a_figure(r.i.quartile); }, kShort},
    {"Statistical neighbour average", [](const Row& r) { return figure(r, r.i.neighbour_average); }, kFigure},
    {"Statistical neighbour average if not a figure", [](const Row& r) { return not_a_figure(r.i.neighbour_average); },
     kShort},
    {"Commentary", [](const Row& r) { return text_of(r.i.commentary.text); }, kText, kNone},
    {"Source line", [](const Row& r) { return r.i.line > 0 ? quantity(r, r.i.line, Unit::Count, 0) : DataValue{}; }, kFigure},
    {"Computed trend", [](const Row& r) { return text_of(trend_name(r.i.computed.trend)); }, kShort},
    {"Computed direction of travel", [](const Row& r) { return text_of(direction_name(r.i.computed.direction)); }, kShort},
    {"Target met", [](const Row& r) { return boolean(r.i.computed.target_met); }, kFigure, kNone},
    {"Target gap", [](const Row& r) { return amount(r, r.i.computed.target_gap, r.i.latest, r.i.target.value); }, kFigure, kNone},
    {"Change", [](const Row& r) { return amount(r, r.i.computed.change, unit_source(r.i), r.i.previous); }, kFigure},
    {"Relative change", [](const Row& r) { return quantity(r, r.i.computed.relative_change, Unit::Percent, 1, 100); }, kFigure},
    {"Gap to neighbour average", [](const Row& r) { return amount(r, r.i.computed.neighbour_gap, r.i.latest, r.i.neighbour_average); }, kFigure},
    {"Quartile RAG", [](const Row& r) { return rating(r.i.computed.quartile_rag); }, kShort},
    {"Target RAG", [](const Row& r) { return rating(r.i.computed.target_rag); }, kShort, kNone},
    {"Computed RAG", [](const Row& r) { return rating(r.i.computed.rag); }, kShort},
    {"Ratings the rules allow", [](const Row& r) { return text_of(r.i.computed.rag_allowed.words()); }, kShort},
    {"Computed RAG rule", [](const Row& r) { return text_of(r.i.computed.rag_rule); }, kText},
    // What the documents print (the publish policy decides it), beside the stated and computed.
    {"Published trend", [](const Row& r) { return text_of(r.i.published.trend.text); }, kShort},
    {"Trend published as", [](const Row& r) { return published_as(r.i.published.trend); }, kShort},
    {"Published comparison with previous", [](const Row& r) { return text_of(r.i.published.direction.text); }, kShort},
    {"Comparison published as", [](const Row& r) { return published_as(r.i.published.direction); }, kShort},
    {"Published RAG", [](const Row& r) { return text_of(r.i.published.rag.text); }, kShort},
    {"RAG published as", [](const Row& r) { return published_as(r.i.published.rag); }, kShort},
    {"National rank", [](const Row& r) { return quantity(r, r.i.computed.national_rank, Unit::Count, 0); }, kFigure},
    {"Authorities ranked", [](const Row& r) { return quantity(r, r.i.computed.national_authorities, Unit::Count, 0); }, kFigure},
    {"Computed national quartile", [](const Row& r) { return quantity(r, r.i.computed.national_quartile, Unit::Count, 0); }, kFigure},
    {"Position in quartile", [](const Row& r) { return quantity(r, r.i.computed.quartile_position, Unit::Other, 2); }, kFigure},
    {"National neighbour average", [](const Row& r) { return figure(r, r.i.computed.national_neighbour_average); }, kFigure},
    {"Neighbours averaged", [](const Row& r) { return quantity(r, r.i.computed.neighbours_averaged, Unit::Count, 0); }, kFigure},
    {"National data period", [](const Row& r) { return text_of(r.i.computed.national_period); }, kShort},
    {"National data value", [](const Row& r) { return figure(r, r.i.computed.national_own_value); }, kFigure},
    {"National data value if not a figure", [](const Row& r) { return not_a_figure(r.i.computed.national_own_value); }, kShort},
    {"England average", [](const Row& r) { return figure(r, r.i.computed.england_average); }, kFigure},
    {"England average if not a figure", [](const Row& r) { return not_a_figure(r.i.computed.england_average); }, kShort},
    {"Region", [](const Row& r) { return text_of(r.i.computed.region_name); }, kShort},
    {"Regional average", [](const Row& r) { return figure(r, r.i.computed.region_average); }, kFigure},
    {"Regional average if not a figure", [](const Row& r) { return not_a_figure(r.i.computed.region_average); }, kShort},
    {"No quartile because", [](const Row& r) { return text_of(r.i.computed.no_quartile_reason); }, kText, kNone},
};

constexpr std::uint16_t kColumnCount = sizeof kColumns / sizeof kColumns[0];
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
                if (!used[c] && kColumns[c].value(Row{group, indicator, false}).content.kind != CellKind::Empty) used[c] = true;
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

void DataRows::rows(RowUse use, const std::function<void(const SheetRow&)>& visit) const {
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
                                   "the table states, computed columns what the rating rules derive, and published "
                                   "columns what the Scorecard sheet and the PDF print (the About sheet says which "
                                   "policy decided it). Columns with no value for any indicator are left out. A cell "
                                   "with no value says why: [x] not available, [z] not applicable, [c] suppressed "
                                   "(see the Cover).")
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

    const CellStyle plain = palette_.plain(false);
    const bool shown = use == RowUse::Measure;
    std::uint32_t index = kHeaderRow;
    for (const auto& group : scorecard_.groups)
        for (const auto& indicator : group.indicators) {
            // Every data row sets each cell's content, type and style and nothing else, so the
            // cells are made empty once, for the first (making 40-odd cells anew for each of
            // 100,000 rows showed in the profile).
            if (index == kHeaderRow) start(++index);
            else row.index = ++index;
            for (std::uint16_t c = 0; c < count; ++c) {
                DataValue v = kColumns[columns_[c]].value(Row{group, indicator, shown});
                SheetCell& cell = row.cells[c];
                // An empty cell says why it is empty, in the shorthand the Cover explains.
                if (v.content.kind == CellKind::Empty && !v.boolean)
                    v.content = text_of(shorthand_symbol(v.blank.value_or(kColumns[columns_[c]].blank))).content;
                cell.content = std::move(v.content);
                cell.boolean = v.boolean;
                cell.style = plain;
                if (cell.content.kind == CellKind::Number) cell.style.number_format = cell.content.number_format;
            }
            visit(row);
        }
}

void add_data_sheet(const WorkbookParts& parts) {
    DataRows source(parts.scorecard, parts.reading_palette, parts.title());
    TableSheetOptions options;
    options.has_rows = parts.scorecard.indicator_count() > 0;
    // Printed one page wide, as the GSS checklist asks: a reader gets whole rows on paper. The
    // 40-odd columns print small; the Scorecard sheet is the layout made for reading on paper.
    options.fit_to_width = true;
    write_table_sheet(parts, kDataSheet, source, options);
}

}  // namespace scorecard::xlsx
