#include "platform/sdl_input.h"

namespace kiosk {

void SdlInput::set_output(int output_w_px, int output_h_px, int rotation_deg) {
    out_w_ = output_w_px;
    out_h_ = output_h_px;
    rotation_deg_ = rotation_deg;
}

Point SdlInput::to_canvas(float out_x, float out_y) const {
    return DisplayRotation(rotation_deg_, out_w_, out_h_).to_logical({out_x, out_y});
}

std::optional<InputEvent> SdlInput::translate(const SDL_Event& e) {
    InputEvent out;
    switch (e.type) {
        case SDL_QUIT:
            out.kind = InputEvent::Kind::quit;
            return out;
        case SDL_WINDOWEVENT:
            if (e.window.event != SDL_WINDOWEVENT_SIZE_CHANGED) return std::nullopt;
            out.kind = InputEvent::Kind::resized;
            return out;
        case SDL_FINGERDOWN:
        case SDL_FINGERMOTION:
        case SDL_FINGERUP: {
            // Finger ids are device-defined 64-bit numbers: the kiosk numbers them 1, 2, …
            auto [it, inserted] = finger_ids_.try_emplace(e.tfinger.fingerId, next_finger_);
            if (inserted) ++next_finger_;
            if (e.type == SDL_FINGERMOTION && inserted) {  // motion without a down: ignore
                finger_ids_.erase(it);
                return std::nullopt;
            }
            out.pointer = e.type == SDL_FINGERDOWN ? PointerEvent::Kind::down
                          : e.type == SDL_FINGERUP ? PointerEvent::Kind::up
                                                   : PointerEvent::Kind::move;
            out.id = it->second;
            // Normalised to the output (evdev: to the device's range), so touches lifted
            // just outside still map somewhere sensible.
            const Point p =
                to_canvas(e.tfinger.x * static_cast<float>(out_w_), e.tfinger.y * static_cast<float>(out_h_));
            out.x_px = p.x;
            out.y_px = p.y;
            if (out.pointer == PointerEvent::Kind::up) finger_ids_.erase(it);
            if (finger_ids_.empty()) next_finger_ = 1;
            return out;
        }
        case SDL_MOUSEBUTTONDOWN:
        case SDL_MOUSEBUTTONUP: {
            if (e.button.which == SDL_TOUCH_MOUSEID || e.button.button != SDL_BUTTON_LEFT) return std::nullopt;
            mouse_down_ = e.type == SDL_MOUSEBUTTONDOWN;
            out.pointer = mouse_down_ ? PointerEvent::Kind::down : PointerEvent::Kind::up;
            out.id = mouse_id;
            const Point p = to_canvas(static_cast<float>(e.button.x), static_cast<float>(e.button.y));
            out.x_px = p.x;
            out.y_px = p.y;
            return out;
        }
        case SDL_MOUSEMOTION: {
            if (e.motion.which == SDL_TOUCH_MOUSEID || !mouse_down_) return std::nullopt;
            out.pointer = PointerEvent::Kind::move;
            out.id = mouse_id;
            const Point p = to_canvas(static_cast<float>(e.motion.x), static_cast<float>(e.motion.y));
            out.x_px = p.x;
            out.y_px = p.y;
            return out;
        }
        case SDL_MOUSEWHEEL:
            if (e.wheel.which == SDL_TOUCH_MOUSEID) return std::nullopt;
            out.kind = InputEvent::Kind::wheel;
            out.wheel_steps = e.wheel.preciseY;
            return out;
        case SDL_KEYDOWN:
            out.kind = InputEvent::Kind::key;
            // Named once, here, by the table replay scripts use too. Shift+Tab walks the
            // focus backwards.
            out.key = e.key.keysym.sym == SDLK_TAB && (e.key.keysym.mod & KMOD_SHIFT)
                          ? Key::shift_tab
                          : key_from_name(SDL_GetKeyName(e.key.keysym.sym));
            return out;
        default:
            return std::nullopt;
    }
}

}  // namespace kiosk
