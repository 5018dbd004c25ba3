// The idle policy alone, on a clock the test gives it.
#include <gtest/gtest.h>

#include "app/idle_policy.h"

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

TEST(IdlePolicy, GivenTheAttractLoopThenNothingIsResetOrWarned) {
    IdlePolicy p;
    p.set_timeout_ms(90000);
    p.note_input(0);
    EXPECT_EQ(p.check(500000, false, true), V::active);
    EXPECT_FALSE(p.warning());
}

}  // namespace
}  // namespace kiosk
