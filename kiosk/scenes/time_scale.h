// The timeline's view: which span of days fills which pixels, panned and zoomed around
// a point, kept within the content's range; and year/month ticks that adapt to the zoom.
// Pure maths, unit-tested.
#pragma once

#include <string>
#include <vector>

namespace kiosk {

class TimeScale {
public:
    TimeScale() = default;
    TimeScale(double from_day, double to_day, float x0_px, float x1_px)
        : from_(from_day), to_(to_day), x0_(x0_px), x1_(x1_px) {}

    double from_day() const { return from_; }
    double to_day() const { return to_; }
    double span_days() const { return to_ - from_; }
    float x0_px() const { return x0_; }
    float x1_px() const { return x1_; }
    double px_per_day() const { return (x1_ - x0_) / (to_ - from_); }

    float x_of(double day) const { return static_cast<float>(x0_ + (day - from_) * px_per_day()); }
    double day_of(float x_px) const { return from_ + (x_px - x0_) / px_per_day(); }

    // Limits: the view never leaves [min_day, max_day] and its span stays within
    // [min_span, max_span] days.
    void set_limits(double min_day, double max_day, double min_span_days, double max_span_days);
    void set_range(double from_day, double to_day);
    void set_pixels(float x0_px, float x1_px);
    // Finger moved right by dx: the days under it follow it.
    void pan_px(float dx_px);
    // factor > 1 zooms in; the day under `around_x_px` stays under it.
    void zoom(double factor, float around_x_px);
    bool at_min_span() const { return span_days() <= min_span_ * 1.0001; }

private:
    void clamp();
    double from_ = 0, to_ = 1;
    float x0_ = 0, x1_ = 1;
    double min_day_ = -1e9, max_day_ = 1e9, min_span_ = 1, max_span_ = 1e9;
};

struct Tick {
    double day = 0;
    std::string label;  // "1921", "1920s"-style is not used: years, or "Mar" within a year
    bool year_start = false;
};

// Ticks at round steps (months, years, decades, centuries) no closer than
// `min_spacing_px`, covering the visible range.
std::vector<Tick> ticks_for(const TimeScale& scale, float min_spacing_px, const std::vector<std::string>& month_abbrevs);

}  // namespace kiosk
