// Groups are told apart by shape as well as colour (issue 22, WCAG 1.4.1): the six known
// groups have six different shapes, a curator's own groups take shapes in turn, and each
// shape is drawn differently (so the colour key, which draws the same markers, shows them).
#include <gtest/gtest.h>

#include <set>

#include "content/timeline.h"
#include "scenes/palette.h"

namespace kiosk {
namespace {

// What the renderer is asked to draw for a marker, as a comparable signature.
std::vector<std::tuple<float, float, float, int>> marker_signature(MarkerShape shape) {
    std::vector<SceneRect> rects;
    add_marker(rects, shape, 100, 100, 10, Color{200, 0, 0}, Color{255, 255, 255});
    std::vector<std::tuple<float, float, float, int>> out;
    for (const auto& r : rects) out.push_back({r.box.w, r.box.h, r.radius_px, static_cast<int>(r.shape)});
    return out;
}

TEST(MarkerShapes, GivenTheSixKnownGroupsThenEachHasItsOwnShapeDrawnItsOwnWay) {
    SceneContext ctx;
    std::set<MarkerShape> shapes;
    std::set<std::vector<std::tuple<float, float, float, int>>> drawn;
    for (const auto& g : known_groups()) {
        shapes.insert(group_shape(ctx, g));
        drawn.insert(marker_signature(group_shape(ctx, g)));
    }
    EXPECT_EQ(shapes.size(), known_groups().size());
    EXPECT_EQ(drawn.size(), known_groups().size()) << "two shapes draw alike";
}

TEST(MarkerShapes, GivenACuratorsOwnGroupsThenTheyTakeTheShapesInTurn) {
    Timeline tl;
    tl.groups = {"diplomacy", "exhibitions", "sport"};
    SceneContext ctx;
    ctx.timeline = &tl;
    EXPECT_EQ(group_shape(ctx, "exhibitions"), MarkerShape::circle);
    EXPECT_EQ(group_shape(ctx, "sport"), MarkerShape::square);
    EXPECT_EQ(group_shape(ctx, ""), MarkerShape::circle);
}

TEST(MarkerShapes, GivenAHollowShapeThenItsInsideIsThePaper) {
    std::vector<SceneRect> rects;
    add_marker(rects, MarkerShape::ring, 50, 50, 10, Color{0, 0, 200}, Color{250, 240, 230});
    ASSERT_EQ(rects.size(), 2u);
    EXPECT_EQ(rects[1].color.r, 250);
    EXPECT_LT(rects[1].box.w, rects[0].box.w);
}

}  // namespace
}  // namespace kiosk
