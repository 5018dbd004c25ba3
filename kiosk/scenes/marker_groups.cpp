#include "scenes/marker_groups.h"

#include <algorithm>

namespace kiosk {

std::vector<MarkerGroup> group_markers(std::vector<std::pair<int, float>> markers, float finger_px) {
    std::stable_sort(markers.begin(), markers.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    std::vector<MarkerGroup> groups;
    for (const auto& [item, x] : markers) {
        if (!groups.empty() && x - groups.back().last_x < finger_px) {
            groups.back().items.push_back(item);
            groups.back().xs.push_back(x);
            groups.back().last_x = x;
        } else {
            groups.push_back({{item}, {x}, x, x});
        }
    }
    return groups;
}

std::vector<MarkerGroup> split_group(const MarkerGroup& group, int max_items) {
    const int n = static_cast<int>(group.items.size());
    if (max_items < 1 || n <= max_items) return {group};
    const int parts = (n + max_items - 1) / max_items;
    std::vector<MarkerGroup> out;
    for (int p = 0, at = 0; p < parts; ++p) {
        const int size = n / parts + (p < n % parts ? 1 : 0);
        MarkerGroup part;
        part.items.assign(group.items.begin() + at, group.items.begin() + at + size);
        part.xs.assign(group.xs.begin() + at, group.xs.begin() + at + size);
        part.first_x = part.xs.front();
        part.last_x = part.xs.back();
        out.push_back(std::move(part));
        at += size;
    }
    return out;
}

std::vector<std::pair<float, float>> target_spans(const std::vector<MarkerGroup>& groups, float finger_px, float lo,
                                                  float hi) {
    std::vector<std::pair<float, float>> spans;
    for (std::size_t k = 0; k < groups.size(); ++k) {
        float left = groups[k].left(finger_px), right = groups[k].right(finger_px);
        if (k > 0) left = std::max(left, (groups[k - 1].last_x + groups[k].first_x) / 2);
        if (k + 1 < groups.size()) right = std::min(right, (groups[k].last_x + groups[k + 1].first_x) / 2);
        // At least a finger wide, centred where it was.
        if (right - left < finger_px) {
            const float mid = (left + right) / 2;
            left = mid - finger_px / 2;
            right = mid + finger_px / 2;
        }
        spans.push_back({left, right});
    }
    // Left to right: each starts at or after the one before and at or after `lo`.
    float edge = lo;
    for (auto& [l, r] : spans) {
        if (l < edge) {
            r += edge - l;
            l = edge;
        }
        edge = r;
    }
    // Right to left: each ends at or before the one after and at or before `hi` (but
    // never before `lo`).
    edge = hi;
    for (auto it = spans.rbegin(); it != spans.rend(); ++it) {
        auto& [l, r] = *it;
        if (r > edge) {
            const float shift = std::min(r - edge, l - lo);
            l -= shift;
            r -= shift;
        }
        edge = l;
    }
    return spans;
}

}  // namespace kiosk
