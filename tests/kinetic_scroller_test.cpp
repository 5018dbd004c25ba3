#include "input/kinetic_scroller.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

TEST(KineticScroller, GivenAFlingWhenTimePassesThenItGlidesDeceleratesAndStops) {
    KineticScroller s;
    s.set_bounds(0, 100000);
    s.set_position(1000);
    s.fling(2000, 0);
    double last = 1000, last_step = 1e9;
    int frames = 0;
    for (double t = 16; s.update(t) && frames < 1000; t += 16, ++frames) {
        const double step = s.position() - last;
        EXPECT_GT(step, 0);
        EXPECT_LE(step, last_step + 1e-9);  // never speeds up
        last_step = step;
        last = s.position();
    }
    EXPECT_FALSE(s.moving());
    EXPECT_LT(frames, 200);  // comes to rest in a few seconds
    // Distance: v0 * tau = 2 px/ms * 325 ms = 650 px.
    EXPECT_NEAR(s.position() - 1000, 650, 10);
}

TEST(KineticScroller, GivenAFlingTowardsABoundThenItStopsAtTheBound) {
    KineticScroller s;
    s.set_bounds(0, 500);
    s.set_position(450);
    s.fling(3000, 0);
    for (double t = 16; t < 2000; t += 16) s.update(t);
    EXPECT_DOUBLE_EQ(s.position(), 500);
    EXPECT_FALSE(s.moving());
}

TEST(KineticScroller, GivenADragWhileGlidingThenTheGlideStops) {
    KineticScroller s;
    s.set_bounds(0, 10000);
    s.fling(1000, 0);
    s.update(50);
    s.drag_by(-10);
    EXPECT_FALSE(s.moving());
}

TEST(KineticScroller, GivenAnAnimatedScrollThenItArrivesExactlyOnTime) {
    KineticScroller s;
    s.set_bounds(0, 1000);
    s.animate_to(800, 0, 250);
    s.update(125);
    EXPECT_GT(s.position(), 400);  // ease-out: more than half way at half time
    s.update(250);
    EXPECT_DOUBLE_EQ(s.position(), 800);
    EXPECT_FALSE(s.moving());
}

}  // namespace
}  // namespace kiosk
