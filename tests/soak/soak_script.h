// A simulated stretch of museum days as a replay script, from a seed: visitors come and
// go (touches, drags, flings, pinches, keys that reach every control, cards, Listen,
// language and comfort switches), the kiosk idles back to the attract loop between
// them, and the content is read again now and then. A state dump every simulated hour
// lets the runner follow the kiosk's memory.
#pragma once

#include <string>

namespace kiosk::soak {

struct Plan {
    unsigned seed = 1;
    double hours = 4;
    std::string state_prefix;  // state dumps go to PREFIX<hour>.json
    // The same hour of visitors (and one content reload) over and over: a kiosk without
    // a leak ends every repeat with the memory it ended the one before with, so a short
    // run tells a leak from a cache still filling. Off: every hour different (the week).
    bool repeat_one_hour = false;
};

std::string make_script(const Plan& plan);

}  // namespace kiosk::soak
