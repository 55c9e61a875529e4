// The one document model every stage reads and fills: Scorecard -> groups -> indicators.
//
// Ingest fills the stated fields as the table has them and records what it saw (RowAsRead,
// lines outside the table); validate repairs them (reporting each repair), compute fills
// `computed`, and the writers format what is here without re-parsing any text.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "decimal.hpp"
#include "period_summary.hpp"
#include "period.hpp"
#include "source_location.hpp"
#include "value.hpp"

namespace scorecard {

enum class Polarity {
    HighIsGood,
    LowIsGood,
    None,      // the table says polarity does not apply ("N/A"): direction is Higher/Lower
    NotStated  // the table does not say; direction is read as Higher/Lower, never guessed
};

enum class Trend { NotAvailable, Increase, Decrease, NoChange };

enum class Direction { NotAvailable, Better, Worse, Same, Similar, Higher, Lower };

enum class Rag { None, NotApplicable, Green, Amber, Red };

enum class TargetOperator { None, Less, LessOrEqual, Greater, GreaterOrEqual, Equal };

// A cell of plain text with where it came from.
struct TextCell {
    std::string text;
    SourceLocation where;
};

struct Target {
    TargetOperator op = TargetOperator::None;
    Value value;       // the figure of the target (Blank or NotApplicable when none is set)
    std::string text;  // as written: "<20.8%"
    SourceLocation where;

