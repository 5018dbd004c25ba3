#include "input/kinetic_scroller.h"

#include <cmath>

namespace kiosk {

void KineticScroller::set_bounds(double min_px, double max_px) {
    min_ = min_px;
    max_ = max_px < min_px ? min_px : max_px;
    position_ = clamp(position_);
}

void KineticScroller::set_position(double px) {
    position_ = clamp(px);
    mode_ = Mode::still;
}

void KineticScroller::drag_by(double delta_px) {
    mode_ = Mode::still;
    position_ = clamp(position_ + delta_px);
}

void KineticScroller::fling(double velocity_px_s, double now_ms) {
    if (std::abs(velocity_px_s) < 1.0) {
        mode_ = Mode::still;
        return;
    }
    mode_ = Mode::gliding;
    start_ms_ = last_ms_ = now_ms;
    start_px_ = position_;
    v0_px_ms_ = velocity_px_s / 1000.0;
}

void KineticScroller::animate_to(double target_px, double now_ms, double duration_ms) {
    target_px_ = clamp(target_px);
    if (duration_ms <= 0) {
        position_ = target_px_;
        mode_ = Mode::still;
        return;
    }
    mode_ = Mode::animating;
    start_ms_ = now_ms;
    start_px_ = position_;
    duration_ms_ = duration_ms;
}

double KineticScroller::velocity_px_s() const {
    if (mode_ != Mode::gliding) return 0;
    return v0_px_ms_ * std::exp(-(last_ms_ - start_ms_) / time_constant_ms_) * 1000.0;
}

bool KineticScroller::update(double now_ms) {
    last_ms_ = now_ms;
    if (mode_ == Mode::gliding) {
        const double t = now_ms - start_ms_;
        const double decay = std::exp(-t / time_constant_ms_);
        const double p = start_px_ + v0_px_ms_ * time_constant_ms_ * (1.0 - decay);
        position_ = clamp(p);
        const double v_px_s = std::abs(v0_px_ms_ * decay * 1000.0);
        if (p != position_ || v_px_s < 4.0) mode_ = Mode::still;  // hit a bound, or at rest
    } else if (mode_ == Mode::animating) {
        const double u = (now_ms - start_ms_) / duration_ms_;
        if (u >= 1.0) {
            position_ = target_px_;
            mode_ = Mode::still;
        } else {
            const double eased = 1.0 - std::pow(1.0 - u, 3.0);  // ease-out cubic
            position_ = start_px_ + (target_px_ - start_px_) * eased;
        }
    }
    return mode_ != Mode::still;
}

}  // namespace kiosk
