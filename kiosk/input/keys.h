// The keys the kiosk reacts to, by name: SDL's key names and the replay script's use
// the same words ("Up", "PageDown", "Escape"), so one table serves both.
#pragma once

#include <string>

namespace kiosk {

enum class Key { up, down, left, right, page_up, page_down, home, end, plus, minus, escape, enter, space, tab, shift_tab, other };

Key key_from_name(const std::string& name);

}  // namespace kiosk
