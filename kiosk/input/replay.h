// Replay scripts: one event a line, times in ms from the start, coordinates 0..1 of
// the window, '#' starts a comment (GUIDE.md gives the format).
#pragma once

#include <string>
#include <vector>

#include "core/result.h"

namespace kiosk {

struct ReplayEvent {
    // reload: read the content again, as SIGHUP does, and wait until it is in (a soak's
    // content edits, on the virtual clock). reloaded: let real time pass until the kiosk
    // has read an edit of its files (or a SIGHUP) and accepted or refused it, at most
    // `sleep_ms` (a minute unless given): a test waits for the event, not for a guess.
    enum class Kind { down, move, up, click, wheel, key, shot, state, layout, sleep, reload, await, reloaded, metrics };
    Kind kind = Kind::down;
    double time_ms = 0;
    int finger = 0;
    float x = 0, y = 0;    // normalised; wheel: dx, dy in notches
    std::string argument;  // key name or output file
    double sleep_ms = 0;
    int line = 0;  // in the script, for messages
};

Result<std::vector<ReplayEvent>> parse_replay(const std::string& text, const std::string& path);
Result<std::vector<ReplayEvent>> load_replay(const std::string& path);

}  // namespace kiosk
