// Rotation: canvas corners land on the right panel corners, touches come back exactly,
// and the renderer really draws the canvas turned.
#include "input/rotation.h"

#include <gtest/gtest.h>

#include "render/sdl_renderer.h"

namespace kiosk {
namespace {

TEST(DisplayRotation, GivenAPanelOnItsSideThenTheCanvasIsUprightAndItsCornersGoWhereExpected) {
    const DisplayRotation r(90, 1920, 1080);
    EXPECT_EQ(r.logical_w(), 1080);
    EXPECT_EQ(r.logical_h(), 1920);
    // Turned clockwise: the canvas's top-left corner is the panel's top-right.
    const Point tl = r.to_output({0, 0});
    EXPECT_FLOAT_EQ(tl.x, 1920);
    EXPECT_FLOAT_EQ(tl.y, 0);
    const Point bl = r.to_output({0, 1920});
    EXPECT_FLOAT_EQ(bl.x, 0);
    EXPECT_FLOAT_EQ(bl.y, 0);
}

TEST(DisplayRotation, GivenEveryRotationThenATouchMapsBackToTheCanvasPointItCameFrom) {
    for (int deg : {0, 90, 180, 270}) {
        const DisplayRotation r(deg, 800, 480);
        for (Point p :
             {Point{0, 0}, Point{10, 20}, Point{static_cast<float>(r.logical_w()) - 1, 5}, Point{123.5f, 200.25f}}) {
            const Point back = r.to_logical(r.to_output(p));
            EXPECT_NEAR(back.x, p.x, 1e-3) << deg;
            EXPECT_NEAR(back.y, p.y, 1e-3) << deg;
            const Point o = r.to_output(p);
            EXPECT_GE(o.x, 0);
            EXPECT_LE(o.x, 800);
            EXPECT_GE(o.y, 0);
            EXPECT_LE(o.y, 480);
        }
    }
    EXPECT_EQ(DisplayRotation(450, 10, 20).degrees(), 90);
}

TEST(RotatedRenderer, GivenA90DegreeRotationThenAMarkAtTheCanvasTopLeftAppearsAtThePanelTopRight) {
    auto r = SdlRenderer::create_headless(200, 100, 90);
    ASSERT_TRUE(r) << r.error().to_string();
    auto& renderer = *r.value();
    EXPECT_EQ(renderer.width_px(), 100);  // the canvas is upright: 100 wide, 200 tall
    EXPECT_EQ(renderer.height_px(), 200);
    SceneGeometry g;
    g.width_px = 100;
    g.height_px = 200;
    g.background = {255, 255, 255};
    g.viewport = {0, 0, 100, 200};
    g.rects.push_back({{0, 0, 20, 10}, {255, 0, 0}, Layer::fixed, 0});
    renderer.draw(g, 0, nullptr, {});
    renderer.composite();
    const auto pixel = [&](int x, int y) { return renderer.output_pixel(x, y); };
    // Canvas (0..20, 0..10) → panel x 190..200, y 0..20.
    EXPECT_EQ(pixel(195, 5) & 0xFFFFFF, 0xFF0000u);
    EXPECT_EQ(pixel(195, 15) & 0xFFFFFF, 0xFF0000u);
    EXPECT_EQ(pixel(5, 5) & 0xFFFFFF, 0xFFFFFFu);
    EXPECT_EQ(pixel(185, 5) & 0xFFFFFF, 0xFFFFFFu);
}

}  // namespace
}  // namespace kiosk
