// The fingers on the screen and the press feedback, alone.
#include <gtest/gtest.h>

#include "app/fingers.h"
#include "app/press_feedback.h"
#include "scenes/scene_geometry.h"

namespace kiosk {
namespace {

TEST(Fingers, GivenFingersDownMovedAndLiftedThenTheirStartsAndPositionsAreKept) {
    Fingers f;
    f.down(1, 10, 20, 100);
    f.down(2, 30, 40, 200);
    f.move(1, 15, 25, 10);
    f.move(9, 0, 0, 10);  // a finger never seen: ignored
    ASSERT_EQ(f.count(), 2u);
    const Finger& one = f.all().at(1);
    EXPECT_EQ(one.start_x, 10);
    EXPECT_EQ(one.x, 15);
    EXPECT_EQ(one.down_ms, 100);
    f.up(1);
    f.up(2);
    EXPECT_FALSE(f.any());
}

TEST(Fingers, GivenAWakingTouchThenItIsSwallowedUntilEveryFingerHasLifted) {
    Fingers f;
    f.down(1, 0, 0, 0);
    EXPECT_FALSE(f.still_swallowed());
    f.swallow();
    f.down(2, 5, 5, 10);
    EXPECT_TRUE(f.still_swallowed());
    f.up(1);
    EXPECT_TRUE(f.still_swallowed());
    f.up(2);
    EXPECT_TRUE(f.still_swallowed());  // the lift itself is swallowed too
    EXPECT_FALSE(f.swallowing());
    f.down(3, 0, 0, 20);
    EXPECT_FALSE(f.still_swallowed());
}

TEST(PressFeedback, GivenAButtonThenItIsPressedAndAnAreaOrNothingIsNot) {
    PressFeedback p;
    const SceneTarget button{"home", {10, 10, 100, 50}, Layer::fixed};
    p.press(&button, {10, 10, 100, 50});
    EXPECT_TRUE(p.active());
    EXPECT_EQ(p.id(), "home");
    EXPECT_EQ(p.box().w, 100);
    const SceneTarget backdrop{"card-backdrop", {0, 0, 800, 480}, Layer::fixed};
    p.press(&backdrop, {0, 0, 800, 480});
    EXPECT_FALSE(p.active());
    p.press(&button, {10, 10, 100, 50});
    p.press(nullptr, {});
    EXPECT_FALSE(p.active());
    p.press(&button, {10, 10, 100, 50});
    p.clear();
    EXPECT_FALSE(p.active());
}

}  // namespace
}  // namespace kiosk
