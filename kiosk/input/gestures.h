// Gesture recognition from raw pointer events: tap, double tap, long press, drag with
// fling velocity, two-finger pinch. Pure code (no SDL): fed positions in window pixels
// and times in milliseconds, so recorded sequences can be replayed in unit tests.
#pragma once

#include <deque>
#include <map>
#include <vector>

namespace kiosk {

struct PointerEvent {
    enum class Kind { down, move, up, cancel };
    Kind kind = Kind::down;
    int id = 0;  // finger id (the mouse is one more finger)
    float x_px = 0, y_px = 0;
    double time_ms = 0;
};

struct Gesture {
    enum class Kind { press, tap, double_tap, long_press, drag_begin, drag, drag_end, pinch_begin, pinch, pinch_end };
    Kind kind = Kind::tap;
    float x_px = 0, y_px = 0;        // the point: tap position, drag position, pinch centre
    float dx_px = 0, dy_px = 0;      // drag/pinch: movement since the last event
    float vx_px_s = 0, vy_px_s = 0;  // drag_end: fling velocity (0 if too slow to fling)
    float scale = 1;                 // pinch: change of finger distance since the last event
    double time_ms = 0;
};

struct GestureParams {
    float slop_px = 10;  // movement before a touch becomes a drag
    double long_press_ms = 500;
    double double_tap_ms = 300;
    float double_tap_slop_px = 60;
    float min_fling_px_s = 30;
    float max_fling_px_s = 5000;
    double velocity_window_ms = 100;  // fling velocity is measured over the last ~100 ms
    int max_pointers = 10;            // more fingers than this are ignored
};

class GestureRecognizer {
public:
    explicit GestureRecognizer(GestureParams params = {}) : params_(params) {}

    std::vector<Gesture> feed(const PointerEvent& event);
    // Call every frame: reports a long press once the finger has rested long enough.
    std::vector<Gesture> tick(double now_ms);
    // Forget every finger (a scene change, the window losing focus).
    void reset();

    const GestureParams& params() const { return params_; }
    int active_pointers() const { return static_cast<int>(pointers_.size()); }

private:
    enum class State { idle, pressed, dragging, pinching, finished };
    struct Sample {
        double t;
        float x, y;
    };
    struct Pointer {
        float start_x = 0, start_y = 0, x = 0, y = 0;
        double down_ms = 0;
        std::deque<Sample> history;
    };
    void fling_velocity(const Pointer& p, double now_ms, float& vx, float& vy) const;
    void on_down(const PointerEvent& e, std::vector<Gesture>& out);
    void on_move(const PointerEvent& e, std::vector<Gesture>& out);
    void on_up(const PointerEvent& e, std::vector<Gesture>& out);
    bool pinch_pair(Pointer*& a, Pointer*& b);

    GestureParams params_;
    State state_ = State::idle;
    std::map<int, Pointer> pointers_;
    int primary_ = -1;
    bool long_pressed_ = false;
    float pinch_distance_ = 0, pinch_cx_ = 0, pinch_cy_ = 0;
    double last_tap_ms_ = -1e12;
    float last_tap_x_ = 0, last_tap_y_ = 0;
};

}  // namespace kiosk
