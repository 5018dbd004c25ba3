// The curator gate alone: the corner hold and the PIN pad with its lock-out.
#include <gtest/gtest.h>

#include "app/curator_gate.h"

namespace kiosk {
namespace {

const CornerHold hold{1000, 500, 10, 2000};

Fingers two_corners(double down_ms) {
    Fingers f;
    f.down(1, 20, 20, down_ms);
    f.down(2, 980, 480, down_ms);
    return f;
}

TEST(CuratorGate, GivenTwoFingersInOppositeCornersHeldLongEnoughThenTheGateOpens) {
    const Fingers f = two_corners(0);
    EXPECT_FALSE(CuratorGate::corners_held(f, 1999, hold));
    EXPECT_TRUE(CuratorGate::corners_held(f, 2000, hold));
}

TEST(CuratorGate, GivenAFingerThatWanderedOrAThirdFingerOrTheSameCornerThenItDoesNot) {
    Fingers wandered = two_corners(0);
    wandered.move(1, 35, 20);
    EXPECT_FALSE(CuratorGate::corners_held(wandered, 3000, hold));
    Fingers three = two_corners(0);
    three.down(3, 500, 250, 0);
    EXPECT_FALSE(CuratorGate::corners_held(three, 3000, hold));
    Fingers same;
    same.down(1, 20, 20, 0);
    same.down(2, 40, 40, 0);
    EXPECT_FALSE(CuratorGate::corners_held(same, 3000, hold));
}

void type(CuratorGate& g, const std::string& digits, double t) {
    for (char d : digits) g.press(std::string(1, d), t);
}

TEST(CuratorGate, GivenTheRightPinThenItUnlocksAndAWrongOneShowsAnError) {
    CuratorGate g;
    g.set_pin("4821");
    g.open_pad();
    type(g, "4822", 0);
    EXPECT_EQ(g.digits_entered(), 4u);
    EXPECT_EQ(g.press("ok", 0), CuratorGate::Outcome::none);
    EXPECT_TRUE(g.error());
    EXPECT_EQ(g.digits_entered(), 0u);
    type(g, "48219", 0);
    g.press("back", 0);
    EXPECT_EQ(g.press("ok", 0), CuratorGate::Outcome::unlocked);
    EXPECT_TRUE(g.unlocked());
    EXPECT_FALSE(g.error());
}

TEST(CuratorGate, GivenFiveWrongPinsThenThePadLocksForAMinuteAndIgnoresEvenTheRightPin) {
    CuratorGate g;
    g.set_pin("4821");
    g.open_pad();
    for (int i = 0; i < CuratorGate::max_attempts; ++i) {
        type(g, "0000", 1000);
        g.press("ok", 1000);
    }
    EXPECT_TRUE(g.locked(1000));
    EXPECT_NEAR(g.locked_for_ms(1000), CuratorGate::lockout_ms, 1);
    type(g, "4821", 2000);
    EXPECT_EQ(g.press("ok", 2000), CuratorGate::Outcome::none);
    EXPECT_FALSE(g.unlocked());
    // Cancel still leaves, and a fresh pad is still locked.
    EXPECT_EQ(g.press("cancel", 2000), CuratorGate::Outcome::cancelled);
    g.open_pad();
    EXPECT_TRUE(g.locked(3000));
    // After the minute the right PIN works.
    type(g, "4821", 62000);
    EXPECT_EQ(g.press("ok", 62000), CuratorGate::Outcome::unlocked);
}

TEST(CuratorGate, GivenAnEmptyPinConfiguredThenNothingUnlocks) {
    CuratorGate g;
    g.open_pad();
    EXPECT_EQ(g.press("ok", 0), CuratorGate::Outcome::none);
    EXPECT_FALSE(g.unlocked());
}

}  // namespace
}  // namespace kiosk
