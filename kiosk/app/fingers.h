// The fingers on the screen right now, where each started and when, and whether the
// current touch only wakes the kiosk (swallowed until every finger has lifted). Pure.
#pragma once

#include <map>
#include <set>
#include <vector>

namespace kiosk {

struct Finger {
    float x = 0, y = 0;              // now, window pixels
    float start_x = 0, start_y = 0;  // where it touched down
    double down_ms = 0;
    double still_since_ms = 0;  // when it last moved (a living finger never rests perfectly)
};

class Fingers {
public:
    // A touch perfectly still for this long is a fault of the panel (a phantom touch, a
    // sticker, a drop of water), not a visitor: it no longer holds off the idle reset.
    static constexpr double stuck_after_ms = 120000;

    void down(int id, float x_px, float y_px, double now_ms);
    void move(int id, float x_px, float y_px, double now_ms);
    void up(int id);
    void clear() { fingers_.clear(); }

    bool any() const { return !fingers_.empty(); }
    // Fingers that are not stuck (see stuck_after_ms).
    bool any_live(double now_ms) const;
    // Ids of fingers that became stuck since the last call (to log each once).
    std::vector<int> newly_stuck(double now_ms);
    std::size_t count() const { return fingers_.size(); }
    const std::map<int, Finger>& all() const { return fingers_; }

    // A touch that only wakes or dismisses: its gestures are not passed on until every
    // finger has lifted.
    void swallow() { swallowing_ = true; }
    bool swallowing() const { return swallowing_; }
    // Ends the swallowing once no finger is left; true if the event was swallowed.
    bool still_swallowed();

private:
    std::map<int, Finger> fingers_;
    std::set<int> reported_stuck_;
    bool swallowing_ = false;
};

}  // namespace kiosk
