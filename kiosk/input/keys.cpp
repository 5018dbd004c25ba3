#include "input/keys.h"

namespace kiosk {

Key key_from_name(const std::string& n) {
    if (n == "Up") return Key::up;
    if (n == "Down") return Key::down;
    if (n == "Left") return Key::left;
    if (n == "Right") return Key::right;
    if (n == "PageUp") return Key::page_up;
    if (n == "PageDown") return Key::page_down;
    if (n == "Home") return Key::home;
    if (n == "End") return Key::end;
    if (n == "plus" || n == "+" || n == "Plus" || n == "KP_Add") return Key::plus;
    if (n == "minus" || n == "-" || n == "Minus" || n == "KP_Subtract") return Key::minus;
    if (n == "Escape") return Key::escape;
    if (n == "Return" || n == "Enter") return Key::enter;
    if (n == "space" || n == "Space") return Key::space;
    if (n == "Tab") return Key::tab;
    if (n == "ShiftTab" || n == "BackTab") return Key::shift_tab;
    if (n == "Backspace" || n == "BackSpace") return Key::backspace;
    if (n == "F12") return Key::curator;
    // "7", and the keypad's "Keypad 7" (SDL) or "KP_7" (X11).
    for (const std::string prefix : {"", "Keypad ", "KP_"})
        if (n.size() == prefix.size() + 1 && n.compare(0, prefix.size(), prefix) == 0 && n.back() >= '0' &&
            n.back() <= '9')
            return static_cast<Key>(static_cast<int>(Key::digit_0) + (n.back() - '0'));
    return Key::other;
}

}  // namespace kiosk
