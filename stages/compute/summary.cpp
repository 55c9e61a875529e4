#include "summary.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace scorecard {

namespace {

// Red < Amber < Green; 0 for not rated (blank or N/A).
int rating_rank(Rag rag) {
    switch (rag) {
        case Rag::Red: return 1;
        case Rag::Amber: return 2;
        case Rag::Green: return 3;
        default: return 0;
    }
}

Rag rag_from_words(const std::string& words) {
    for (Rag r : {Rag::Green, Rag::Amber, Rag::Red, Rag::NotApplicable})
        if (words == rag_name(r)) return r;
    return Rag::None;
}

void count(RatingCounts& counts, Rag rag) {
    switch (rag) {
        case Rag::Green: ++counts.green; break;
        case Rag::Amber: ++counts.amber; break;
        case Rag::Red: ++counts.red; break;
        default: ++counts.not_rated; break;
    }
}

int move_order(RatingMove move) { return static_cast<int>(move); }

// Largest relative change first; a change from zero (no relative change) after every other,
// by the size of the change; then by name so the order never depends on the table's.
bool larger_change(const TravelChange& a, const TravelChange& b) {
    if (a.has_relative != b.has_relative) return a.has_relative;
    const double x = a.has_relative ? std::fabs(a.relative) : std::fabs(a.change);
    const double y = b.has_relative ? std::fabs(b.relative) : std::fabs(b.change);
    if (x != y) return x > y;
    return a.name < b.name;
}

TravelChange travel_change(const Indicator& ind) {
    TravelChange t;
    t.id = ind.id;
    t.name = ind.name.text;
    t.latest_period = canonical_period_text(ind.latest_period);
    t.latest = ind.latest;
    t.change = ind.computed.change.value_or(0);
    t.has_relative = ind.computed.relative_change.has_value();
    t.relative = ind.computed.relative_change.value_or(0);
    // The previous point the trend compared with: the table's, else the history store's.
    if (ind.previous.is_number()) {
        t.previous = ind.previous;
        t.previous_period = canonical_period_text(ind.previous_period);
    } else {
        for (auto it = ind.history.rbegin(); it != ind.history.rend(); ++it) {
            if (!it->value.is_number()) continue;
            if (ind.latest_period.is_known() && it->period.is_known() && !period_before(it->period, ind.latest_period))
                continue;
            t.previous = it->value;
            t.previous_period = canonical_period_text(it->period);
            break;
        }
    }
    return t;
}

}  // namespace

void summarise_period(Scorecard& scorecard) {
    PeriodSummary summary;
    std::map<std::string, const EarlierIndicator*> earlier_by_id;
    for (const EarlierIndicator& e : scorecard.earlier.indicators) earlier_by_id.emplace(e.id, &e);

    scorecard.for_each_indicator([&](const Indicator& ind) {
        count(summary.now, ind.published.rag.rag);
        if (ind.computed.change && (ind.computed.direction == Direction::Better || ind.computed.direction == Direction::Worse))
            (ind.computed.direction == Direction::Better ? summary.improvements : summary.declines)
                .push_back(travel_change(ind));
        if (!scorecard.earlier.loaded) return;
        const auto found = earlier_by_id.find(ind.id);
        if (found == earlier_by_id.end()) return;
        const Rag before = rag_from_words(found->second->published_rag);
        const Rag after = ind.published.rag.rag;
        const int from = rating_rank(before), to = rating_rank(after);
        if (from == to) return;
        RatingChange change;
        change.id = ind.id;
        change.name = ind.name.text;
        change.before = found->second->published_rag;
        change.after = rag_name(after);
        if (from == 0) change.move = RatingMove::NowRated;
        else if (to == 0) change.move = RatingMove::NoLongerRated;
        else change.move = to > from ? RatingMove::Up : RatingMove::Down;
        summary.rating_changes.push_back(change);
    });
    std::stable_sort(summary.rating_changes.begin(), summary.rating_changes.end(),
                     [](const RatingChange& a, const RatingChange& b) { return move_order(a.move) < move_order(b.move); });
    for (auto* list : {&summary.improvements, &summary.declines}) {
        std::stable_sort(list->begin(), list->end(), larger_change);
        if (list->size() > kTravelListLength) list->resize(kTravelListLength);
    }
    if (scorecard.earlier.loaded) {
        summary.has_earlier = true;
        summary.earlier_period = scorecard.earlier.period;
        for (const EarlierIndicator& e : scorecard.earlier.indicators) count(summary.earlier, rag_from_words(e.published_rag));
    }
    scorecard.summary = std::move(summary);
}

}  // namespace scorecard
