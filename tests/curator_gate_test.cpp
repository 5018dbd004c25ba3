// The curator gate alone: the corner hold and the PIN pad with its lock-out.
#include "app/curator_gate.h"

#include <gtest/gtest.h>

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
    wandered.move(1, 35, 20, 100);
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

void with_pin(CuratorGate& g, const std::string& pin) {
    g.set_verifier([pin](const std::string& entered) { return pin_matches(entered, pin); }, true);
}

// Wrong PINs until the pad locks; returns how long it locked for.
double lock_it(CuratorGate& g, double t) {
    for (int i = 0; i < CuratorGate::max_attempts; ++i) {
        type(g, "0000", t);
        EXPECT_EQ(g.press("ok", t),
                  i + 1 < CuratorGate::max_attempts ? CuratorGate::Outcome::wrong : CuratorGate::Outcome::locked_out);
    }
    return g.locked_for_ms(t);
}

TEST(CuratorGate, GivenTheRightPinThenItUnlocksAndAWrongOneShowsAnError) {
    CuratorGate g;
    with_pin(g, "4821");
    g.open_pad();
    type(g, "4822", 0);
    EXPECT_EQ(g.digits_entered(), 4u);
    EXPECT_EQ(g.press("ok", 0), CuratorGate::Outcome::wrong);
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
    with_pin(g, "4821");
    g.open_pad();
    EXPECT_NEAR(lock_it(g, 1000), CuratorGate::first_lockout_ms, 1);
    EXPECT_TRUE(g.locked(1000));
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

TEST(CuratorGate, GivenRepeatedLockOutsThenEachIsTwiceAsLongUpToAnHourAndTheRightPinResetsThem) {
    CuratorGate g;
    with_pin(g, "4821");
    g.open_pad();
    double t = 0;
    std::vector<double> lengths;
    for (int k = 0; k < 8; ++k) {
        lengths.push_back(lock_it(g, t));
        t += lengths.back() + 1;
        g.press("cancel", t);
        g.open_pad();  // neither Cancel nor a fresh pad forgets
    }
    EXPECT_EQ(lengths, (std::vector<double>{60000, 120000, 240000, 480000, 960000, 1920000, 3600000, 3600000}));
    type(g, "4821", t);
    EXPECT_EQ(g.press("ok", t), CuratorGate::Outcome::unlocked);
    g.open_pad();
    EXPECT_NEAR(lock_it(g, t + 10), CuratorGate::first_lockout_ms, 1) << "a right PIN starts the count afresh";
}

TEST(CuratorGate, GivenTheLockStateOfAnEarlierRunThenItHoldsAfterARestart) {
    CuratorGate before;
    with_pin(before, "4821");
    before.open_pad();
    lock_it(before, 0);
    type(before, "1111", 0);
    const CuratorGate::Lock saved = before.lock_state(20000);  // 40 s of the minute left
    EXPECT_EQ(saved.lockouts, 1);
    EXPECT_NEAR(saved.remaining_ms, 40000, 1);
    CuratorGate after;  // a new process, whose clock starts at 0
    with_pin(after, "4821");
    after.restore(saved, 0);
    after.open_pad();
    type(after, "4821", 1000);
    EXPECT_EQ(after.press("ok", 1000), CuratorGate::Outcome::none) << "still locked";
    EXPECT_NEAR(lock_it(after, 50000), 120000, 1) << "and the next lock-out is the second";
}

TEST(CuratorGate, GivenAnEmptyPinConfiguredThenNothingUnlocks) {
    CuratorGate g;
    g.open_pad();
    EXPECT_FALSE(g.has_pin());
    type(g, "0000", 0);
    EXPECT_NE(g.press("ok", 0), CuratorGate::Outcome::unlocked);
    EXPECT_FALSE(g.unlocked());
}

}  // namespace
}  // namespace kiosk