    bool is_set() const { return op != TargetOperator::None && value.is_number(); }
};

struct StatedRag {
    Rag rag = Rag::None;
    std::string text;  // as written: "Green", "G", "n/a"
    SourceLocation where;
};

// How an indicator's row was found, recorded by ingest for validate, which repairs what PDF
// extraction broke and reports each repair.
struct RowAsRead {
    int cells = 0;           // the cells the row had
    int expected_cells = 0;  // the cells the header (2022/23) or the layout (2019/20) has
    SourceLocation end;      // just past the row's last cell
    bool id_stated = false;  // the id is the table's Id column, not made from the name
    // 2019/20, one cell short: the three cells after "Compared to previous data point", left
    // for validate to place (a quartile and an average run together, or no Trend Charts cell).
    std::vector<TextCell> unplaced;
};

// A set of ratings: what the rules allow where they cannot decide between them (quartile 2
// with the position in the band unknown allows Green or Amber). Empty: nothing to rate by.
class RagSet {
public:
    void add(Rag r);
    bool has(Rag r) const;
    int size() const;
    bool empty() const { return bits_ == 0; }
    // The one rating of a set of one; Rag::None otherwise.
    Rag only() const;
    // Green first: "Green or Amber", "Red", "" when empty.
    std::string words() const;

private:
    unsigned bits_ = 0;
};

struct HistoryPoint {
    Period period;
    Value value;
};

// Everything the compute stage derives. Optional where the inputs do not allow it.
struct Computed {
    Trend trend = Trend::NotAvailable;
    Direction direction = Direction::NotAvailable;
    std::optional<bool> target_met;
    std::optional<double> target_gap;     // signed so that positive is better (in the value's unit)
    Rag quartile_rag = Rag::None;         // the rating the quartile alone gives
    Rag target_rag = Rag::None;           // the rating the target alone gives
    Rag rag = Rag::NotApplicable;         // the rules' combination (an unknown position in the
                                          // band taken as the key's plain quartile rating)
    RagSet rag_allowed;                   // every rating the rules allow: one where they decide
    std::string rag_rule;                 // which rule produced `rag`, in words
    std::optional<double> change;         // latest - previous, in the value's unit
    std::optional<double> relative_change;  // (latest - previous) / |previous|
    std::optional<double> neighbour_gap;  // latest against the neighbour average, positive is better
    // National benchmarking (only with --national data; docs/benchmarking.md)
    bool national_benchmarked = false;        // the national data has this indicator
    std::string national_period;              // the period of the national data used
    std::optional<int> national_rank;         // 1 = best; ties share the best rank of the tie
    std::optional<int> national_authorities;  // authorities with a value, this one included
    std::optional<int> national_quartile;     // 1 = best
    std::optional<Ratio> band_position;       // exact: 0 at the band's worse edge .. 1 at its better
    std::optional<double> quartile_position;  // the same, for display
    std::string no_quartile_reason;           // why the data gives no quartile ("only 4 authorities")
    Value national_own_value;                 // this authority's figure in the data, or its symbol
    Value national_neighbour_average;         // the neighbours' mean, rounded at the precision shown
    std::optional<int> neighbours_averaged;   // how many neighbours' values the mean is of
    int neighbours_without_value = 0;         // neighbours left out: suppressed, blank or absent
    Value england_average;                    // the data's National row, as published
    Value region_average;                     // the data's Regional row for this authority's region
    std::string region_name;
};

// Where what the documents print for a checked field (trend, direction, RAG) came from.
enum class PublishedAs {
    Stated,       // the table's value as written: the rules agree, have nothing to check it by,
                  // or the publish policy is "stated"
    Filled,       // the table left the cell blank; what the rules derive is printed (marked)
    Corrected,    // the table's value differs from what the rules derive; theirs is printed (marked)
    Unconfirmed   // the rules cannot decide; the table's value is printed and a note says so
};

// What the documents print for one checked field, and why. Compute decides it.
struct Published {
    std::string text;     // as printed, without a marker: "Decrease", "Red", "G", "" (blank)
    Rag rag = Rag::None;  // for the RAG: the rating whose colour fills the cell
    PublishedAs as = PublishedAs::Stated;
    std::string stated;   // the table's text ("" when it left the cell blank)
    std::string rule;     // in words: the rule that gave the printed value, or could not decide
    // A printed value the table did not state: the reader is shown a marker and the list.
    bool changed() const { return as == PublishedAs::Filled || as == PublishedAs::Corrected; }
};

struct PublishedFields {
    Published trend;      // the Trend column (2022/23)
    Published direction;  // "Compared to previous data point" (2019/20)
    Published rag;        // Status RAG
};

// Which values the documents print: what the rules derive (the default), or the table's
// values as they are, for councils whose ratings include judgement (docs/layout.md,
// "Publish policy").
enum class PublishPolicy { Computed, Stated };

struct Indicator {
    std::string id;  // stable key: the Id column, or made from the name
    std::string group;
    TextCell theme;
    TextCell name;
    Polarity polarity = Polarity::NotStated;
    TextCell polarity_text;  // as written ("High = Good", "(low = good)")
    TextCell frequency;
    Period previous_period;
    Value previous;
    Period latest_period;
    Value latest;
    Value latest_bracketed;  // the figure shown in brackets beside the latest: "15.2% (28)" -> 28
    TextCell stated_trend;
    TextCell stated_direction;  // 2019/20 "Compared to previous data point"
    Target target;
    StatedRag stated_rag;
    Value quartile;
    Value neighbour_average;
    Value numerator;
    Value denominator;
    TextCell commentary;
    TextCell trend_chart;  // 2019/20: the Trend Charts cell as extracted (the chart's glyphs, often the RAG letter)
    RowAsRead as_read;
    std::vector<HistoryPoint> history;  // earlier data points, oldest first (from the history store)
    // The history store's value for the table's Previous Period (Blank when it has none), so a
    // restated previous value is reported (docs/history.md, "Restatements").
    Value stored_previous;
    int line = 0;                       // the input line of the indicator's row (a workbook: its sheet row)
    Computed computed;
    PublishedFields published;  // what the documents print (compute decides it)
};

struct Group {
    std::string name;  // a topic (2022/23) or an outcome heading (2019/20)
    SourceLocation where;
    std::vector<Indicator> indicators;
};

// An indicator as the history store recorded it for an earlier scorecard (docs/history.md),
// with its id read through the store's aliases: `id` is the series it belongs to now,
// `stored_id` the id it was recorded under.
struct EarlierIndicator {
    std::string id, stored_id;
    std::string name, theme, group;
    std::string published_rag, stated_rag;  // rag_name() words: "Green", "N/A", "" when none
    std::string published_trend, stated_trend;
    std::string published_direction, stated_direction;
};

// The scorecard the store holds for the period before this one, loaded by the driver so that
// compute can say what is new, what disappeared and what changed rating.
struct EarlierEdition {
    bool loaded = false;        // the store holds an earlier scorecard
    std::string period;         // its reporting period ("FY2022/23 Q2")
    std::string store;          // the store's path, for the commands a warning suggests
    std::vector<EarlierIndicator> indicators;
    // Every alias in the store, old id -> the id it now reads as (after following chains).
    std::vector<std::pair<std::string, std::string>> aliases;
};

// How an indicator's identity changed since the earlier scorecard (stages/compute/identity).
enum class IdentityChangeKind {
    New,            // in this table, not in the earlier scorecard
    Dropped,        // in the earlier scorecard, not in this table
    LikelyRenamed,  // a dropped and a new indicator whose names, themes and topics match closely
    Joined          // an earlier id joined to this one by `history alias`: one series
};

struct IdentityChange {
    IdentityChangeKind kind = IdentityChangeKind::New;
    std::string id, name;                  // this table's indicator (empty for Dropped)
    std::string earlier_id, earlier_name;  // the earlier scorecard's (empty for New)
    double similarity = 0;                 // LikelyRenamed: 0..1 (docs/history.md, "Identity")
};

enum class SourceLayout { Unknown, Flat, Sectioned };

struct Scorecard {
    std::string title;             // "Children and Families Performance"
    std::string period;            // "FY2022/23 Q3"
    std::string source_file;       // path as given
    std::string source_encoding;   // "UTF-8", "UTF-16LE", "Windows-1252"; for a workbook "XML in .xlsx" or "XML in .ods"
    std::string source_format;     // "text", "xlsx" or "ods"
    std::string source_sheet;      // the workbook sheet the table was read from ("" for text)
    SourceLayout layout = SourceLayout::Unknown;
    std::vector<Group> groups;
    std::vector<std::string> rag_key;  // key lines the table carried (2019/20)
    // Lines holding a single cell, which are not rows of the table (the published PDF's blank
    // page, stray text): kept by ingest for validate to report.
    std::vector<TextCell> lines_outside_table;
    PublishPolicy publish_policy = PublishPolicy::Computed;  // the policy compute applied
    EarlierEdition earlier;                       // the store's previous scorecard (the driver loads it)
    std::vector<IdentityChange> identity_changes;  // compute fills it from `earlier`
    PeriodSummary summary;                         // compute fills it last (stages/compute/summary)

