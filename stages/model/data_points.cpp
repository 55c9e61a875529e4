#include "data_points.hpp"

#include <algorithm>

namespace scorecard {

std::vector<HistoryPoint> data_points(const Indicator& ind) {
    std::vector<HistoryPoint> points;
    auto add = [&](const Period& period, const Value& value) {
        if (!value.is_number() || period.text.empty()) return;
        const std::string key = canonical_period_text(period);
        for (auto& p : points)
            if (canonical_period_text(p.period) == key) {
                p.value = value;  // a later source (the table) replaces a stored point
                return;
            }
        points.push_back({period, value});
    };
    for (const auto& h : ind.history) add(h.period, h.value);
    add(ind.previous_period, ind.previous);
    add(ind.latest_period, ind.latest);
    std::stable_sort(points.begin(), points.end(),
                     [](const HistoryPoint& a, const HistoryPoint& b) { return period_before(a.period, b.period); });
    return points;
}

std::vector<HistoryPoint> last_data_points(const Indicator& ind, int count) {
    std::vector<HistoryPoint> points = data_points(ind);
    if (count >= 0 && points.size() > static_cast<std::size_t>(count))
        points.erase(points.begin(), points.end() - count);
    return points;
}

}  // namespace scorecard
