// What a frame is cleared to. A frame starts with a clear, the cheapest way to set
// every pixel; the scene's rectangles are then drawn over it. When one opaque rectangle
// covers most of the screen (an era's band behind the timeline), clearing to its colour
// instead, and filling the scene's background only where neither it nor another opaque
// rectangle lies, writes the same picture with far fewer pixels filled twice: under a
// software GL at 4K a full-screen fill costs some 7 ms. Pure: no SDL, unit-tested.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "core/geometry.h"
#include "scenes/scene_geometry.h"

namespace kiosk {

// A rectangle on whole pixels (window pixels; w and h positive).
struct PixelRect {
    int x = 0, y = 0, w = 0, h = 0;
    long long area() const { return static_cast<long long>(w) * h; }
    bool operator==(const PixelRect&) const = default;
};

// The pixels a rectangle fills: its edges rounded to whole pixels, as the renderer
// fills them.
PixelRect snapped(const RectF& box);

// `from` less `cut`, as at most four rectangles (above, below, left, right of it).
std::vector<PixelRect> subtract(const PixelRect& from, const PixelRect& cut);

struct FloorPlan {
    Color clear;                          // the colour every pixel starts as
    std::optional<std::size_t> promoted;  // the index in g.rects the clear draws (skip it)
    std::vector<PixelRect> background;    // where the scene's background is filled next
};

// The plan for `g`. Promotes the largest opaque square-cornered rectangle of the fixed
// layer that nothing drawn before it overlaps (no content item in the viewport, no
// earlier rectangle), when the background left to fill is smaller than it. Otherwise:
// clear to the background.
FloorPlan plan_floor(const SceneGeometry& g);

}  // namespace kiosk
