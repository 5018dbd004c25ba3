#include "scenes/label_placement.h"

#include <algorithm>

namespace kiosk {

LabelLayout place_labels(std::vector<LabelRequest> requests, const LabelLayoutParams& p) {
    LabelLayout out;
    // Important labels first, then left to right so neighbours pack tightly.
    std::stable_sort(requests.begin(), requests.end(), [](const LabelRequest& a, const LabelRequest& b) {
        if (a.priority != b.priority) return a.priority > b.priority;
        return a.anchor_x < b.anchor_x;
    });
    std::vector<std::vector<std::pair<float, float>>> lanes(static_cast<std::size_t>(std::max(1, p.lanes)));
    std::vector<const LabelRequest*> hidden;
    for (const auto& r : requests) {
        // Flag style: the label starts at its marker; near the right edge it ends there.
        float left = r.anchor_x;
        if (left + r.width > p.max_x) left = r.anchor_x - r.width;
        left = std::max(p.min_x, std::min(left, p.max_x - r.width));
        const float right = left + r.width;
        bool done = false;
        for (std::size_t lane = 0; lane < lanes.size() && !done; ++lane) {
            bool free = r.width <= p.max_x - p.min_x;
            for (const auto& [a, b] : lanes[lane])
                if (left < b + p.gap_px && a < right + p.gap_px) free = false;
            if (free) {
                lanes[lane].push_back({left, right});
                out.placed.push_back({r.item, static_cast<int>(lane), left, r.width});
                done = true;
            }
        }
        if (!done) hidden.push_back(&r);
    }
    std::sort(hidden.begin(), hidden.end(), [](auto* a, auto* b) { return a->anchor_x < b->anchor_x; });
    for (const auto* r : hidden) out.hidden.push_back(r->item);
    return out;
}

}  // namespace kiosk
