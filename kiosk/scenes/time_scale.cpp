#include "scenes/time_scale.h"

#include <algorithm>
#include <chrono>
#include <climits>
#include <cmath>

#include "content/timeline.h"

namespace kiosk {

void TimeScale::set_warp(std::shared_ptr<const StoryWarp> warp) {
    const double a = from_day(), b = to_day();
    warp_ = warp ? std::move(warp) : std::make_shared<const StoryWarp>();
    from_ = warp_->units_of(a);
    to_ = std::max(warp_->units_of(b), from_ + 1e-6);
}

void TimeScale::set_limits(double min_day, double max_day, double min_span_days, double max_span_days) {
    min_ = warp_->units_of(min_day);
    max_ = warp_->units_of(max_day);
    min_span_ = min_span_days * warp_->max_density();
    max_span_ = std::min(warp_->units_of(min_day + max_span_days) - min_, max_ - min_);
    clamp();
}

void TimeScale::set_range(double from_day, double to_day) {
    set_range_units(warp_->units_of(from_day), warp_->units_of(to_day));
}

void TimeScale::set_range_units(double from_units, double to_units) {
    from_ = from_units;
    to_ = std::max(to_units, from_units + 1e-6);
    clamp();
}

void TimeScale::set_pixels(float x0_px, float x1_px) {
    x0_ = x0_px;
    x1_ = std::max(x1_px, x0_px + 1.0f);
}

void TimeScale::pan_px(float dx_px) {
    const double shift = dx_px / px_per_unit();
    from_ -= shift;
    to_ -= shift;
    clamp();
}

void TimeScale::zoom(double factor, float around_x_px) {
    if (!(factor > 0)) return;
    const double pivot = units_at(around_x_px);
    double span = span_units() / factor;
    span = std::clamp(span, min_span_, std::max(min_span_, max_span_));
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
    if (from_ < min_) {
        from_ = min_;
        to_ = from_ + span;
    }
    if (to_ > max_) {
        to_ = max_;
        from_ = std::max(min_, to_ - span);
    }
}

namespace {

Tick tick_at(long month_index, int step, const std::vector<std::string>& month_abbrevs) {
    const int ty = static_cast<int>(std::floor(static_cast<double>(month_index) / 12.0));
    const int tm = static_cast<int>(month_index - static_cast<long>(ty) * 12) + 1;
    Tick t;
    t.day = static_cast<double>(days_from_civil(ty, tm, 1));
    t.year_start = tm == 1;
    if (step >= 12 || tm == 1)
        t.label = std::to_string(ty);
    else
        t.label = tm <= static_cast<int>(month_abbrevs.size()) ? month_abbrevs[static_cast<std::size_t>(tm - 1)]
                                                               : std::to_string(tm);
    return t;
}

}  // namespace

std::vector<Tick> ticks_for(const TimeScale& scale, float min_spacing_px,
                            const std::vector<std::string>& month_abbrevs) {
    // Steps in months, coarse to fine, each dividing the one before: 100, 50, 10, 5 and
    // 1 years; 6, 3 and 1 months. A tick of a finer step is kept where it stands clear
    // of every tick kept so far, so a linear axis gets one even step throughout and a
    // warped one the finest step each stretch allows (centuries where time runs fast,
    // years where it is spread), always at round dates.
    static const int steps[] = {1200, 600, 120, 60, 12, 6, 3, 1};
    const double from = scale.from_day(), to = scale.to_day();
    using namespace std::chrono;
    const year_month_day first{sys_days{days{static_cast<long>(std::floor(from))}}};
    const long first_index = static_cast<long>(static_cast<int>(first.year())) * 12 +
                             static_cast<long>(static_cast<unsigned>(first.month())) - 1;
    std::vector<std::pair<float, long>> kept;  // (x, month index), by x
    auto clear_of_kept = [&](float x) {
        const auto it = std::lower_bound(kept.begin(), kept.end(), std::pair<float, long>{x, LONG_MIN});
        if (it != kept.end() && it->first - x < min_spacing_px) return false;
        if (it != kept.begin() && x - std::prev(it)->first < min_spacing_px) return false;
        return true;
    };
    for (int step : steps) {
        // Months only once the view is down to a few years: on a wider one they would
        // stand out as odd words among the years.
        if (step < 12 && to - from > 6 * 365.25) break;
        std::vector<std::pair<float, long>> fresh;
        long index = first_index - ((first_index % step) + step) % step;
        for (int guard = 0; guard < 5000; ++guard, index += step) {
            const Tick t = tick_at(index, step, month_abbrevs);
            if (t.day > to) break;
            if (t.day < from) continue;
            const float x = scale.x_of(t.day);
            // Only where this step is regular here (the next tick would be as clear), so
            // a stray "1961" does not stand between decades (centuries always may).
            if (step != steps[0] && scale.px_per_day_at(t.day) * step * 30.44 < min_spacing_px) continue;
            // Clear of the coarser ticks, and of this step's own before it.
            if (!clear_of_kept(x) || (!fresh.empty() && x - fresh.back().first < min_spacing_px)) continue;
            fresh.push_back({x, index});
        }
        for (const auto& f : fresh)
            if (clear_of_kept(f.first)) kept.insert(std::lower_bound(kept.begin(), kept.end(), f), f);
    }
    std::vector<Tick> out;
    out.reserve(kept.size());
    for (const auto& [x, m] : kept) out.push_back(tick_at(m, ((m % 12) + 12) % 12 == 0 ? 12 : 1, month_abbrevs));
    return out;
}

}  // namespace kiosk
