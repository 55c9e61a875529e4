// What changed since the quarter before, worked out once by compute (stages/compute/summary)
// for every document's summary: the counts of each rating this period and in the earlier
// scorecard the history store holds, the indicators whose rating changed, and the largest
// improvements and declines by direction of travel (docs/history.md, "The summary").
#pragma once

#include <string>
#include <vector>

#include "value.hpp"

namespace scorecard {

// How many indicators carry each published rating; blank and N/A are "not rated".
struct RatingCounts {
    int green = 0, amber = 0, red = 0, not_rated = 0;
    int total() const { return green + amber + red + not_rated; }
};

enum class RatingMove {
    Up,             // Red to Amber or Green, Amber to Green
    Down,           // Green to Amber or Red, Amber to Red
    NowRated,       // not rated in the earlier scorecard, rated now
    NoLongerRated   // rated in the earlier scorecard, not now
};

struct RatingChange {
    std::string id, name;
    std::string before, after;  // the published ratings in words: "Green", "N/A", "" (blank)
    RatingMove move = RatingMove::Up;
};

// One indicator's change from its previous data point to its latest, read through polarity.
struct TravelChange {
    std::string id, name;
    std::string previous_period, latest_period;
    Value previous, latest;
    double change = 0;          // latest - previous, in the value's unit (points for a percentage)
    bool has_relative = false;  // false when the previous value is zero
    double relative = 0;        // change / |previous|: what the lists are ranked by
};

struct PeriodSummary {
    RatingCounts now;
    bool has_earlier = false;     // the history store holds an earlier scorecard
    std::string earlier_period;   // its reporting period
    RatingCounts earlier;
    std::vector<RatingChange> rating_changes;  // up, then down, then newly and no longer rated
    std::vector<TravelChange> improvements;    // direction Better, largest relative change first
    std::vector<TravelChange> declines;        // direction Worse, largest relative change first
};

// At most this many indicators in each of the improvements and declines.
constexpr std::size_t kTravelListLength = 5;

const char* rating_move_name(RatingMove move);  // "Up", "Down", "Now rated", "No longer rated"

}  // namespace scorecard
