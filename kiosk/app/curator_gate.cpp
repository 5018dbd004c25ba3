#include "app/curator_gate.h"

#include <algorithm>
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

void CuratorGate::set_verifier(Verifier verify, bool has_pin) {
    verify_ = std::move(verify);
    has_pin_ = has_pin;
}

void CuratorGate::open_pad() {
    entered_.clear();
    error_ = false;
    unlocked_ = false;
}

void CuratorGate::restore(const Lock& lock, double now_ms) {
    wrong_in_row_ = std::clamp(lock.wrong_in_row, 0, max_attempts - 1);
    lockouts_ = std::max(0, lock.lockouts);
    locked_until_ms_ = lock.remaining_ms > 0 ? now_ms + std::min(lock.remaining_ms, max_lockout_ms) : 0;
}

CuratorGate::Outcome CuratorGate::press(const std::string& key, double now_ms) {
    if (key == "cancel") return Outcome::cancelled;
    if (unlocked_ || locked(now_ms)) return Outcome::none;
    if (key == "back") {
        if (!entered_.empty()) entered_.pop_back();
    } else if (key.size() == 1 && std::isdigit(static_cast<unsigned char>(key[0]))) {
        if (entered_.size() < 12) entered_ += key;
    } else if (key == "ok") {
        const bool right = has_pin_ && verify_ && !entered_.empty() && verify_(entered_);
        entered_.clear();
        if (right) {
            unlocked_ = true;
            wrong_in_row_ = 0;
            lockouts_ = 0;
            error_ = false;
            return Outcome::unlocked;
        }
        error_ = true;
        if (++wrong_in_row_ >= max_attempts) {
            // Each lock-out twice as long as the one before: guessing 10,000 PINs takes
            // months, while a curator who mistypes waits a minute.
            locked_until_ms_ = now_ms + std::min(max_lockout_ms, first_lockout_ms * std::pow(2.0, lockouts_));
            ++lockouts_;
            wrong_in_row_ = 0;
            return Outcome::locked_out;
        }
        return Outcome::wrong;
    }
    return Outcome::none;
}

}  // namespace kiosk
