#include "app/idle_policy.h"

#include <algorithm>
#include <cmath>

namespace kiosk {

double IdlePolicy::warning_ms() const {
    return std::min(15000.0, timeout_ms_ / 4.0);
}

bool IdlePolicy::dismiss_warning() {
    const bool was = warning_;
    warning_ = false;
    return was;
}

IdlePolicy::Verdict IdlePolicy::check(double now_ms, bool finger_down, bool exempt) {
    if (exempt) {
        warning_ = false;
        return Verdict::active;
    }
    if (finger_down) last_input_ms_ = now_ms;  // a resting finger is a visitor
    const double idle = now_ms - counted_from();
    if (idle >= timeout_ms_) {
        warning_ = false;
        return Verdict::reset;
    }
    warning_ = idle >= timeout_ms_ - warning_ms();
    return warning_ ? Verdict::warning : Verdict::active;
}

int IdlePolicy::seconds_left(double now_ms) const {
    const double left_ms = timeout_ms_ - (now_ms - counted_from());
    return std::max(1, static_cast<int>(std::ceil(left_ms / 1000.0)));
}

}  // namespace kiosk
