// Keyboard focus: which touch target Tab has reached. Tab and Shift+Tab walk the
// scene's targets in reading order (top to bottom, then left to right); Enter acts on
// the focused one as a tap would. Areas that are not controls (a card's backdrop, the
// attract loop's whole screen) are skipped. Pure: it is given the geometry.
#pragma once

#include <optional>
#include <string>

#include "scenes/scene_geometry.h"

namespace kiosk {

class FocusRing {
public:
    // Moves to the next (or, backwards, the previous) control; wraps around.
    void step(const SceneGeometry& g, float scroll_px, bool backwards);
    void clear() { id_.clear(); }
    // Forgets a focus whose target has gone (another screen, a closed card).
    void validate(const SceneGeometry& g);

    bool active() const { return !id_.empty(); }
    const std::string& id() const { return id_; }
    // The focused target's box in window pixels at this scroll, if it is there.
    std::optional<RectF> box(const SceneGeometry& g, float scroll_px) const;
    // The scroll that brings a target of the scrolling layer into view, if it needs one.
    std::optional<float> scroll_to_show(const SceneGeometry& g, float scroll_px) const;

    static bool is_control(const std::string& id);

private:
    std::string id_;
};

}  // namespace kiosk
