// The timeline's view: which span of time fills which pixels, panned and zoomed around
// a point, kept within the content's range; and year/month ticks that adapt to the zoom.
// The view is linear in story units (scenes/story_warp.h), not in days: pans, zooms and
// limits work on units, and days go in and out through the warp. Pure maths, unit-tested.
#pragma once

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "scenes/story_warp.h"

namespace kiosk {

class TimeScale {
public:
    TimeScale() = default;
    TimeScale(double from_day, double to_day, float x0_px, float x1_px)
        : from_(from_day), to_(to_day), x0_(x0_px), x1_(x1_px) {}

    // Spread time by the story (call before set_limits and set_range); the view keeps
    // the same days.
    void set_warp(std::shared_ptr<const StoryWarp> warp);
    const StoryWarp& warp() const { return *warp_; }

    double from_day() const { return warp_->day_of(from_); }
    double to_day() const { return warp_->day_of(to_); }
    double span_days() const { return to_day() - from_day(); }
    // The view in story units (linear in pixels).
    double from_units() const { return from_; }
    double to_units() const { return to_; }
    double span_units() const { return to_ - from_; }
    float x0_px() const { return x0_; }
    float x1_px() const { return x1_; }
    double px_per_unit() const { return (x1_ - x0_) / (to_ - from_); }
    // Pixels per day at a day (they differ along a warped axis).
    double px_per_day_at(double day) const { return px_per_unit() * warp_->density_at(day); }

    float x_of(double day) const { return static_cast<float>(x0_ + (warp_->units_of(day) - from_) * px_per_unit()); }
    double day_of(float x_px) const { return warp_->day_of(units_at(x_px)); }
    double units_at(float x_px) const { return from_ + (x_px - x0_) / px_per_unit(); }

    // Limits: the view never leaves [min_day, max_day] and its span stays within
    // [min_span, max_span] days (the smallest span where time is densest).
    void set_limits(double min_day, double max_day, double min_span_days, double max_span_days);
    void set_range(double from_day, double to_day);
    void set_range_units(double from_units, double to_units);
    void set_pixels(float x0_px, float x1_px);
    // Finger moved right by dx: the days under it follow it.
    void pan_px(float dx_px);
    // factor > 1 zooms in; the day under `around_x_px` stays under it.
    void zoom(double factor, float around_x_px);
    bool at_min_span() const { return span_units() <= min_span_ * 1.0001; }
    double max_span_units() const { return std::max(min_span_, max_span_); }

private:
    void clamp();
    std::shared_ptr<const StoryWarp> warp_ = std::make_shared<const StoryWarp>();
    double from_ = 0, to_ = 1;  // story units
    float x0_ = 0, x1_ = 1;
    double min_ = -1e9, max_ = 1e9, min_span_ = 1, max_span_ = 1e9;  // story units
};

struct Tick {
    double day = 0;
    std::string label;  // "1921", "1920s"-style is not used: years, or "Mar" within a year
    bool year_start = false;
};

// Ticks at round steps (months, years, decades, centuries) no closer than
// `min_spacing_px`, covering the visible range. Along a warped axis the coarser steps
// come first and finer ones fill in where there is room: centuries where time runs
// fast, years where it is spread.
std::vector<Tick> ticks_for(const TimeScale& scale, float min_spacing_px,
                            const std::vector<std::string>& month_abbrevs);

}  // namespace kiosk
