// When a visitor has walked away: after a quiet spell a "Still reading?" warning, and
// after the configured timeout the reset to the attract loop. Pure: it is given the
// time; a finger resting on the screen counts as a visitor, and so does a narration
// playing (a visitor who only listens), until a grace period after it stops.
#pragma once

#include <algorithm>

namespace kiosk {

class IdlePolicy {
public:
    enum class Verdict { active, warning, reset };

    void set_timeout_ms(double timeout_ms) { timeout_ms_ = timeout_ms; }
    double timeout_ms() const { return timeout_ms_; }
    // The warning shows for the last quarter of the timeout, at most 15 s.
    double warning_ms() const;

    // Any visitor input: a touch, a key, the wheel.
    void note_input(double now_ms) { last_input_ms_ = now_ms; }
    // After a narration ends or pauses, this long before the idle time starts to count.
    void set_listen_grace_ms(double grace_ms) { grace_ms_ = grace_ms; }
    // A narration is playing: someone is listening, so the idle time stands still (and
    // counts again only `grace` after the voice stops). Called every frame it plays.
    void note_listening(double now_ms) { hold_until_ms_ = std::max(hold_until_ms_, now_ms + grace_ms_); }
    // A touch or key that dismisses the warning. True if a warning was showing (the
    // input then only dismisses it and does nothing else).
    bool dismiss_warning();

    // Called every frame. `exempt`: the screen has nothing to reset (the attract loop,
    // the resting screen). After `reset` the policy starts counting afresh.
    Verdict check(double now_ms, bool finger_down, bool exempt);

    bool warning() const { return warning_; }
    // How long the visitor has been away, as the reset counts it (0 while listening).
    double idle_ms(double now_ms) const { return std::max(0.0, now_ms - counted_from()); }
    double last_input_ms() const { return last_input_ms_; }
    // Whole seconds until the reset, at least 1 (for the warning's countdown).
    int seconds_left(double now_ms) const;

private:
    // The idle time counts from the last input, or from the end of listening's grace.
    double counted_from() const { return std::max(last_input_ms_, hold_until_ms_); }
    double timeout_ms_ = 90000;
    double grace_ms_ = 30000;
    double hold_until_ms_ = 0;
    double last_input_ms_ = 0;
    bool warning_ = false;
};

}  // namespace kiosk
