#include "app/fingers.h"

namespace kiosk {

void Fingers::down(int id, float x_px, float y_px, double now_ms) { fingers_[id] = {x_px, y_px, x_px, y_px, now_ms}; }

void Fingers::move(int id, float x_px, float y_px) {
    if (auto it = fingers_.find(id); it != fingers_.end()) {
        it->second.x = x_px;
        it->second.y = y_px;
    }
}

void Fingers::up(int id) { fingers_.erase(id); }

bool Fingers::still_swallowed() {
    if (!swallowing_) return false;
    if (fingers_.empty()) swallowing_ = false;
    return true;
}

}  // namespace kiosk
