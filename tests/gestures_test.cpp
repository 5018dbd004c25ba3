// Gesture recognition from recorded-style pointer sequences (positions in px, ms).
#include "input/gestures.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

using K = PointerEvent::Kind;
using G = Gesture::Kind;

struct Recorder {
    GestureRecognizer rec;
    std::vector<Gesture> seen;
    explicit Recorder(GestureParams p = {}) : rec(p) {}
    void ev(K kind, int id, float x, float y, double t) {
        for (auto& g : rec.feed({kind, id, x, y, t})) seen.push_back(g);
    }
    void tick(double t) {
        for (auto& g : rec.tick(t)) seen.push_back(g);
    }
    int count(G kind) const {
        int n = 0;
        for (const auto& g : seen) n += g.kind == kind;
        return n;
    }
    const Gesture* last(G kind) const {
        for (auto it = seen.rbegin(); it != seen.rend(); ++it)
            if (it->kind == kind) return &*it;
        return nullptr;
    }
};

GestureParams params() {
    GestureParams p;
    p.slop_px = 10;
    p.long_press_ms = 500;
    p.double_tap_ms = 300;
    p.double_tap_slop_px = 60;
    p.min_fling_px_s = 30;
    p.max_fling_px_s = 5000;
    return p;
}

TEST(Gestures, GivenAFingerThatWobblesLessThanTheSlopWhenLiftedThenItIsATap) {
    Recorder r(params());
    r.ev(K::down, 1, 100, 100, 0);
    r.ev(K::move, 1, 106, 103, 40);
    r.ev(K::up, 1, 106, 103, 90);
    EXPECT_EQ(r.count(G::tap), 1);
    EXPECT_EQ(r.count(G::drag_begin), 0);
    EXPECT_FLOAT_EQ(r.last(G::tap)->x_px, 100);  // where the finger landed
}

TEST(Gestures, GivenAFingerThatMovesPastTheSlopWhenLiftedThenItIsADragNotATap) {
    Recorder r(params());
    r.ev(K::down, 1, 100, 100, 0);
    r.ev(K::move, 1, 100, 112, 16);
    r.ev(K::move, 1, 100, 140, 32);
    r.ev(K::up, 1, 100, 140, 48);
    EXPECT_EQ(r.count(G::tap), 0);
    EXPECT_EQ(r.count(G::drag_begin), 1);
    EXPECT_EQ(r.count(G::drag_end), 1);
    // Nothing lost to the slop: the drag deltas add up to the whole movement.
    float dy = 0;
    for (const auto& g : r.seen)
        if (g.kind == G::drag) dy += g.dy_px;
    EXPECT_FLOAT_EQ(dy, 40);
}

TEST(Gestures, GivenAQuickFlickWhenLiftedThenTheFlingVelocityIsThatOfTheLast100Ms) {
    Recorder r(params());
    r.ev(K::down, 1, 500, 800, 0);
    // Slow at first, then 2 px/ms (2000 px/s) for the last 100 ms.
    r.ev(K::move, 1, 500, 790, 100);
    r.ev(K::move, 1, 500, 780, 200);
    for (int i = 1; i <= 5; ++i) r.ev(K::move, 1, 500, 780 - 40.0f * i, 200 + 20.0 * i);
    r.ev(K::up, 1, 500, 580, 300);
    const Gesture* end = r.last(G::drag_end);
    ASSERT_NE(end, nullptr);
    EXPECT_NEAR(end->vy_px_s, -2000, 1);
    EXPECT_NEAR(end->vx_px_s, 0, 1e-3);
}

TEST(Gestures, GivenAFingerThatStopsBeforeLiftingWhenLiftedThenThereIsNoFling) {
    Recorder r(params());
    r.ev(K::down, 1, 0, 0, 0);
    r.ev(K::move, 1, 0, 100, 50);
    r.ev(K::move, 1, 0, 200, 100);
    r.ev(K::up, 1, 0, 200, 400);  // rested 300 ms
    EXPECT_FLOAT_EQ(r.last(G::drag_end)->vy_px_s, 0);
}

TEST(Gestures, GivenAVeryFastFlickWhenLiftedThenTheVelocityIsCapped) {
    Recorder r(params());
    r.ev(K::down, 1, 0, 0, 0);
    r.ev(K::move, 1, 0, 500, 10);
    r.ev(K::move, 1, 0, 1000, 20);
    r.ev(K::up, 1, 0, 1000, 21);
    EXPECT_NEAR(std::abs(r.last(G::drag_end)->vy_px_s), 5000, 1);
}

TEST(Gestures, GivenAFingerHeldStillWhenTimePassesThenOneLongPressAndNoTap) {
    Recorder r(params());
    r.ev(K::down, 1, 50, 50, 0);
    r.tick(300);
    EXPECT_EQ(r.count(G::long_press), 0);
    r.tick(520);
    r.tick(700);
    EXPECT_EQ(r.count(G::long_press), 1);
    r.ev(K::up, 1, 50, 50, 800);
    EXPECT_EQ(r.count(G::tap), 0);
}

