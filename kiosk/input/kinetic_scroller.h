// One axis of scrolling with momentum: follows the finger while dragged, then glides
// with exponentially decaying velocity and stops at the bounds. Pure; times in ms.
#pragma once

namespace kiosk {

class KineticScroller {
public:
    // Velocity falls by e every `time_constant_ms`: a 1000 px/s fling travels 325 px.
    // Android's scroll friction (0.015) gives about the same glide.
    static constexpr double default_time_constant_ms = 325;

    void set_bounds(double min_px, double max_px);
    void set_position(double px);
    void drag_by(double delta_px);  // finger moved: follow it, stop gliding
    void fling(double velocity_px_s, double now_ms);
    void animate_to(double target_px, double now_ms, double duration_ms);  // eased glide
    void stop() { mode_ = Mode::still; }
    // Advances to `now_ms`; returns true while still moving.
    bool update(double now_ms);

    double position() const { return position_; }
    double velocity_px_s() const;
    bool moving() const { return mode_ != Mode::still; }
    double min() const { return min_; }
    double max() const { return max_; }

private:
    enum class Mode { still, gliding, animating };
    double clamp(double p) const { return p < min_ ? min_ : (p > max_ ? max_ : p); }
    Mode mode_ = Mode::still;
    double position_ = 0, min_ = 0, max_ = 0;
    double start_ms_ = 0, start_px_ = 0, v0_px_ms_ = 0, target_px_ = 0, duration_ms_ = 0;
    double time_constant_ms_ = default_time_constant_ms;
    double last_ms_ = 0;
};

}  // namespace kiosk
