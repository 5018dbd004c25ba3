// The timeline's pure geometry: marker groups (targets that never overlap) and the
// overview strip's piecewise scale (every era at least as wide as its name).
#include <gtest/gtest.h>

#include <random>

#include "scenes/marker_groups.h"
#include "scenes/piecewise_scale.h"

namespace kiosk {
namespace {

TEST(MarkerGroups, GivenMarkersAFingerApartThenEachIsAloneAndCloserOnesCluster) {
    const auto groups = group_markers({{0, 100}, {1, 150}, {2, 160}, {3, 300}, {4, 305}, {5, 310}}, 44);
    ASSERT_EQ(groups.size(), 3u);
    EXPECT_EQ(groups[0].items, std::vector<int>{0});
    EXPECT_EQ(groups[1].items, (std::vector<int>{1, 2}));
    EXPECT_EQ(groups[2].items, (std::vector<int>{3, 4, 5}));
    EXPECT_FALSE(groups[0].cluster());
    EXPECT_TRUE(groups[2].cluster());
    EXPECT_FLOAT_EQ(groups[2].left(44), 278);
    EXPECT_FLOAT_EQ(groups[2].right(44), 332);
}

TEST(MarkerGroups, GivenRandomMarkersThenEveryMarkerIsInOneGroupAndNoTwoTargetsOverlap) {
    std::mt19937 rng(1921);
    for (int trial = 0; trial < 300; ++trial) {
        std::vector<std::pair<int, float>> markers;
        const int n = 1 + static_cast<int>(rng() % 60);
        for (int i = 0; i < n; ++i) markers.push_back({i, static_cast<float>(rng() % 1920)});
        const float finger = 30.0f + static_cast<float>(rng() % 40);
        const auto groups = group_markers(markers, finger);
        std::size_t count = 0;
        for (std::size_t g = 0; g < groups.size(); ++g) {
            count += groups[g].items.size();
            if (g > 0) EXPECT_LE(groups[g - 1].right(finger), groups[g].left(finger) + 1e-3f) << "trial " << trial;
            EXPECT_GE(groups[g].right(finger) - groups[g].left(finger), finger);
        }
        EXPECT_EQ(count, markers.size());
    }
}

TEST(PiecewiseScale, GivenNoMinimumsThenItIsLinear) {
    const PiecewiseScale s({{0, 100, 0}, {100, 400, 0}}, 0, 400, 0, 800);
    EXPECT_NEAR(s.x_of(100), 200, 1e-3);
    EXPECT_NEAR(s.x_of(300), 600, 1e-3);
    EXPECT_NEAR(s.day_of(600), 300, 1e-3);
}

TEST(PiecewiseScale, GivenAShortEraWithALongNameThenItGetsItsWidthAndTheRestShares) {
    // A century, then three years whose name needs 200 px, then sixty years.
    const PiecewiseScale s({{0, 36500, 0}, {36500, 37600, 200}, {37600, 59500, 0}}, 0, 59500, 0, 1000);
    EXPECT_NEAR(s.x_of(37600) - s.x_of(36500), 200, 0.5);
    EXPECT_NEAR(s.x_of(59500), 1000, 1e-3);
    // The rest stays proportional: a century is 100/60 of sixty years.
    EXPECT_NEAR((s.x_of(36500) - s.x_of(0)) / (s.x_of(59500) - s.x_of(37600)), 36500.0 / 21900.0, 0.01);
}

TEST(PiecewiseScale, GivenAnyDayThenXAndBackGiveTheSameDayAndXNeverDecreases) {
    const PiecewiseScale s({{10, 20, 300}, {20, 25, 300}, {40, 90, 10}}, 0, 100, 50, 1050);
    float last = -1;
    for (double d = 0; d <= 100; d += 0.5) {
        const float x = s.x_of(d);
        EXPECT_GE(x, last);
        last = x;
        EXPECT_NEAR(s.day_of(x), d, 1e-3) << d;
    }
    EXPECT_FLOAT_EQ(s.x_of(-50), 50);
    EXPECT_FLOAT_EQ(s.x_of(500), 1050);
}

TEST(PiecewiseScale, GivenMinimumsWiderThanTheStripThenTheyShrinkInProportion) {
    const PiecewiseScale s({{0, 10, 600}, {10, 20, 600}}, 0, 20, 0, 600);
    EXPECT_NEAR(s.x_of(10), 300, 0.5);
}

}  // namespace
}  // namespace kiosk
