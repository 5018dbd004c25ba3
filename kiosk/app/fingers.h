// The fingers on the screen right now, where each started and when, and whether the
// current touch only wakes the kiosk (swallowed until every finger has lifted). Pure.
#pragma once

#include <map>

namespace kiosk {

struct Finger {
    float x = 0, y = 0;              // now, window pixels
    float start_x = 0, start_y = 0;  // where it touched down
    double down_ms = 0;
};

class Fingers {
public:
    void down(int id, float x_px, float y_px, double now_ms);
    void move(int id, float x_px, float y_px);
    void up(int id);
    void clear() { fingers_.clear(); }

    bool any() const { return !fingers_.empty(); }
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
    bool swallowing_ = false;
};

}  // namespace kiosk
