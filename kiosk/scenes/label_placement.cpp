#include "scenes/label_placement.h"

#include <algorithm>

namespace kiosk {

LabelLayout place_labels(std::vector<LabelRequest> requests, const LabelLayoutParams& p) {
    LabelLayout out;
    // Important labels first, then left to right so neighbours pack tightly.
    std::stable_sort(requests.begin(), requests.end(), [&](const LabelRequest& a, const LabelRequest& b) {
        if (a.priority != b.priority) return a.priority > b.priority;
        if (a.lanes != b.lanes) return a.lanes < b.lanes;  // short labels first: more find room
        if (p.narrow_first && a.width != b.width) return a.width < b.width;
        return a.anchor_x < b.anchor_x;
    });
    std::vector<std::vector<std::pair<float, float>>> lanes(static_cast<std::size_t>(std::max(1, p.lanes)));
    std::vector<const LabelRequest*> hidden;
    auto free_at = [&](std::size_t lane, int span, float left, float right) {
        if (lane + static_cast<std::size_t>(span) > lanes.size()) return false;
        for (std::size_t l = lane; l < lane + static_cast<std::size_t>(span); ++l)
            for (const auto& [a, b] : lanes[l])
                if (left < b + p.gap_px && a < right + p.gap_px) return false;
        return true;
    };
    for (const auto& r : requests) {
        const int span = std::max(1, r.lanes);
        // Flag style: the label starts at its marker, or ends there, or (a last resort)
        // stands centred over it.
        float starts = std::max(p.min_x, std::min(r.anchor_x, p.max_x - r.width));
        float ends = std::max(p.min_x, std::min(r.anchor_x - r.width, p.max_x - r.width));
        if (r.anchor_x + r.width > p.max_x) std::swap(starts, ends);  // near the right edge, ending first
        const float centred = std::max(p.min_x, std::min(r.anchor_x - r.width / 2, p.max_x - r.width));
        bool done = r.width > p.max_x - p.min_x;
        for (std::size_t lane = 0; lane < lanes.size() && !done; ++lane) {
            for (const float left : {starts, ends, centred}) {
                if (!free_at(lane, span, left, left + r.width)) continue;
                for (std::size_t l = lane; l < lane + static_cast<std::size_t>(span); ++l)
                    lanes[l].push_back({left, left + r.width});
                out.placed.push_back({r.item, static_cast<int>(lane), left, r.width});
                done = true;
                break;
            }
        }
        if (!done) hidden.push_back(&r);
    }
    std::sort(hidden.begin(), hidden.end(), [](auto* a, auto* b) { return a->anchor_x < b->anchor_x; });
    for (const auto* r : hidden) out.hidden.push_back(r->item);
    return out;
}

}  // namespace kiosk
