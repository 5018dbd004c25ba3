// The way into curator mode: two fingers held still in opposite corners (nothing a
// visitor does by chance, easy for a curator on purpose), then a PIN pad with a
// limited number of tries before it locks. Pure: it is given the fingers and the time.
#pragma once

#include <string>

#include "app/fingers.h"

namespace kiosk {

// Compares a PIN without revealing, through timing, how many digits were right.
bool pin_matches(const std::string& entered, const std::string& expected);

struct CornerHold {
    float width_px = 0, height_px = 0;
    float slop_px = 10;    // how far a finger may wander and still be "held"
    double hold_ms = 2000;
};

class CuratorGate {
public:
    enum class Outcome { none, unlocked, cancelled };
    static constexpr int max_attempts = 5;
    static constexpr double lockout_ms = 60000;

    void set_pin(std::string pin) { pin_ = std::move(pin); }

    // True when exactly two fingers have been held still long enough, one in the top
    // left corner and one in the bottom right.
    static bool corners_held(const Fingers& fingers, double now_ms, const CornerHold& hold);

    // A fresh pad (digits cleared, unlocked state forgotten); the lock-out stays.
    void open_pad();
    // A key of the pad: "0".."9", "back", "cancel", "ok".
    Outcome press(const std::string& key, double now_ms);

    std::size_t digits_entered() const { return entered_.size(); }
    bool error() const { return error_; }
    bool unlocked() const { return unlocked_; }
    bool locked(double now_ms) const { return locked_until_ms_ > now_ms; }
    double locked_for_ms(double now_ms) const { return locked(now_ms) ? locked_until_ms_ - now_ms : 0; }

private:
    std::string pin_;
    std::string entered_;
    int wrong_attempts_ = 0;
    bool error_ = false;
    bool unlocked_ = false;
    double locked_until_ms_ = 0;
};

}  // namespace kiosk
