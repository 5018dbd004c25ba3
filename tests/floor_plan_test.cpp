// The frame's floor (render/floor_plan.h): cleared to its largest opaque rectangle where
// that draws the same picture, with the background filled only where nothing opaque lies.
#include "render/floor_plan.h"

#include <SDL.h>
#include <SDL_image.h>
#include <gtest/gtest.h>

#include <cstring>
#include <ostream>
#include <random>
#include <vector>

#include "app_support.h"
#include "platform/sdl_handles.h"
#include "render/sdl_renderer.h"
#include "test_support.h"

namespace kiosk {
namespace {

constexpr int grid_w = 64, grid_h = 48;

// How many of `rects` cover each pixel of a small grid.
std::vector<int> coverage(const std::vector<PixelRect>& rects) {
    std::vector<int> n(grid_w * grid_h, 0);
    for (const auto& r : rects)
        for (int y = std::max(0, r.y); y < std::min(grid_h, r.y + r.h); ++y)
            for (int x = std::max(0, r.x); x < std::min(grid_w, r.x + r.w); ++x)
                ++n[static_cast<std::size_t>(y * grid_w + x)];
    return n;
}

TEST(FloorPlan, GivenTwoRectanglesThenTheDifferenceIsEveryPixelOfTheFirstOutsideTheSecondOnce) {
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> pos(-8, 56), size(1, 40);
    for (int trial = 0; trial < 500; ++trial) {
        const PixelRect from{pos(rng), pos(rng), size(rng), size(rng)}, cut{pos(rng), pos(rng), size(rng), size(rng)};
        const auto pieces = subtract(from, cut);
        EXPECT_LE(pieces.size(), 4u);
        const auto got = coverage(pieces), in_from = coverage({from}), in_cut = coverage({cut});
        for (std::size_t i = 0; i < got.size(); ++i) {
            const int want = in_from[i] == 1 && in_cut[i] == 0 ? 1 : 0;
            ASSERT_EQ(got[i], want) << "pixel " << i % grid_w << "," << i / grid_w << " of trial " << trial;
        }
        for (const auto& p : pieces) EXPECT_GT(p.area(), 0);
    }
}

SceneGeometry two_bands() {
    // A bar at the top, two bands under it, a panel at the bottom; the scene's
    // background shows between the bands and the panel.
    SceneGeometry g = empty_geometry(grid_w, grid_h, Color{240, 235, 220, 255});
    g.rects.push_back({{0, 6, 20, 30}, Color{230, 200, 190, 255}, Layer::fixed, 0});
    g.rects.push_back({{20, 6, 44, 30}, Color{210, 220, 200, 255}, Layer::fixed, 0});
    g.rects.push_back({{0, 0, 64, 6}, Color{220, 215, 200, 255}, Layer::fixed, 0});
    g.rects.push_back({{4, 40, 56, 6}, Color{250, 250, 250, 255}, Layer::fixed, 3});  // rounded: not opaque square
    return g;
}

TEST(FloorPlan, GivenTheLargestBandDrawnFirstThenTheClearDrawsItAndTheBackgroundIsFilledOnlyWhereNothingOpaqueLies) {
    const SceneGeometry g = two_bands();
    const FloorPlan plan = plan_floor(g);
    ASSERT_TRUE(plan.promoted.has_value());
    EXPECT_EQ(*plan.promoted, 1u);
    EXPECT_EQ(plan.clear, g.rects[1].color);
    // Every pixel is the background, or under exactly one opaque square rectangle.
    std::vector<PixelRect> opaque;
    for (const auto& r : g.rects)
        if (r.color.a == 255 && r.radius_px < 1) opaque.push_back(snapped(r.box));
    const auto bg = coverage(plan.background), under = coverage(opaque);
    for (std::size_t i = 0; i < bg.size(); ++i) {
        EXPECT_EQ(bg[i] + under[i], 1) << "pixel " << i % grid_w << "," << i / grid_w;
    }
}

TEST(FloorPlan, GivenARectangleDrawnBeforeTheBandOverItThenTheBandIsNotMovedUnderIt) {
    SceneGeometry g = two_bands();
    g.rects.insert(g.rects.begin(), SceneRect{{30, 10, 4, 4}, Color{0, 0, 0, 255}, Layer::fixed, 0});
    const FloorPlan plan = plan_floor(g);
    // The large band (now index 2) would hide the square drawn before it; the first
    // band may still be promoted only if it pays, and never the one over the square.
    EXPECT_NE(plan.promoted, std::optional<std::size_t>(2));
}

TEST(FloorPlan, GivenContentInTheViewportThenNoFixedRectangleThereIsDrawnFirst) {
    SceneGeometry g = two_bands();
    SceneLine line;
    line.box = {2, 2, 10, 4};
    line.layer = Layer::content;
    g.lines.push_back(line);
    EXPECT_FALSE(plan_floor(g).promoted.has_value());
}

TEST(FloorPlan, GivenContentWhoseClipReachesAPixelPastTheViewportThenABandBesideItIsNotDrawnFirst) {
    // The renderer clips the content layer to the viewport with its edges truncated:
    // x 20.6 clips from pixel 20, which the band (0 to 21) covers.
    SceneGeometry g = empty_geometry(grid_w, grid_h, Color{240, 235, 220, 255});
    g.viewport = {20.6f, 0, 43.4f, 48};
    g.rects.push_back({{0, 0, 21, 48}, Color{10, 10, 10, 255}, Layer::fixed, 0});
    g.rects.push_back({{21, 0, 43, 48}, Color{20, 20, 20, 255}, Layer::fixed, 0});
    SceneLine line;
    line.box = {21, 2, 10, 4};
    line.layer = Layer::content;
    g.lines.push_back(line);
    EXPECT_FALSE(plan_floor(g).promoted.has_value());
    g.lines.clear();
    EXPECT_TRUE(plan_floor(g).promoted.has_value()) << "without content the band may go first";
}

TEST(FloorPlan, GivenOnlyRoundedTranslucentOrSmallRectanglesThenTheFrameIsClearedToTheBackground) {
    SceneGeometry g = empty_geometry(grid_w, grid_h, Color{240, 235, 220, 255});
    g.rects.push_back({{0, 0, 64, 48}, Color{10, 10, 10, 128}, Layer::fixed, 0});
    g.rects.push_back({{0, 0, 64, 48}, Color{10, 10, 10, 255}, Layer::fixed, 8});
    g.rects.push_back({{0, 0, 10, 10}, Color{10, 10, 10, 255}, Layer::fixed, 0});
    const FloorPlan plan = plan_floor(g);
    EXPECT_FALSE(plan.promoted.has_value());
    EXPECT_EQ(plan.clear, g.background);
    EXPECT_TRUE(plan.background.empty());
}

TEST(FloorPlan, GivenABandSmallerThanTheBackgroundItWouldLeaveThenItIsNotPromoted) {
    SceneGeometry g = empty_geometry(grid_w, grid_h, Color{240, 235, 220, 255});
    g.rects.push_back({{0, 0, 24, 48}, Color{10, 10, 10, 255}, Layer::fixed, 0});  // 37% of the screen
    EXPECT_FALSE(plan_floor(g).promoted.has_value());
    g.rects.push_back({{24, 0, 40, 48}, Color{20, 20, 20, 255}, Layer::fixed, 0});  // the rest: now it pays
    EXPECT_TRUE(plan_floor(g).promoted.has_value());
}

// The timeline with its introduction put away, as it opens and zoomed in (one era's
// band then fills most of the screen): drawn with the floor plan and without, the same
// pixels.
struct PlannedScreen {
    std::string name;
    std::vector<Key> keys;
};
void PrintTo(const PlannedScreen& s, std::ostream* os) {
    *os << s.name;
}

class FloorPlanScreen : public ::testing::TestWithParam<PlannedScreen> {};

TEST_P(FloorPlanScreen, GivenAScreenThenClearingToItsLargestBandDrawsTheSamePixels) {
    const std::string dir = test::temp_dir("floor-plan");
    auto created = SdlRenderer::create_headless(1280, 720, 0, true);
    ASSERT_TRUE(created);
    auto app = test::started_app("timeline", std::move(created).value());
    for (const Key k : GetParam().keys) {
        app->feed_key(k);
        app->advance_to(app->now_ms() + 1000);
    }
    ASSERT_TRUE(app.render_to_png(dir + "/planned.png"));
    EXPECT_GT(app.renderer->floors_promoted(), 0u)
        << "the screen was cleared to its background: the test would show nothing";
    app.renderer->set_plan_floors(false);
    ASSERT_TRUE(app.render_to_png(dir + "/plain.png"));
    SdlSurfacePtr a(IMG_Load((dir + "/planned.png").c_str())), b(IMG_Load((dir + "/plain.png").c_str()));
    ASSERT_TRUE(a && b);
    ASSERT_EQ(a->h, b->h);
    ASSERT_EQ(a->pitch, b->pitch);
    long differing_rows = 0;
    for (int y = 0; y < a->h; ++y)
        differing_rows +=
            std::memcmp(static_cast<const Uint8*>(a->pixels) + y * a->pitch,
                        static_cast<const Uint8*>(b->pixels) + y * b->pitch, static_cast<std::size_t>(a->pitch)) != 0;
    EXPECT_EQ(differing_rows, 0);
}

INSTANTIATE_TEST_SUITE_P(Screens, FloorPlanScreen,
                         ::testing::Values(PlannedScreen{"timeline", {Key::escape, Key::plus}},
                                           PlannedScreen{"zoomed_in", {Key::escape, Key::plus, Key::plus}}),
                         [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace kiosk
