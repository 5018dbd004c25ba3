// Visitor settings alone: choices, their analytics names, and back to the defaults.
#include "app/visitor_settings.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

VisitorSettings settings_with_steps() {
    VisitorSettings s;
    s.set_defaults({"en", false});
    s.set_text_steps({1.0f, 1.2f, 1.45f});
    return s;
}

TEST(VisitorSettings, GivenDefaultsThenTheyApplyAtOnce) {
    VisitorSettings s;
    s.set_defaults({"ru", true});
    EXPECT_EQ(s.language(), "ru");
    EXPECT_TRUE(s.reduced_motion());
    EXPECT_FALSE(s.high_contrast());
    EXPECT_FLOAT_EQ(s.text_scale(), 1.0f);
}

TEST(VisitorSettings, GivenLargerTextTappedThenTheStepsCycleAndWrapAround) {
    VisitorSettings s = settings_with_steps();
    EXPECT_EQ(s.apply("text_size:next"), "larger_text");
    EXPECT_FLOAT_EQ(s.text_scale(), 1.2f);
    s.apply("text_size:next");
    EXPECT_FLOAT_EQ(s.text_scale(), 1.45f);
    s.apply("text_size:next");
    EXPECT_FLOAT_EQ(s.text_scale(), 1.0f);
}

TEST(VisitorSettings, GivenFewerStepsAfterAReloadThenTheScaleStaysWithinThem) {
    VisitorSettings s = settings_with_steps();
    s.apply("text_size:next");
    s.apply("text_size:next");
    s.set_text_steps({1.0f, 1.3f});
    EXPECT_FLOAT_EQ(s.text_scale(), 1.3f);  // the last step there is
}

TEST(VisitorSettings, GivenTogglesAndALanguageThenEachReportsItsNameAndResetRestoresTheDefaults) {
    VisitorSettings s = settings_with_steps();
    EXPECT_EQ(s.apply("lang:ru"), "ru");
    EXPECT_EQ(s.apply("contrast:toggle"), "high_contrast");
    EXPECT_EQ(s.apply("motion:toggle"), "reduced_motion");
    s.apply("text_size:next");
    EXPECT_EQ(s.language(), "ru");
    EXPECT_TRUE(s.high_contrast());
    EXPECT_TRUE(s.reduced_motion());
    s.reset();
    EXPECT_EQ(s.language(), "en");
    EXPECT_FALSE(s.high_contrast());
    EXPECT_FALSE(s.reduced_motion());
    EXPECT_FLOAT_EQ(s.text_scale(), 1.0f);
}

TEST(VisitorSettings, GivenSomethingElseThenItIsNotAVisitorSetting) {
    VisitorSettings s = settings_with_steps();
    EXPECT_EQ(s.apply("reload"), "");
    EXPECT_EQ(s.apply("quit"), "");
    EXPECT_EQ(s.language(), "en");
}

TEST(VisitorSettings, GivenHighContrastThenTheEffectiveThemeIsBlackOnWhiteAndTheRestIsTheCurators) {
    VisitorSettings s = settings_with_steps();
    Config c;
    c.behaviour.idle_timeout_ms = 12345;
    EXPECT_EQ(s.effective(c).theme.paper, c.theme.paper);
    s.apply("contrast:toggle");
    const Config e = s.effective(c);
    EXPECT_EQ(e.theme.paper, (Color{0xff, 0xff, 0xff}));
    EXPECT_EQ(e.theme.ink, (Color{0x00, 0x00, 0x00}));
    EXPECT_EQ(e.behaviour.idle_timeout_ms, 12345);
}

}  // namespace
}  // namespace kiosk
