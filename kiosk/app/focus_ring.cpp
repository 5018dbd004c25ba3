#include "app/focus_ring.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace kiosk {

bool FocusRing::is_control(const std::string& id) {
    for (const char* area : {"card", "card-backdrop", "wake", "chooser-backdrop", "person-backdrop", "person-card",
                             "timeline:legend", "timeline:overview"})
        if (id == area) return false;
    return !id.empty();
}

namespace {

// Targets in reading order: by the row they sit on (half a finger's tolerance), then x.
std::vector<const SceneTarget*> in_order(const SceneGeometry& g) {
    std::vector<const SceneTarget*> out;
    for (const auto& t : g.targets)
        if (FocusRing::is_control(t.id)) out.push_back(&t);
    auto key_y = [&](const SceneTarget* t) { return t->box.y + (t->layer == Layer::content ? g.viewport.y : 0.0f); };
    std::stable_sort(out.begin(), out.end(), [&](const SceneTarget* a, const SceneTarget* b) {
        const float ya = key_y(a), yb = key_y(b);
        if (std::abs(ya - yb) > 20) return ya < yb;
        return a->box.x < b->box.x;
    });
    // One stop per id (an event's label and its marker are the same control).
    std::vector<const SceneTarget*> unique;
    for (const auto* t : out)
        if (std::none_of(unique.begin(), unique.end(), [&](const SceneTarget* u) { return u->id == t->id; }))
            unique.push_back(t);
    return unique;
}

}  // namespace

void FocusRing::step(const SceneGeometry& g, float, bool backwards) {
    const auto order = in_order(g);
    if (order.empty()) {
        id_.clear();
        return;
    }
    auto at = std::find_if(order.begin(), order.end(), [&](const SceneTarget* t) { return t->id == id_; });
    std::ptrdiff_t i = at == order.end() ? (backwards ? 0 : -1) : at - order.begin();
    const auto n = static_cast<std::ptrdiff_t>(order.size());
    i = ((backwards ? i - 1 : i + 1) % n + n) % n;
    id_ = order[static_cast<std::size_t>(i)]->id;
}

void FocusRing::validate(const SceneGeometry& g) {
    if (id_.empty()) return;
    if (std::none_of(g.targets.begin(), g.targets.end(), [&](const SceneTarget& t) { return t.id == id_; }))
        id_.clear();
}

std::optional<RectF> FocusRing::box(const SceneGeometry& g, float scroll_px) const {
    // The last target of that id is the one drawn on top (an event's label).
    for (auto it = g.targets.rbegin(); it != g.targets.rend(); ++it) {
        if (it->id != id_) continue;
        RectF b = it->box;
        if (it->layer == Layer::content) b.y += g.viewport.y - scroll_px;
        return b;
    }
    return std::nullopt;
}

std::optional<float> FocusRing::scroll_to_show(const SceneGeometry& g, float scroll_px) const {
    for (auto it = g.targets.rbegin(); it != g.targets.rend(); ++it) {
        if (it->id != id_ || it->layer != Layer::content) continue;
        const float top = it->box.y, bottom = it->box.bottom();
        if (top < scroll_px) return std::max(0.0f, top - g.viewport.h * 0.2f);
        if (bottom > scroll_px + g.viewport.h) return bottom - g.viewport.h * 0.8f;
        return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace kiosk