TEST(Gestures, GivenTwoTapsCloseInTimeAndPlaceThenTheSecondIsAlsoADoubleTap) {
    Recorder r(params());
    r.ev(K::down, 1, 200, 200, 0);
    r.ev(K::up, 1, 200, 200, 60);
    r.ev(K::down, 1, 210, 205, 200);
    r.ev(K::up, 1, 210, 205, 250);
    EXPECT_EQ(r.count(G::tap), 2);
    EXPECT_EQ(r.count(G::double_tap), 1);
    // A third tap starts afresh rather than making another double tap.
    r.ev(K::down, 1, 210, 205, 400);
    r.ev(K::up, 1, 210, 205, 450);
    EXPECT_EQ(r.count(G::double_tap), 1);
}

TEST(Gestures, GivenTwoTapsTooFarApartThenNoDoubleTap) {
    Recorder r(params());
    r.ev(K::down, 1, 200, 200, 0);
    r.ev(K::up, 1, 200, 200, 60);
    r.ev(K::down, 1, 400, 200, 200);
    r.ev(K::up, 1, 400, 200, 250);
    EXPECT_EQ(r.count(G::double_tap), 0);
}

TEST(Gestures, GivenTwoFingersSpreadingThenPinchScaleAndCentreFollowThem) {
    Recorder r(params());
    r.ev(K::down, 1, 400, 500, 0);
    r.ev(K::down, 2, 600, 500, 10);
    ASSERT_EQ(r.count(G::pinch_begin), 1);
    EXPECT_FLOAT_EQ(r.last(G::pinch_begin)->x_px, 500);
    r.ev(K::move, 1, 300, 500, 30);  // distance 200 → 300
    r.ev(K::move, 2, 700, 500, 30);  // distance 300 → 400
    float scale = 1;
    for (const auto& g : r.seen)
        if (g.kind == G::pinch) scale *= g.scale;
    EXPECT_NEAR(scale, 2.0f, 1e-4);
    EXPECT_FLOAT_EQ(r.last(G::pinch)->x_px, 500);
    r.ev(K::up, 1, 300, 500, 60);
    r.ev(K::up, 2, 700, 500, 70);
    EXPECT_EQ(r.count(G::pinch_end), 1);
    EXPECT_EQ(r.count(G::tap), 0);
}

TEST(Gestures, GivenASecondFingerMidDragThenTheDragEndsWithoutFlingAndAPinchBegins) {
    Recorder r(params());
    r.ev(K::down, 1, 100, 100, 0);
    r.ev(K::move, 1, 100, 150, 16);
    r.ev(K::move, 1, 100, 200, 32);
    r.ev(K::down, 2, 300, 200, 40);
    EXPECT_EQ(r.count(G::drag_end), 1);
    EXPECT_FLOAT_EQ(r.last(G::drag_end)->vy_px_s, 0);
    EXPECT_EQ(r.count(G::pinch_begin), 1);
    // Lifting one finger of the pinch: the other goes on panning.
    r.ev(K::up, 2, 300, 200, 100);
    EXPECT_EQ(r.count(G::pinch_end), 1);
    EXPECT_EQ(r.count(G::drag_begin), 2);
    r.ev(K::move, 1, 100, 230, 116);
    EXPECT_FLOAT_EQ(r.last(G::drag)->dy_px, 30);
}

TEST(Gestures, GivenAFingerLiftedOutsideTheWindowThenTheDragStillEndsCleanly) {
    Recorder r(params());
    r.ev(K::down, 1, 100, 100, 0);
    r.ev(K::move, 1, 100, 60, 16);
    r.ev(K::move, 1, 100, -20, 32);
    r.ev(K::up, 1, 100, -60, 48);
    EXPECT_EQ(r.count(G::drag_end), 1);
    EXPECT_EQ(r.rec.active_pointers(), 0);
    // And the next touch is a fresh tap.
    r.ev(K::down, 1, 10, 10, 500);
    r.ev(K::up, 1, 10, 10, 550);
    EXPECT_EQ(r.count(G::tap), 1);
}

TEST(Gestures, GivenTenFingersAtOnceThenNothingBreaksAndAllLiftCleanly) {
    Recorder r(params());
    for (int i = 0; i < 12; ++i) r.ev(K::down, i, 50.0f * i, 300, i);
    EXPECT_EQ(r.rec.active_pointers(), 10);  // two more than ten are ignored
    for (int step = 1; step < 10; ++step)
        for (int i = 0; i < 12; ++i) r.ev(K::move, i, 50.0f * i + step * 7, 300 + step * 5, 20 + step * 16);
    for (int i = 0; i < 12; ++i) r.ev(K::up, i, 50.0f * i, 300, 300 + i);
    EXPECT_EQ(r.rec.active_pointers(), 0);
    EXPECT_EQ(r.count(G::tap), 0);
    // Afterwards a single finger is understood again.
    r.ev(K::down, 1, 10, 10, 1000);
    r.ev(K::up, 1, 10, 10, 1050);
    EXPECT_EQ(r.count(G::tap), 1);
}

TEST(Gestures, GivenRepeatedDownsAndStrayUpsFromAResistivePanelThenTheyAreIgnored) {
    Recorder r(params());
    r.ev(K::up, 7, 10, 10, 0);  // an up with no down
    r.ev(K::down, 1, 10, 10, 10);
    r.ev(K::down, 1, 10, 10, 12);  // repeated
    r.ev(K::up, 1, 10, 10, 60);
    EXPECT_EQ(r.count(G::tap), 1);
    EXPECT_EQ(r.count(G::pinch_begin), 0);
}

}  // namespace
}  // namespace kiosk
