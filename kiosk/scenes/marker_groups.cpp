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

}  // namespace kiosk
