// When a visitor has walked away: after a quiet spell a "Still reading?" warning, and
// after the configured timeout the reset to the attract loop. Pure: it is given the
// time; a finger resting on the screen counts as a visitor.
#pragma once

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
    // A touch or key that dismisses the warning. True if a warning was showing (the
    // input then only dismisses it and does nothing else).
    bool dismiss_warning();

    // Called every frame. `exempt`: the screen has nothing to reset (the attract loop,
    // the resting screen). After `reset` the policy starts counting afresh.
    Verdict check(double now_ms, bool finger_down, bool exempt);

    bool warning() const { return warning_; }
    double idle_ms(double now_ms) const { return now_ms - last_input_ms_; }
    double last_input_ms() const { return last_input_ms_; }
    // Whole seconds until the reset, at least 1 (for the warning's countdown).
    int seconds_left(double now_ms) const;

private:
    double timeout_ms_ = 90000;
    double last_input_ms_ = 0;
    bool warning_ = false;
};

}  // namespace kiosk
