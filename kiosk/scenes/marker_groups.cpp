#include "scenes/marker_groups.h"

#include <algorithm>

namespace kiosk {

std::vector<MarkerGroup> group_markers(std::vector<std::pair<int, float>> markers, float finger_px) {
    std::stable_sort(markers.begin(), markers.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    std::vector<MarkerGroup> groups;
    for (const auto& [item, x] : markers) {
        if (!groups.empty() && x - groups.back().last_x < finger_px) {
            groups.back().items.push_back(item);
            groups.back().last_x = x;
        } else {
            groups.push_back({{item}, x, x});
        }
    }
    return groups;
}

}  // namespace kiosk
