// The attract loop draws only what its picture needs: frames that would look the same
// as the last are not drawn, so a quiet kiosk costs little (issue 14).
#include <gtest/gtest.h>

#include "app_support.h"
#include "render/sdl_renderer.h"

namespace kiosk {
namespace {

int pictures_in(App& app, double from_ms, double to_ms) {
    int changed = 0;
    for (double t = from_ms; t < to_ms; t += 1000.0 / 60.0) {
        app.tick(t);
        if (app.take_picture_changed()) ++changed;
    }
    return changed;
}

App& attract_app(std::unique_ptr<App>& holder) {
    auto r = SdlRenderer::create_headless(1280, 720);
    EXPECT_TRUE(r);
    holder = std::move(test::started_app("attract", std::move(r).value()).app);
    holder->take_picture_changed();
    return *holder;
}

TEST(AttractRate, GivenAMinuteOfNobodyThenThePictureChangesAboutFourTimesASecond) {
    std::unique_ptr<App> holder;
    App& app = attract_app(holder);
    const int changes = pictures_in(app, 1000, 61000);
    // What moves steps a pixel three times a second; the fades step twelve times a second
    // for 1 s of every 9 s. Sixty frames a second would be 3600; the CPU budget
    // (scripts/measure_attract_cpu.sh) allows about 5 a second.
    EXPECT_GE(changes, 150);
    EXPECT_LE(changes, 300);
}

TEST(AttractRate, GivenTheSameMomentThenNoNewPictureIsMade) {
    std::unique_ptr<App> holder;
    App& app = attract_app(holder);
    app.tick(5000);
    app.take_picture_changed();
    app.tick(5001);  // within the same twelfth of a second
    EXPECT_FALSE(app.take_picture_changed());
    EXPECT_GE(app.next_picture_ms(), 5001);
    EXPECT_LE(app.next_picture_ms(), 5001 + 1000.0 / 12 + 1);
    // Within four steps (a third of a second) the years have moved a pixel.
    bool changed = false;
    for (int step = 0; step < 4 && !changed; ++step) {
        app.tick(app.next_picture_ms() + 1);
        changed = app.take_picture_changed();
    }
    EXPECT_TRUE(changed);
}

}  // namespace
}  // namespace kiosk
