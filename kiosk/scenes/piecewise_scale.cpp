#include "scenes/piecewise_scale.h"

#include <algorithm>
#include <cmath>

namespace kiosk {

PiecewiseScale::PiecewiseScale(const std::vector<ScalePiece>& pieces, double from_day, double to_day, float x0_px,
                               float x1_px) {
    // Every stretch of time between breakpoints, with its minimum width.
    std::vector<ScalePiece> all;
    double at = from_day;
    for (const auto& p : pieces) {
        const double a = std::max(p.from_day, at), b = std::min(p.to_day, to_day);
        if (b <= a) continue;
        if (a > at) all.push_back({at, a, 0});
        all.push_back({a, b, p.min_width_px});
        at = b;
    }
    if (at < to_day) all.push_back({at, to_day, 0});
    if (all.empty()) all.push_back({from_day, std::max(to_day, from_day + 1), 0});

    const double width = std::max(1.0f, x1_px - x0_px);
    double min_total = 0;
    for (const auto& p : all) min_total += p.min_width_px;
    std::vector<double> w(all.size());
    if (min_total >= width) {
        for (std::size_t i = 0; i < all.size(); ++i) w[i] = all[i].min_width_px * width / min_total;
    } else {
        // Pixels per day k such that the sum of max(min, k × days) fills the width.
        auto total = [&](double k) {
            double t = 0;
            for (const auto& p : all) t += std::max(static_cast<double>(p.min_width_px), k * (p.to_day - p.from_day));
            return t;
        };
        double lo = 0, hi = width / std::max(1e-9, all.back().to_day - all.front().from_day) * 2 + 1;
        while (total(hi) < width) hi *= 2;
        for (int i = 0; i < 60; ++i) {
            const double mid = (lo + hi) / 2;
            (total(mid) < width ? lo : hi) = mid;
        }
        for (std::size_t i = 0; i < all.size(); ++i)
            w[i] = std::max(static_cast<double>(all[i].min_width_px), hi * (all[i].to_day - all[i].from_day));
        const double sum = total(hi);
        for (auto& v : w) v *= width / sum;  // exact fit
    }
    double x = x0_px;
    days_.push_back(all.front().from_day);
    xs_.push_back(x0_px);
    for (std::size_t i = 0; i < all.size(); ++i) {
        x += w[i];
        days_.push_back(all[i].to_day);
        xs_.push_back(static_cast<float>(x));
    }
    xs_.back() = x1_px;
}

float PiecewiseScale::x_of(double day) const {
    if (days_.size() < 2) return 0;
    if (day <= days_.front()) return xs_.front();
    if (day >= days_.back()) return xs_.back();
    const auto it = std::upper_bound(days_.begin(), days_.end(), day);
    const std::size_t i = static_cast<std::size_t>(it - days_.begin()) - 1;
    const double u = (day - days_[i]) / std::max(1e-9, days_[i + 1] - days_[i]);
    return static_cast<float>(xs_[i] + u * (xs_[i + 1] - xs_[i]));
}

double PiecewiseScale::day_of(float x_px) const {
    if (days_.size() < 2) return 0;
    if (x_px <= xs_.front()) return days_.front();
    if (x_px >= xs_.back()) return days_.back();
    const auto it = std::upper_bound(xs_.begin(), xs_.end(), x_px);
    const std::size_t i = static_cast<std::size_t>(it - xs_.begin()) - 1;
    const double u = (x_px - xs_[i]) / std::max(1e-6f, xs_[i + 1] - xs_[i]);
    return days_[i] + u * (days_[i + 1] - days_[i]);
}

}  // namespace kiosk
