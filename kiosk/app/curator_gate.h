// The way into curator mode: two fingers held still in opposite corners (nothing a
// visitor does by chance, easy for a curator on purpose), then a PIN pad with a
// limited number of tries before it locks. Pure: it is given the fingers and the time.
#pragma once

#include <functional>
#include <string>

#include "app/fingers.h"

namespace kiosk {

// Compares a PIN without revealing, through timing, how many digits were right.
bool pin_matches(const std::string& entered, const std::string& expected);

struct CornerHold {
    float width_px = 0, height_px = 0;
    float slop_px = 10;  // how far a finger may wander and still be "held"
    double hold_ms = 2000;
};

class CuratorGate {
public:
    enum class Outcome { none, unlocked, cancelled, wrong, locked_out };
    static constexpr int max_attempts = 5;  // wrong PINs in a row before the pad locks
    static constexpr double first_lockout_ms = 60000;
    static constexpr double max_lockout_ms = 3600000;  // each lock-out doubles, up to an hour

    // How a PIN is checked (a slow hash in the kiosk; a plain comparison in tests), and
    // whether one is set at all (without, the pad opens nothing).
    using Verifier = std::function<bool(const std::string&)>;
    void set_verifier(Verifier verify, bool has_pin);
    bool has_pin() const { return has_pin_; }

    // True when exactly two fingers have been held still long enough, one in the top
    // left corner and one in the bottom right.
    static bool corners_held(const Fingers& fingers, double now_ms, const CornerHold& hold);

    // A fresh pad (digits cleared, unlocked state forgotten); the lock-out and the count
    // of wrong PINs stay, whatever the pad's Cancel or a reopening.
    void open_pad();
    // A key of the pad: "0".."9", "back", "cancel", "ok".
    Outcome press(const std::string& key, double now_ms);

    std::size_t digits_entered() const { return entered_.size(); }
    bool error() const { return error_; }
    bool unlocked() const { return unlocked_; }
    bool locked(double now_ms) const { return locked_until_ms_ > now_ms; }
    double locked_for_ms(double now_ms) const { return locked(now_ms) ? locked_until_ms_ - now_ms : 0; }

    // What must survive a restart, so that switching the kiosk off and on is no way
    // around the lock-out.
    struct Lock {
        int wrong_in_row = 0;
        int lockouts = 0;         // since the last right PIN
        double remaining_ms = 0;  // of the current lock-out
    };
    Lock lock_state(double now_ms) const { return {wrong_in_row_, lockouts_, locked_for_ms(now_ms)}; }
    void restore(const Lock& lock, double now_ms);

private:
    Verifier verify_;
    bool has_pin_ = false;
    std::string entered_;
    int wrong_in_row_ = 0;
    int lockouts_ = 0;
    bool error_ = false;
    bool unlocked_ = false;
    double locked_until_ms_ = 0;
};

}  // namespace kiosk
