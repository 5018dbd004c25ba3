#include "app/press_feedback.h"

#include "scenes/scene_geometry.h"

namespace kiosk {

void PressFeedback::press(const SceneTarget* target, RectF window_box) {
    const bool area = !target || target->id == "card" || target->id == "card-backdrop" || target->id == "wake";
    if (area) {
        id_.clear();
        return;
    }
    id_ = target->id;
    box_ = window_box;
}

}  // namespace kiosk
