#include "scenes/story_warp.h"

#include <algorithm>
#include <cassert>
#include <iterator>

namespace kiosk {

StoryWarp::StoryWarp(std::vector<double> event_days, double from_day, double to_day, double event_room_days,
                     double empty_units_per_day) {
    if (!(to_day > from_day) || !(event_room_days > 0) || !(empty_units_per_day > 0)) return;  // the identity
    // Density is a sum of boxes: every breakpoint is a box edge or an end of the range.
    std::vector<double> edges{from_day, to_day};
    const double half = event_room_days / 2;
    for (double d : event_days) {
        edges.push_back(std::clamp(d - half, from_day, to_day));
        edges.push_back(std::clamp(d + half, from_day, to_day));
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    std::sort(event_days.begin(), event_days.end());
    days_ = edges;
    empty_density_ = empty_units_per_day;
    units_.assign(edges.size(), 0.0);
    for (std::size_t i = 1; i < edges.size(); ++i) {
        const double mid = (edges[i - 1] + edges[i]) / 2;
        // Events whose box covers this piece: those dated within half a box of its middle.
        const auto lo = std::lower_bound(event_days.begin(), event_days.end(), mid - half);
        const auto hi = std::upper_bound(event_days.begin(), event_days.end(), mid + half);
        const double density = empty_units_per_day + static_cast<double>(std::distance(lo, hi)) / event_room_days;
        units_[i] = units_[i - 1] + density * (edges[i] - edges[i - 1]);
    }
}

double StoryWarp::units_of(double day) const {
    if (days_.empty()) return day;
    // Beyond the range the map goes on at the end pieces' speed.
    std::size_t i = static_cast<std::size_t>(std::upper_bound(days_.begin(), days_.end(), day) - days_.begin());
    i = std::clamp<std::size_t>(i, 1, days_.size() - 1);
    const double d0 = days_[i - 1], d1 = days_[i];
    const double k = (units_[i] - units_[i - 1]) / (d1 - d0);
    return units_[i - 1] + (day - d0) * k;
}

double StoryWarp::day_of(double units) const {
    if (days_.empty()) return units;
    std::size_t i = static_cast<std::size_t>(std::upper_bound(units_.begin(), units_.end(), units) - units_.begin());
    i = std::clamp<std::size_t>(i, 1, units_.size() - 1);
    const double u0 = units_[i - 1], u1 = units_[i];
    assert(u1 > u0);
    return days_[i - 1] + (units - u0) * (days_[i] - days_[i - 1]) / (u1 - u0);
}

double StoryWarp::density_at(double day) const {
    if (days_.empty()) return 1;
    std::size_t i = static_cast<std::size_t>(std::upper_bound(days_.begin(), days_.end(), day) - days_.begin());
    i = std::clamp<std::size_t>(i, 1, days_.size() - 1);
    return (units_[i] - units_[i - 1]) / (days_[i] - days_[i - 1]);
}

double StoryWarp::max_density() const {
    double best = days_.empty() ? 1 : 0;
    for (std::size_t i = 1; i < days_.size(); ++i)
        best = std::max(best, (units_[i] - units_[i - 1]) / (days_[i] - days_[i - 1]));
    return best;
}

std::vector<StoryStretch> StoryWarp::compressed(double min_days) const {
    std::vector<StoryStretch> out;
    const double limit = empty_density_ * 1.0001;
    for (std::size_t i = 1; i < days_.size(); ++i) {
        const double density = (units_[i] - units_[i - 1]) / (days_[i] - days_[i - 1]);
        if (density >= limit) continue;
        if (!out.empty() && out.back().to_day == days_[i - 1])
            out.back().to_day = days_[i];
        else
            out.push_back({days_[i - 1], days_[i]});
    }
    std::erase_if(out, [&](const StoryStretch& s) { return s.to_day - s.from_day < min_days; });
    return out;
}

}  // namespace kiosk
