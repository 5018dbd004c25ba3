#include "render/floor_plan.h"

#include <algorithm>
#include <cmath>

namespace kiosk {

namespace {

bool overlap(const PixelRect& a, const PixelRect& b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

PixelRect clipped(const PixelRect& r, const PixelRect& to) {
    const int x0 = std::max(r.x, to.x), y0 = std::max(r.y, to.y);
    const int x1 = std::min(r.x + r.w, to.x + to.w), y1 = std::min(r.y + r.h, to.y + to.h);
    return {x0, y0, std::max(0, x1 - x0), std::max(0, y1 - y0)};
}

bool opaque_square(const SceneRect& r) {
    return r.color.a == 255 && r.radius_px < 1.0f && r.shape == Shape::box;
}

// Past this many pieces the background is left as it is: the plan stays cheap to
// make, and filling a little more than needed is still right.
constexpr std::size_t max_pieces = 64;

}  // namespace

PixelRect snapped(const RectF& box) {
    const auto x0 = static_cast<int>(std::lround(box.x)), y0 = static_cast<int>(std::lround(box.y));
    const auto x1 = static_cast<int>(std::lround(box.right())), y1 = static_cast<int>(std::lround(box.bottom()));
    return {x0, y0, std::max(0, x1 - x0), std::max(0, y1 - y0)};
}

std::vector<PixelRect> subtract(const PixelRect& from, const PixelRect& cut) {
    if (!overlap(from, cut)) return {from};
    const PixelRect c = clipped(cut, from);
    std::vector<PixelRect> out;
    if (c.y > from.y) out.push_back({from.x, from.y, from.w, c.y - from.y});
    if (c.y + c.h < from.y + from.h) out.push_back({from.x, c.y + c.h, from.w, from.y + from.h - (c.y + c.h)});
    if (c.x > from.x) out.push_back({from.x, c.y, c.x - from.x, c.h});
    if (c.x + c.w < from.x + from.w) out.push_back({c.x + c.w, c.y, from.x + from.w - (c.x + c.w), c.h});
    return out;
}

FloorPlan plan_floor(const SceneGeometry& g) {
    FloorPlan plan;
    plan.clear = g.background;
    const PixelRect screen{0, 0, g.width_px, g.height_px};
    if (screen.area() <= 0) return plan;

    // Whatever the content layer draws comes before every fixed rectangle, and shows
    // only inside the viewport (wherever it has scrolled to): a rectangle there cannot
    // be drawn first if the content layer draws anything at all.
    // (A pixel wider each way: the renderer's clip truncates where this rounds.)
    PixelRect viewport = snapped(g.viewport);
    viewport = {viewport.x - 1, viewport.y - 1, viewport.w + 2, viewport.h + 2};
    auto any_content = [](const auto& items) {
        return std::any_of(items.begin(), items.end(), [](const auto& it) { return it.layer == Layer::content; });
    };
    const bool content_drawn =
        any_content(g.rects) || any_content(g.images) || any_content(g.lines) || any_content(g.overlay_rects);

    std::optional<std::size_t> best;
    PixelRect best_box;
    for (std::size_t i = 0; i < g.rects.size(); ++i) {
        const SceneRect& r = g.rects[i];
        if (r.layer != Layer::fixed || !opaque_square(r)) continue;
        const PixelRect box = clipped(snapped(r.box), screen);
        // Only one that could pay: more than an eighth of the screen.
        if (box.area() * 8 < screen.area() || (best && box.area() <= best_box.area())) continue;
        if (content_drawn && overlap(box, viewport)) continue;
        bool covers_earlier = false;
        for (std::size_t j = 0; j < i && !covers_earlier; ++j)
            covers_earlier = g.rects[j].layer == Layer::fixed && overlap(snapped(g.rects[j].box), box);
        if (covers_earlier) continue;
        best = i;
        best_box = box;
    }
    if (!best) return plan;

    // The background shows only where no opaque rectangle of the fixed layer lies (it is
    // the lowest thing drawn, so their order does not matter).
    std::vector<PixelRect> pieces = subtract(screen, best_box);
    for (std::size_t i = 0; i < g.rects.size() && !pieces.empty(); ++i) {
        const SceneRect& r = g.rects[i];
        if (i == *best || r.layer != Layer::fixed || !opaque_square(r)) continue;
        const PixelRect cut = snapped(r.box);
        if (cut.area() * 100 < screen.area()) continue;  // not worth the pieces
        std::vector<PixelRect> next;
        for (const PixelRect& p : pieces) {
            const auto left = subtract(p, cut);
            next.insert(next.end(), left.begin(), left.end());
        }
        if (next.size() > max_pieces) break;
        pieces = std::move(next);
    }
    long long left_px = 0;
    for (const PixelRect& p : pieces) left_px += p.area();
    if (left_px >= best_box.area()) return plan;
    plan.clear = g.rects[*best].color;
    plan.promoted = best;
    plan.background = std::move(pieces);
    return plan;
}

}  // namespace kiosk
