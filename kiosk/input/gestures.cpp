#include "input/gestures.h"

#include <algorithm>
#include <cmath>

namespace kiosk {

namespace {
float distance(float ax, float ay, float bx, float by) {
    return std::hypot(ax - bx, ay - by);
}
}  // namespace

void GestureRecognizer::reset() {
    pointers_.clear();
    state_ = State::idle;
    primary_ = -1;
    long_pressed_ = false;
}

bool GestureRecognizer::pinch_pair(Pointer*& a, Pointer*& b) {
    if (pointers_.size() < 2) return false;
    auto it = pointers_.begin();
    a = &it->second;
    b = &(++it)->second;
    return true;
}

void GestureRecognizer::fling_velocity(const Pointer& p, double now_ms, float& vx, float& vy) const {
    vx = vy = 0;
    // The oldest sample within the window against the newest: robust to one jittery
    // event, and a finger that stopped before lifting gives no fling.
    const Sample* oldest = nullptr;
    for (const auto& s : p.history) {
        if (now_ms - s.t <= params_.velocity_window_ms) {
            oldest = &s;
            break;
        }
    }
    if (!oldest || p.history.empty()) return;
    const Sample& newest = p.history.back();
    const double dt_ms = newest.t - oldest->t;
    if (dt_ms < 8) return;
    if (now_ms - newest.t > 60) return;  // the finger rested before it lifted
    vx = static_cast<float>((newest.x - oldest->x) * 1000.0 / dt_ms);
    vy = static_cast<float>((newest.y - oldest->y) * 1000.0 / dt_ms);
    const float speed = std::hypot(vx, vy);
    if (speed < params_.min_fling_px_s) {
        vx = vy = 0;
    } else if (speed > params_.max_fling_px_s) {
        const float k = params_.max_fling_px_s / speed;
        vx *= k;
        vy *= k;
    }
}

namespace {

// The gestures one pointer event makes, each stamped with the event's time.
struct GestureOut {
    std::vector<Gesture>& out;
    double time_ms;
    Gesture& operator()(Gesture::Kind kind, float x, float y) {
        Gesture g;
        g.kind = kind;
        g.x_px = x;
        g.y_px = y;
        g.time_ms = time_ms;
        out.push_back(g);
        return out.back();
    }
};

}  // namespace

std::vector<Gesture> GestureRecognizer::feed(const PointerEvent& e) {
    std::vector<Gesture> out;
    switch (e.kind) {
        case PointerEvent::Kind::down:
            on_down(e, out);
            break;
        case PointerEvent::Kind::move:
            on_move(e, out);
            break;
        case PointerEvent::Kind::up:
        case PointerEvent::Kind::cancel:
            on_up(e, out);
            break;
    }
    return out;
}

// A finger lands: the first presses; a second begins a pinch (ending a drag unflung).
void GestureRecognizer::on_down(const PointerEvent& e, std::vector<Gesture>& out) {
    GestureOut emit{out, e.time_ms};
    if (pointers_.count(e.id)) return;  // a repeated down (resistive panels): ignore
    if (static_cast<int>(pointers_.size()) >= params_.max_pointers) return;
    Pointer p;
    p.start_x = p.x = e.x_px;
    p.start_y = p.y = e.y_px;
    p.down_ms = e.time_ms;
    p.history.push_back({e.time_ms, e.x_px, e.y_px});
    pointers_[e.id] = p;
    if (state_ == State::idle) {
        state_ = State::pressed;
        primary_ = e.id;
        long_pressed_ = false;
        emit(Gesture::Kind::press, e.x_px, e.y_px);
    } else if (state_ == State::pressed || state_ == State::dragging) {
        if (state_ == State::dragging) emit(Gesture::Kind::drag_end, e.x_px, e.y_px);  // no fling
        Pointer *a, *b;
        if (pinch_pair(a, b)) {
            state_ = State::pinching;
            pinch_distance_ = std::max(1.0f, distance(a->x, a->y, b->x, b->y));
            pinch_cx_ = (a->x + b->x) / 2;
            pinch_cy_ = (a->y + b->y) / 2;
            emit(Gesture::Kind::pinch_begin, pinch_cx_, pinch_cy_);
        }
    }
}

// A finger moves: past the slop the press becomes a drag; a pinch follows its pair.
void GestureRecognizer::on_move(const PointerEvent& e, std::vector<Gesture>& out) {
    GestureOut emit{out, e.time_ms};
    auto it = pointers_.find(e.id);
    if (it == pointers_.end()) return;
    Pointer& p = it->second;
    const float last_x = p.x, last_y = p.y;
    p.x = e.x_px;
    p.y = e.y_px;
    p.history.push_back({e.time_ms, e.x_px, e.y_px});
    while (p.history.size() > 2 && e.time_ms - p.history.front().t > 2 * params_.velocity_window_ms)
        p.history.pop_front();
    if (state_ == State::pressed && e.id == primary_) {
        if (!long_pressed_ && distance(p.x, p.y, p.start_x, p.start_y) > params_.slop_px) {
            state_ = State::dragging;
            emit(Gesture::Kind::drag_begin, p.start_x, p.start_y);
            // The first drag step starts at the touch point so nothing is lost to slop.
            Gesture& g = emit(Gesture::Kind::drag, p.x, p.y);
            g.dx_px = p.x - p.start_x;
            g.dy_px = p.y - p.start_y;
        }
    } else if (state_ == State::dragging && e.id == primary_) {
        Gesture& g = emit(Gesture::Kind::drag, p.x, p.y);
        g.dx_px = p.x - last_x;
        g.dy_px = p.y - last_y;
    } else if (state_ == State::pinching) {
        Pointer *a, *b;
        if (pinch_pair(a, b) && (&p == a || &p == b)) {
            const float d = std::max(1.0f, distance(a->x, a->y, b->x, b->y));
            const float cx = (a->x + b->x) / 2, cy = (a->y + b->y) / 2;
            Gesture& g = emit(Gesture::Kind::pinch, cx, cy);
            g.scale = d / pinch_distance_;
            g.dx_px = cx - pinch_cx_;
            g.dy_px = cy - pinch_cy_;
            pinch_distance_ = d;
            pinch_cx_ = cx;
            pinch_cy_ = cy;
        }
    }
}

// A finger lifts (or the system cancels it): a tap or a double tap, a drag's end with its
// fling, or a pinch that ends (the finger left goes on panning) or re-anchors.
void GestureRecognizer::on_up(const PointerEvent& e, std::vector<Gesture>& out) {
    GestureOut emit{out, e.time_ms};
    auto it = pointers_.find(e.id);
    if (it == pointers_.end()) return;  // an up without a down: ignore
    Pointer p = it->second;
    const float last_x = p.x, last_y = p.y;
    p.x = e.x_px;
    p.y = e.y_px;
    if (e.kind == PointerEvent::Kind::up) p.history.push_back({e.time_ms, e.x_px, e.y_px});
    pointers_.erase(it);
    const bool cancelled = e.kind == PointerEvent::Kind::cancel;
    if (state_ == State::pressed && e.id == primary_) {
        if (!cancelled && !long_pressed_) {
            const bool is_double = e.time_ms - last_tap_ms_ <= params_.double_tap_ms &&
                                   distance(e.x_px, e.y_px, last_tap_x_, last_tap_y_) <= params_.double_tap_slop_px;
            emit(Gesture::Kind::tap, p.start_x, p.start_y);
            if (is_double) {
                emit(Gesture::Kind::double_tap, p.start_x, p.start_y);
                last_tap_ms_ = -1e12;
            } else {
                last_tap_ms_ = e.time_ms;
                last_tap_x_ = p.start_x;
                last_tap_y_ = p.start_y;
            }
        }
        state_ = pointers_.empty() ? State::idle : State::finished;
    } else if (state_ == State::dragging && e.id == primary_) {
        // The finger may have moved between its last move and the lift.
        if (!cancelled && (p.x != last_x || p.y != last_y)) {
            Gesture& step = emit(Gesture::Kind::drag, p.x, p.y);
            step.dx_px = p.x - last_x;
            step.dy_px = p.y - last_y;
        }
        Gesture& g = emit(Gesture::Kind::drag_end, p.x, p.y);
        if (!cancelled) fling_velocity(p, e.time_ms, g.vx_px_s, g.vy_px_s);
        state_ = pointers_.empty() ? State::idle : State::finished;
    } else if (state_ == State::pinching) {
        Pointer *a, *b;
        const bool still_pair = pinch_pair(a, b);
        if (!still_pair) {
            emit(Gesture::Kind::pinch_end, pinch_cx_, pinch_cy_);
            if (pointers_.size() == 1) {
                // The finger left on the glass goes on panning, as on a phone.
                auto& [id, rest] = *pointers_.begin();
                primary_ = id;
                rest.start_x = rest.x;
                rest.start_y = rest.y;
                rest.history.clear();
                rest.history.push_back({e.time_ms, rest.x, rest.y});
                state_ = State::dragging;
                emit(Gesture::Kind::drag_begin, rest.x, rest.y);
            } else {
                state_ = State::idle;
            }
        } else {
            // A third finger lifted, or one of the pair: re-anchor on the new pair.
            pinch_distance_ = std::max(1.0f, distance(a->x, a->y, b->x, b->y));
            pinch_cx_ = (a->x + b->x) / 2;
            pinch_cy_ = (a->y + b->y) / 2;
        }
    } else if (pointers_.empty()) {
        state_ = State::idle;
    }
}

std::vector<Gesture> GestureRecognizer::tick(double now_ms) {
    std::vector<Gesture> out;
    if (state_ == State::pressed && !long_pressed_) {
        auto it = pointers_.find(primary_);
        if (it != pointers_.end() && now_ms - it->second.down_ms >= params_.long_press_ms) {
            long_pressed_ = true;
            Gesture g;
            g.kind = Gesture::Kind::long_press;
            g.x_px = it->second.start_x;
            g.y_px = it->second.start_y;
            g.time_ms = now_ms;
            out.push_back(g);
        }
    }
    return out;
}

}  // namespace kiosk
