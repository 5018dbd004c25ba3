// Feedback under the finger: the target pressed, shown at once and cleared when the
// finger lifts, slides away or the screen changes. Pure.
#pragma once

#include <string>

#include "core/geometry.h"

namespace kiosk {

struct SceneTarget;

class PressFeedback {
public:
    // A finger came down on `target` (or on nothing). Areas that are not buttons (a
    // card's backdrop, the attract loop) show no press.
    void press(const SceneTarget* target, RectF window_box);
    void clear() { id_.clear(); }

    bool active() const { return !id_.empty(); }
    const std::string& id() const { return id_; }
    const RectF& box() const { return box_; }

private:
    std::string id_;
    RectF box_;
};

}  // namespace kiosk
