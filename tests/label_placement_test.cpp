#include "scenes/label_placement.h"

#include <gtest/gtest.h>

#include <random>

namespace kiosk {
namespace {

bool overlaps(const PlacedLabel& a, const PlacedLabel& b, float gap) {
    return a.lane == b.lane && a.left < b.left + b.width + gap && b.left < a.left + a.width + gap;
}

TEST(LabelPlacement, GivenRandomCrowdsThenNoTwoPlacedLabelsOverlapAndEveryLabelIsPlacedOrHidden) {
    std::mt19937 rng(1809);
    for (int trial = 0; trial < 200; ++trial) {
        std::vector<LabelRequest> req;
        const int n = 1 + static_cast<int>(rng() % 60);
        for (int i = 0; i < n; ++i)
            req.push_back({i, static_cast<float>(rng() % 1900), 80.0f + static_cast<float>(rng() % 250),
                           static_cast<int>(rng() % 5 == 0)});
        LabelLayoutParams p;
        p.lanes = 1 + static_cast<int>(rng() % 5);
        p.gap_px = 12;
        p.min_x = 0;
        p.max_x = 1920;
        const LabelLayout out = place_labels(req, p);
        EXPECT_EQ(out.placed.size() + out.hidden.size(), req.size());
        for (std::size_t a = 0; a < out.placed.size(); ++a) {
            EXPECT_GE(out.placed[a].left, p.min_x);
            EXPECT_LE(out.placed[a].left + out.placed[a].width, p.max_x + 1e-3f);
            EXPECT_LT(out.placed[a].lane, p.lanes);
            for (std::size_t b = a + 1; b < out.placed.size(); ++b)
                EXPECT_FALSE(overlaps(out.placed[a], out.placed[b], p.gap_px - 1e-3f)) << "trial " << trial;
        }
    }
}

TEST(LabelPlacement, GivenOneLaneAndACrowdThenTheImportantLabelWinsItsPlace) {
    std::vector<LabelRequest> req;
    for (int i = 0; i < 10; ++i) req.push_back({i, 500.0f + i * 10, 200, 0});
    req.push_back({99, 545, 200, 1});
    LabelLayoutParams p;
    p.lanes = 1;
    const LabelLayout out = place_labels(req, p);
    bool important = false;
    for (const auto& l : out.placed) important = important || l.item == 99;
    EXPECT_TRUE(important);
    // One more finds room ending at its marker, left of the important one ([300, 500]
    // against [545, 745]); the rest wait for a closer look (their markers stay).
    EXPECT_EQ(out.hidden.size(), 9u);
}

TEST(LabelPlacement, GivenALabelNearTheRightEdgeThenItFlipsToEndAtItsMarker) {
    LabelLayoutParams p;
    p.max_x = 1000;
    const LabelLayout out = place_labels({{0, 950, 200, 0}}, p);
    ASSERT_EQ(out.placed.size(), 1u);
    EXPECT_FLOAT_EQ(out.placed[0].left, 750);
}

}  // namespace
}  // namespace kiosk
