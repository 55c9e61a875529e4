#include "summary_tables.hpp"

#include <cmath>
#include <cstdio>

#include "corrections.hpp"

namespace scorecard {

const char* const kSummaryHeading = "Summary";
const char* const kNoPreviousPeriod = "No previous period in the history store.";

namespace {

CellContent text(const std::string& words) {
    CellContent c;
    c.kind = words.empty() ? CellKind::Empty : CellKind::Text;
    c.text = words;
    return c;
}

CellContent count(int n) {
    CellContent c;
    c.kind = CellKind::Number;
    c.number = n;
    c.text = std::to_string(n);
    c.number_format = "0";
    return c;
}

CellContent rating(Rag rag, const std::string& words) {
    CellContent c;
    if (rag == Rag::Green || rag == Rag::Amber || rag == Rag::Red) {
        c.kind = CellKind::Rag;
        c.rag = rag;
    } else {
        c.kind = words.empty() ? CellKind::Empty : CellKind::Text;
    }
    c.text = words;
    return c;
}

Rag rag_of(const std::string& words) {
    for (Rag r : {Rag::Green, Rag::Amber, Rag::Red})
        if (words == rag_name(r)) return r;
    return Rag::None;
}

std::string this_period(const Scorecard& s) { return s.period.empty() ? "This period" : s.period; }

// The change in the value's unit with its sign: "+1.50 points" for percentages (percentage
// points), "-22" for a count.
CellContent change_cell(const TravelChange& t) {
    const int decimals = std::max(t.previous.decimals, t.latest.decimals);
    const bool grouped = t.previous.grouped || t.latest.grouped;
    // Stored as shown (-5.0, not -4.99999999999999), and shown from what is stored.
    const double change = rounded_to(t.change, decimals);
    std::string figure = format_figure(change, Unit::Other, decimals, grouped);
    if (figure.empty() || figure[0] != '-') {
        bool nonzero = figure.find_first_of("123456789") != std::string::npos;
        if (nonzero) figure = "+" + figure;
    }
    std::string digits = grouped ? "#,##0" : "0";
    if (decimals > 0) digits += "." + std::string(static_cast<std::size_t>(decimals), '0');
    const bool points = t.latest.unit == Unit::Percent;
    const std::string suffix = points ? "\" points\"" : "";
    CellContent c;
    c.kind = CellKind::Number;
    c.number = change;
    c.text = figure + (points ? " points" : "");
    c.number_format = "+" + digits + suffix + ";-" + digits + suffix + ";" + digits + suffix;
    return c;
}

// The change against the previous value, to one decimal: "+4.7%"; empty from zero.
CellContent relative_cell(const TravelChange& t) {
    if (!t.has_relative) return text("");
    // Stored as shown, a fraction (0.221 for +22.1%), and shown from what is stored.
    const double relative = rounded_to(t.relative, 3);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%+.1f%%", relative * 100.0);
    CellContent c;
    c.kind = CellKind::Number;
    c.number = relative;
    c.text = buffer;
    c.number_format = "+0.0%;-0.0%;0.0%";
    return c;
}

SummaryTable ratings_table(const Scorecard& s) {
    const PeriodSummary& sum = s.summary;
    SummaryTable t;
    t.key = "ratings";
    t.heading = "Ratings this period and last";
    t.headers = {"Rating", this_period(s)};
    if (sum.has_earlier) t.headers.push_back(sum.earlier_period.empty() ? "Last period" : sum.earlier_period);
    else t.note = kNoPreviousPeriod;
    struct Line {
        Rag rag;
        const char* words;
        int now, then;
    };
    const Line lines[] = {{Rag::Green, "Green", sum.now.green, sum.earlier.green},
                          {Rag::Amber, "Amber", sum.now.amber, sum.earlier.amber},
                          {Rag::Red, "Red", sum.now.red, sum.earlier.red},
                          {Rag::None, "Not rated", sum.now.not_rated, sum.earlier.not_rated},
                          {Rag::None, "Total", sum.now.total(), sum.earlier.total()}};
    for (const Line& line : lines) {
        std::vector<CellContent> row{rating(line.rag, line.words), count(line.now)};
        if (sum.has_earlier) row.push_back(count(line.then));
        t.rows.push_back(std::move(row));
    }
    return t;
}

SummaryTable rating_changes_table(const Scorecard& s) {
    const PeriodSummary& sum = s.summary;
    SummaryTable t;
    t.key = "rating-changes";
    t.heading = "Ratings that changed";
    t.headers = {"Indicator", sum.has_earlier ? sum.earlier_period : "Last period", this_period(s), "Change"};
    if (!sum.has_earlier) {
        t.empty_text = kNoPreviousPeriod;
        return t;
    }
    t.empty_text = "No indicator's rating changed since " + sum.earlier_period + ".";
    for (const RatingChange& c : sum.rating_changes)
        t.rows.push_back({text(c.name), rating(rag_of(c.before), c.before.empty() ? "blank" : c.before),
                          rating(rag_of(c.after), c.after.empty() ? "blank" : c.after), text(rating_move_name(c.move))});
    return t;
}

SummaryTable travel_table(const std::vector<TravelChange>& list, bool improvements) {
    SummaryTable t;
    t.key = improvements ? "improvements" : "declines";
    t.heading = improvements ? "Largest improvements" : "Largest declines";
    t.headers = {"Indicator", "Previous", "Latest", "Change", "Relative change"};
    t.empty_text = improvements ? "No indicator improved on its previous data point."
                                : "No indicator declined from its previous data point.";
    for (const TravelChange& c : list)
        t.rows.push_back({text(c.name), value_cell(c.previous), value_cell(c.latest), change_cell(c),
                          relative_cell(c)});
    return t;
}

SummaryTable identity_table(const Scorecard& s, IdentityChangeKind kind) {
    const PeriodSummary& sum = s.summary;
    SummaryTable t;
    if (kind == IdentityChangeKind::New) {
        t.key = "new";
        t.heading = "New indicators";
        t.headers = {"Indicator", "Id"};
        t.empty_text = "No indicator is new since " + sum.earlier_period + ".";
    } else if (kind == IdentityChangeKind::Dropped) {
        t.key = "dropped";
        t.heading = "Indicators no longer reported";
        t.headers = {"Indicator", "Id"};
        t.empty_text = "Every indicator of " + sum.earlier_period + " is still reported.";
    } else {
        t.key = "renamed";
        t.heading = "Renamed indicators";
        t.headers = {"Earlier name", "Earlier id", "Name now", "Id now", "Series"};
        t.empty_text = "No indicator was renamed since " + sum.earlier_period + ".";
    }
    if (!sum.has_earlier) {
        t.empty_text = kNoPreviousPeriod;
        return t;
    }
    for (const IdentityChange& c : s.identity_changes) {
        if (kind == IdentityChangeKind::New && c.kind == kind) t.rows.push_back({text(c.name), text(c.id)});
        if (kind == IdentityChangeKind::Dropped && c.kind == kind)
            t.rows.push_back({text(c.earlier_name), text(c.earlier_id)});
        if (kind == IdentityChangeKind::LikelyRenamed &&
            (c.kind == IdentityChangeKind::LikelyRenamed || c.kind == IdentityChangeKind::Joined)) {
            const std::string series = c.kind == IdentityChangeKind::Joined
                                           ? "Joined: one series"
                                           : "Likely renamed, not joined: scorecard history alias " + c.earlier_id +
                                                 " " + c.id;
            t.rows.push_back({text(c.earlier_name), text(c.earlier_id), text(c.name), text(c.id), text(series)});
        }
    }
    return t;
}

SummaryTable corrections_table(const Scorecard& s, const OutputTemplate& output_template) {
    SummaryTable t;
    t.key = "corrections";
    t.heading = kCorrectionsHeading;
    t.headers = {"Indicator", "Column", "Stated", "Published"};
    t.empty_text = "None: every published value is the table's own.";
    for (const Correction& c : list_corrections(s, output_template))
        t.rows.push_back({text(c.indicator->name.text), text(c.column), text(c.stated.empty() ? "blank" : c.stated),
                          text(c.published)});
    return t;
}

}  // namespace

std::string summary_lead(const Scorecard& s) {
    if (!s.summary.has_earlier)
        return this_period(s) + ". " + kNoPreviousPeriod + " Ratings are those published in this scorecard.";
    return this_period(s) + " compared with " + s.summary.earlier_period +
           ", the scorecard before it in the history store. Ratings are those published.";
}

std::vector<SummaryTable> summary_tables(const Scorecard& s, const OutputTemplate& output_template) {
    std::vector<SummaryTable> tables;
    tables.push_back(ratings_table(s));
    tables.push_back(rating_changes_table(s));
    tables.push_back(travel_table(s.summary.improvements, true));
    tables.push_back(travel_table(s.summary.declines, false));
    tables.push_back(identity_table(s, IdentityChangeKind::New));
    tables.push_back(identity_table(s, IdentityChangeKind::Dropped));
    tables.push_back(identity_table(s, IdentityChangeKind::LikelyRenamed));
    tables.push_back(corrections_table(s, output_template));
    return tables;
}

}  // namespace scorecard
