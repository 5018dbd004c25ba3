// SDL events into the kiosk's own input: fingers and the mouse become pointers in the
// upright canvas (turned back through the display rotation), the wheel and keys pass
// through, and the synthetic mouse events SDL makes from touches are dropped, so a
// touch never arrives twice.
#pragma once

#include <SDL.h>

#include <map>
#include <optional>
#include <string>

#include "input/gestures.h"
#include "input/keys.h"
#include "input/rotation.h"

namespace kiosk {

struct InputEvent {
    enum class Kind { pointer, wheel, key, quit, resized };
    Kind kind = Kind::pointer;
    PointerEvent::Kind pointer = PointerEvent::Kind::down;
    int id = 0;  // finger number (1, 2, …), -1 for the mouse
    float x_px = 0, y_px = 0;
    float wheel_steps = 0;
    Key key = Key::other;  // named where it enters: SDL's "Up", "PageDown", "F12" …
};

class SdlInput {
public:
    static constexpr int mouse_id = -1;
    // The output's size and how the canvas is turned on it.
    void set_output(int output_w_px, int output_h_px, int rotation_deg);
    std::optional<InputEvent> translate(const SDL_Event& e);

private:
    Point to_canvas(float out_x, float out_y) const;
    std::map<SDL_FingerID, int> finger_ids_;
    int next_finger_ = 1;
    bool mouse_down_ = false;
    int out_w_ = 1, out_h_ = 1, rotation_deg_ = 0;
};

}  // namespace kiosk
