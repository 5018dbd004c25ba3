// The idle policy alone, on a clock the test gives it.
#include "app/idle_policy.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

using V = IdlePolicy::Verdict;

TEST(IdlePolicy, GivenNinetySecondsTimeoutThenWarningFifteenSecondsBeforeAndResetAtTheTimeout) {
    IdlePolicy p;
    p.set_timeout_ms(90000);
    p.note_input(0);
    EXPECT_EQ(p.check(74000, false, false), V::active);
    EXPECT_FALSE(p.warning());
    EXPECT_EQ(p.check(75000, false, false), V::warning);
    EXPECT_TRUE(p.warning());
    EXPECT_EQ(p.seconds_left(75000), 15);
    EXPECT_EQ(p.seconds_left(89999), 1);
    EXPECT_EQ(p.check(90000, false, false), V::reset);
    EXPECT_FALSE(p.warning());
}

TEST(IdlePolicy, GivenAShortTimeoutThenTheWarningIsAQuarterOfIt) {
    IdlePolicy p;
    p.set_timeout_ms(20000);
    EXPECT_DOUBLE_EQ(p.warning_ms(), 5000);
    p.note_input(0);
    EXPECT_EQ(p.check(14999, false, false), V::active);
    EXPECT_EQ(p.check(15000, false, false), V::warning);
}

TEST(IdlePolicy, GivenInputThenTheCountStartsAgain) {
    IdlePolicy p;
    p.set_timeout_ms(90000);
    p.note_input(0);
    p.check(80000, false, false);
    EXPECT_TRUE(p.warning());
    EXPECT_TRUE(p.dismiss_warning());
    p.note_input(80000);
    EXPECT_FALSE(p.dismiss_warning());  // nothing left to dismiss
    EXPECT_EQ(p.check(150000, false, false), V::active);
    EXPECT_DOUBLE_EQ(p.idle_ms(150000), 70000);
}

TEST(IdlePolicy, GivenAFingerRestingOnTheScreenThenTheVisitorIsStillThere) {
    IdlePolicy p;
    p.set_timeout_ms(90000);
    p.note_input(0);
    EXPECT_EQ(p.check(200000, true, false), V::active);
    EXPECT_EQ(p.check(289000, false, false), V::warning);  // counted from the finger's last frame
}

TEST(IdlePolicy, GivenANarrationPlayingThenTheIdleTimeStandsStillUntilTheGraceAfterItsEnd) {
    IdlePolicy p;
    p.set_timeout_ms(90000);
    p.set_listen_grace_ms(30000);
    p.note_input(0);  // the tap on Listen
    // Four minutes of voice, a frame a second, no touch.
    for (double t = 0; t <= 240000; t += 1000) {
        p.note_listening(t);
        ASSERT_EQ(p.check(t, false, false), V::active) << t;
        ASSERT_FALSE(p.warning());
        ASSERT_DOUBLE_EQ(p.idle_ms(t), 0);
    }
    // The voice ended at 240 s: 30 s of grace, then the usual 90 s.
    EXPECT_EQ(p.check(270000, false, false), V::active);
    EXPECT_DOUBLE_EQ(p.idle_ms(300000), 30000);
    EXPECT_EQ(p.check(344999, false, false), V::active);
    EXPECT_EQ(p.check(345000, false, false), V::warning);
    EXPECT_EQ(p.seconds_left(345000), 15);
    EXPECT_EQ(p.check(360000, false, false), V::reset);
}

TEST(IdlePolicy, GivenAPausedNarrationThenTheIdleTimeCountsAfterTheGrace) {
    IdlePolicy p;
    p.set_timeout_ms(90000);
    p.set_listen_grace_ms(30000);
    p.note_input(0);
    for (double t = 0; t <= 20000; t += 1000) p.note_listening(t);  // paused at 20 s: no more calls
    EXPECT_EQ(p.check(124999, false, false), V::active);            // 20 s + 30 s of grace + 75 s
    EXPECT_EQ(p.check(125000, false, false), V::warning);
    EXPECT_EQ(p.check(140000, false, false), V::reset);
}

TEST(IdlePolicy, GivenNoGraceThenTheIdleTimeCountsFromTheVoicesEnd) {
    IdlePolicy p;
    p.set_timeout_ms(90000);
    p.set_listen_grace_ms(0);
    p.note_input(0);
    p.note_listening(100000);
    EXPECT_EQ(p.check(174999, false, false), V::active);
    EXPECT_EQ(p.check(189999, false, false), V::warning);
    EXPECT_EQ(p.check(190000, false, false), V::reset);
}

TEST(IdlePolicy, GivenTheAttractLoopThenNothingIsResetOrWarned) {
    IdlePolicy p;
    p.set_timeout_ms(90000);
    p.note_input(0);
    EXPECT_EQ(p.check(500000, false, true), V::active);
    EXPECT_FALSE(p.warning());
}

}  // namespace
}  // namespace kiosk
