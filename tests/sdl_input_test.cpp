// SDL events to pointers: synthetic mouse events made from touches are dropped (a touch
// never arrives twice), fingers get small stable ids, rotation turns them back.
#include "platform/sdl_input.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

SDL_Event finger(Uint32 type, SDL_FingerID id, float x, float y) {
    SDL_Event e{};
    e.type = type;
    e.tfinger.fingerId = id;
    e.tfinger.x = x;
    e.tfinger.y = y;
    return e;
}

SDL_Event mouse_button(Uint32 type, Uint32 which, int x, int y) {
    SDL_Event e{};
    e.type = type;
    e.button.which = which;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = x;
    e.button.y = y;
    return e;
}

TEST(SdlInput, GivenATouchAndTheMouseEventsSdlSynthesisesFromItThenOnlyTheTouchArrives) {
    SdlInput in;
    in.set_output(1920, 1080, 0);
    const auto down = in.translate(finger(SDL_FINGERDOWN, 987654321, 0.5f, 0.25f));
    ASSERT_TRUE(down);
    EXPECT_EQ(down->kind, InputEvent::Kind::pointer);
    EXPECT_EQ(down->id, 1);
    EXPECT_FLOAT_EQ(down->x_px, 960);
    EXPECT_FLOAT_EQ(down->y_px, 270);
    EXPECT_FALSE(in.translate(mouse_button(SDL_MOUSEBUTTONDOWN, SDL_TOUCH_MOUSEID, 960, 270)));
    SDL_Event motion{};
    motion.type = SDL_MOUSEMOTION;
    motion.motion.which = SDL_TOUCH_MOUSEID;
    EXPECT_FALSE(in.translate(motion));
    EXPECT_FALSE(in.translate(mouse_button(SDL_MOUSEBUTTONUP, SDL_TOUCH_MOUSEID, 960, 270)));
    const auto up = in.translate(finger(SDL_FINGERUP, 987654321, 0.5f, 0.25f));
    ASSERT_TRUE(up);
    EXPECT_EQ(up->pointer, PointerEvent::Kind::up);
}

TEST(SdlInput, GivenARealMouseThenItIsOnePointerThatMovesOnlyWhilePressed) {
    SdlInput in;
    in.set_output(800, 480, 0);
    SDL_Event motion{};
    motion.type = SDL_MOUSEMOTION;
    motion.motion.which = 0;
    motion.motion.x = 10;
    EXPECT_FALSE(in.translate(motion));  // hovering is not touching
    const auto down = in.translate(mouse_button(SDL_MOUSEBUTTONDOWN, 0, 100, 200));
    ASSERT_TRUE(down);
    EXPECT_EQ(down->id, SdlInput::mouse_id);
    EXPECT_TRUE(in.translate(motion));
}

TEST(SdlInput, GivenTwoFingersThenEachKeepsItsOwnSmallId) {
    SdlInput in;
    in.set_output(100, 100, 0);
    EXPECT_EQ(in.translate(finger(SDL_FINGERDOWN, 1000, 0.1f, 0.1f))->id, 1);
    EXPECT_EQ(in.translate(finger(SDL_FINGERDOWN, 2000, 0.9f, 0.9f))->id, 2);
    EXPECT_EQ(in.translate(finger(SDL_FINGERMOTION, 2000, 0.8f, 0.8f))->id, 2);
    EXPECT_EQ(in.translate(finger(SDL_FINGERUP, 1000, 0.1f, 0.1f))->id, 1);
    EXPECT_FALSE(in.translate(finger(SDL_FINGERMOTION, 3000, 0.5f, 0.5f)));  // motion of a finger never down
}

TEST(SdlInput, GivenARotatedPanelThenTouchesLandOnTheUprightCanvas) {
    SdlInput in;
    in.set_output(1920, 1080, 90);
    // The panel's top-right corner is the canvas's top-left.
    const auto e = in.translate(finger(SDL_FINGERDOWN, 1, 1.0f, 0.0f));
    ASSERT_TRUE(e);
    EXPECT_NEAR(e->x_px, 0, 1e-3);
    EXPECT_NEAR(e->y_px, 0, 1e-3);
}

// Keys are named once, where they enter (issue 26): the app sees a Key, never a string.
TEST(SdlInput, GivenKeysFromSdlThenTheyArriveTyped) {
    SdlInput in;
    auto key = [&](SDL_Keycode sym, Uint16 mod = KMOD_NONE) {
        SDL_Event e{};
        e.type = SDL_KEYDOWN;
        e.key.keysym.sym = sym;
        e.key.keysym.mod = mod;
        const auto out = in.translate(e);
        EXPECT_TRUE(out && out->kind == InputEvent::Kind::key);
        return out ? out->key : Key::other;
    };
    EXPECT_EQ(key(SDLK_F12), Key::curator);
    EXPECT_EQ(key(SDLK_TAB), Key::tab);
    EXPECT_EQ(key(SDLK_TAB, KMOD_LSHIFT), Key::shift_tab);
    EXPECT_EQ(key(SDLK_PAGEDOWN), Key::page_down);
    EXPECT_EQ(key(SDLK_7), Key::digit_7);
    EXPECT_EQ(key(SDLK_KP_7), Key::digit_7);
    EXPECT_EQ(key(SDLK_a), Key::other);
}

}  // namespace
}  // namespace kiosk
