// The data points of an indicator on its time line: the history store's earlier points, then
// the table's previous and latest values. Trend charts draw the last few of these.
#pragma once

#include <vector>

#include "scorecard.hpp"

namespace scorecard {

// Oldest first; one point per period (the table's value wins over a stored one), figures only.
std::vector<HistoryPoint> data_points(const Indicator& indicator);

// The last `count` of them.
std::vector<HistoryPoint> last_data_points(const Indicator& indicator, int count);

}  // namespace scorecard
