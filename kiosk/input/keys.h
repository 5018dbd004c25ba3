// The keys the kiosk reacts to, by name: SDL's key names and the replay script's use
// the same words ("Up", "PageDown", "Escape"), so one table serves both.
#pragma once

#include <string>

namespace kiosk {

enum class Key {
    up,
    down,
    left,
    right,
    page_up,
    page_down,
    home,
    end,
    plus,
    minus,
    escape,
    enter,
    space,
    tab,
    shift_tab,
    digit_0,
    digit_1,
    digit_2,
    digit_3,
    digit_4,
    digit_5,
    digit_6,
    digit_7,
    digit_8,
    digit_9,  // in order
    backspace,
    curator,  // F12: curator mode (its PIN still applies)
    other
};

// 0–9 for a digit key (the row above the letters or the keypad), else -1.
inline int digit_of(Key k) {
    const int d = static_cast<int>(k) - static_cast<int>(Key::digit_0);
    return d >= 0 && d <= 9 ? d : -1;
}

Key key_from_name(const std::string& name);

}  // namespace kiosk
