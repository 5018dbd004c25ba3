#include "scenes/time_scale.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "content/timeline.h"

namespace kiosk {

void TimeScale::set_limits(double min_day, double max_day, double min_span_days, double max_span_days) {
    min_day_ = min_day;
    max_day_ = max_day;
    min_span_ = min_span_days;
    max_span_ = std::min(max_span_days, max_day - min_day);
    clamp();
}

void TimeScale::set_range(double from_day, double to_day) {
    from_ = from_day;
    to_ = std::max(to_day, from_day + 1e-6);
    clamp();
}

void TimeScale::set_pixels(float x0_px, float x1_px) {
    x0_ = x0_px;
    x1_ = std::max(x1_px, x0_px + 1.0f);
}

void TimeScale::pan_px(float dx_px) {
    const double shift = dx_px / px_per_day();
    from_ -= shift;
    to_ -= shift;
    clamp();
}

void TimeScale::zoom(double factor, float around_x_px) {
    if (factor <= 0) return;
    const double pivot = day_of(around_x_px);
    double span = span_days() / factor;
    span = std::clamp(span, min_span_, max_span_);
    const double frac = (around_x_px - x0_) / static_cast<double>(x1_ - x0_);
    from_ = pivot - frac * span;
    to_ = from_ + span;
    clamp();
}

void TimeScale::clamp() {
    double span = std::clamp(to_ - from_, min_span_, std::max(min_span_, max_span_));
    const double centre = (from_ + to_) / 2;
    from_ = centre - span / 2;
    to_ = centre + span / 2;
    if (from_ < min_day_) {
        from_ = min_day_;
        to_ = from_ + span;
    }
    if (to_ > max_day_) {
        to_ = max_day_;
        from_ = std::max(min_day_, to_ - span);
    }
}

std::vector<Tick> ticks_for(const TimeScale& scale, float min_spacing_px, const std::vector<std::string>& month_abbrevs) {
    // Steps in months: 1, 3, 6 months; 1, 2, 5, 10, 20, 50, 100 years.
    static const int steps[] = {1, 3, 6, 12, 24, 60, 120, 240, 600, 1200};
    const double px_per_month = scale.px_per_day() * 30.44;
    int step = steps[std::size(steps) - 1];
    for (int s : steps) {
        if (s * px_per_month >= min_spacing_px) {
            step = s;
            break;
        }
    }
    using namespace std::chrono;
    const year_month_day first{sys_days{days{static_cast<long>(std::floor(scale.from_day()))}}};
    int y = static_cast<int>(first.year());
    int m = static_cast<int>(static_cast<unsigned>(first.month()));
    // Align to the step: years to multiples of the step in years, months likewise.
    long index = static_cast<long>(y) * 12 + (m - 1);
    index = (index / step) * step;
    if (index < 0 && index % step) index -= step;
    std::vector<Tick> out;
    for (int guard = 0; guard < 2000; ++guard, index += step) {
        const int ty = static_cast<int>(std::floor(index / 12.0));
        const int tm = static_cast<int>(index - static_cast<long>(ty) * 12) + 1;
        const double day = static_cast<double>(days_from_civil(ty, tm, 1));
        if (day > scale.to_day()) break;
        if (day < scale.from_day()) continue;
        Tick t;
        t.day = day;
        t.year_start = tm == 1;
        if (step >= 12 || tm == 1) t.label = std::to_string(ty);
        else t.label = tm < static_cast<int>(month_abbrevs.size()) + 1 ? month_abbrevs[static_cast<std::size_t>(tm - 1)] : std::to_string(tm);
        out.push_back(std::move(t));
    }
    return out;
}

}  // namespace kiosk
