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

TEST(MarkerGroups, GivenAGroupByTheEdgeOrASplitClusterThenEverySpanIsAFingerWideAndNoneOverlaps) {
    // A lone marker 5 px from the left edge, a cluster of eight split into two parts
    // 3 px apart, and a marker by the right edge.
    std::vector<std::pair<int, float>> markers{{0, 5}};
    for (int i = 0; i < 8; ++i) markers.push_back({1 + i, 300.0f + 3.0f * static_cast<float>(i)});
    markers.push_back({9, 798});
    std::vector<MarkerGroup> groups;
    for (const auto& g : group_markers(markers, 70))
        for (auto& part : split_group(g, 6)) groups.push_back(part);
    ASSERT_EQ(groups.size(), 4u);
    const auto spans = target_spans(groups, 70, 0, 800);
    ASSERT_EQ(spans.size(), 4u);
    for (std::size_t k = 0; k < spans.size(); ++k) {
        EXPECT_GE(spans[k].second - spans[k].first, 70 - 1e-3f) << k;
        EXPECT_GE(spans[k].first, -1e-3f) << k;
        EXPECT_LE(spans[k].second, 800 + 1e-3f) << k;
        if (k > 0) EXPECT_LE(spans[k - 1].second, spans[k].first + 1e-3f) << k;
    }
    // Each part's span still holds or touches its own markers' middle.
    EXPECT_LE(spans[1].first, groups[1].last_x);
    EXPECT_GE(spans[2].second, groups[2].first_x);
}

TEST(MarkerGroups, GivenRandomGroupsThenSpansNeverOverlapWhereTheyFit) {
    std::mt19937 rng(1933);
    for (int trial = 0; trial < 300; ++trial) {
        std::vector<std::pair<int, float>> markers;
        const int n = 1 + static_cast<int>(rng() % 20);
        for (int i = 0; i < n; ++i) markers.push_back({i, static_cast<float>(rng() % 1920)});
        std::vector<MarkerGroup> groups;
        for (const auto& g : group_markers(markers, 60))
            for (auto& part : split_group(g, 3)) groups.push_back(part);
        const auto spans = target_spans(groups, 60, 0, 1920);
        if (static_cast<float>(groups.size()) * 60 > 1920) continue;
        for (std::size_t k = 0; k < spans.size(); ++k) {
            EXPECT_GE(spans[k].second - spans[k].first, 60 - 1e-3f) << trial;
            EXPECT_GE(spans[k].first, -1e-3f) << trial;
            EXPECT_LE(spans[k].second, 1920 + 1e-3f) << trial;
            if (k > 0) EXPECT_LE(spans[k - 1].second, spans[k].first + 1e-3f) << trial;
        }
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