    std::size_t indicator_count() const;
    template <class F>
    void for_each_indicator(F&& f) {
        for (auto& g : groups)
            for (auto& i : g.indicators) f(i);
    }
    template <class F>
    void for_each_indicator(F&& f) const {
        for (const auto& g : groups)
            for (const auto& i : g.indicators) f(i);
    }
};

const char* polarity_name(Polarity p);  // "High = Good", "Low = Good", "N/A", "Not stated"
const char* trend_name(Trend t);        // "Increase", "Decrease", "No Change", "N/A"
const char* direction_name(Direction d);
const char* rag_name(Rag r);            // "Green", "Amber", "Red", "N/A", ""
const char* rag_letter(Rag r);          // "G", "A", "R", "n/a", ""
const char* layout_name(SourceLayout l);
std::string target_operator_text(TargetOperator op);  // "<", "<=", ">", ">=", "="
const char* publish_policy_name(PublishPolicy p);
const char* identity_change_kind_name(IdentityChangeKind k);  // "new", "dropped", "likely renamed", "joined"      // "computed", "stated"
bool publish_policy_from_name(const std::string& name, PublishPolicy* out);
const char* published_as_name(PublishedAs a);          // "as stated", "filled", "corrected", "could not be confirmed"

}  // namespace scorecard
