// Events on the time axis as touch targets: an event whose marker stands a finger's
// width from its neighbours gets a target of its own; markers closer than that form a
// cluster, one target for all of them. Consecutive groups are at least a finger apart,
// so targets of a finger's width around them never overlap. Pure geometry.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace kiosk {

struct MarkerGroup {
    std::vector<int> items;  // the caller's indices, left to right
    std::vector<float> xs;   // their markers' x
    float first_x = 0, last_x = 0;
    bool cluster() const { return items.size() > 1; }
    // The target: a finger's width around the markers.
    float left(float finger_px) const { return first_x - finger_px / 2; }
    float right(float finger_px) const { return last_x + finger_px / 2; }
};

// `markers`: (item, x) in any order.
std::vector<MarkerGroup> group_markers(std::vector<std::pair<int, float>> markers, float finger_px);

// A cluster opens as a list a visitor can take in at once: at most this many events.
inline constexpr std::size_t max_cluster_events = 6;

// A group of more than `max_items` as consecutive parts of nearly equal size, each at
// most `max_items`, in order.
std::vector<MarkerGroup> split_group(const MarkerGroup& group, int max_items);

// The touch span [left, right) of each group, in order: a finger's width around its
// markers, meeting a neighbour halfway where they come closer (the parts of a split
// cluster), then each widened to at least `finger_px` and kept inside [lo, hi] by
// pushing its neighbours aside, so that no span is narrower than a finger (a group by
// the screen's edge, a part of a split cluster) and no two overlap. Where the groups
// cannot all fit, the last ones overlap rather than shrink.
std::vector<std::pair<float, float>> target_spans(const std::vector<MarkerGroup>& groups, float finger_px, float lo,
                                                  float hi);

}  // namespace kiosk
