#include "app/fingers.h"

#include <cmath>

namespace kiosk {

void Fingers::down(int id, float x_px, float y_px, double now_ms) {
    fingers_[id] = {x_px, y_px, x_px, y_px, now_ms, now_ms};
    reported_stuck_.erase(id);
}

void Fingers::move(int id, float x_px, float y_px, double now_ms) {
    if (auto it = fingers_.find(id); it != fingers_.end()) {
        if (std::abs(x_px - it->second.x) + std::abs(y_px - it->second.y) >= 0.5f) {
            it->second.still_since_ms = now_ms;
            reported_stuck_.erase(id);
        }
        it->second.x = x_px;
        it->second.y = y_px;
    }
}

void Fingers::up(int id) {
    fingers_.erase(id);
    reported_stuck_.erase(id);
}

bool Fingers::any_live(double now_ms) const {
    for (const auto& [id, f] : fingers_)
        if (now_ms - f.still_since_ms < stuck_after_ms) return true;
    return false;
}

std::vector<int> Fingers::newly_stuck(double now_ms) {
    std::vector<int> out;
    for (const auto& [id, f] : fingers_)
        if (now_ms - f.still_since_ms >= stuck_after_ms && reported_stuck_.insert(id).second) out.push_back(id);
    return out;
}

bool Fingers::still_swallowed() {
    if (!swallowing_) return false;
    if (fingers_.empty()) swallowing_ = false;
    return true;
}

}  // namespace kiosk
