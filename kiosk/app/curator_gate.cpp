#include "app/curator_gate.h"

#include <cctype>
#include <cmath>

namespace kiosk {

bool pin_matches(const std::string& entered, const std::string& expected) {
    // Every character of the expected PIN is always looked at, whatever was typed.
    unsigned diff = static_cast<unsigned>(entered.size() ^ expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const unsigned char e = i < entered.size() ? static_cast<unsigned char>(entered[i]) : 0;
        diff |= e ^ static_cast<unsigned char>(expected[i]);
    }
    return diff == 0 && !expected.empty();
}

bool CuratorGate::corners_held(const Fingers& fingers, double now_ms, const CornerHold& hold) {
    if (fingers.count() != 2) return false;
    const float W = hold.width_px, H = hold.height_px;
    bool top_left = false, bottom_right = false;
    for (const auto& [id, f] : fingers.all()) {
        if (std::hypot(f.x - f.start_x, f.y - f.start_y) > hold.slop_px) return false;
        if (now_ms - f.down_ms < hold.hold_ms) return false;
        if (f.x < W * 0.12f && f.y < H * 0.12f) top_left = true;
        if (f.x > W * 0.88f && f.y > H * 0.88f) bottom_right = true;
    }
    return top_left && bottom_right;
}

void CuratorGate::open_pad() {
    entered_.clear();
    error_ = false;
    unlocked_ = false;
}

CuratorGate::Outcome CuratorGate::press(const std::string& key, double now_ms) {
    if (key == "cancel") return Outcome::cancelled;
    if (unlocked_ || locked(now_ms)) return Outcome::none;
    if (key == "back") {
        if (!entered_.empty()) entered_.pop_back();
    } else if (key.size() == 1 && std::isdigit(static_cast<unsigned char>(key[0]))) {
        if (entered_.size() < 12) entered_ += key;
    } else if (key == "ok") {
        if (pin_matches(entered_, pin_)) {
            unlocked_ = true;
            wrong_attempts_ = 0;
            error_ = false;
        } else {
            error_ = true;
            if (++wrong_attempts_ >= max_attempts) {
                locked_until_ms_ = now_ms + lockout_ms;
                wrong_attempts_ = 0;
            }
        }
        entered_.clear();
        if (unlocked_) return Outcome::unlocked;
    }
    return Outcome::none;
}

}  // namespace kiosk
