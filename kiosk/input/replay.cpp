#include "input/replay.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

#include "core/limits.h"
#include "core/text_file.h"

namespace kiosk {
namespace {

constexpr double max_replay_ms = 31.0 * 24 * 3600 * 1000;

}  // namespace

namespace {

// The event's kind and its arguments after the verb, read into `e`; an error message
// (what was expected) where they are wrong, else empty.
std::string read_event(const std::string& verb, std::istringstream& ls, ReplayEvent& e) {
    auto coords = [&](bool with_finger) -> bool {
        if (with_finger && !(ls >> e.finger)) return false;
        return static_cast<bool>(ls >> e.x >> e.y) && std::isfinite(e.x) && std::isfinite(e.y);
    };
    if (verb == "down" || verb == "move" || verb == "up") {
        e.kind = verb == "down"   ? ReplayEvent::Kind::down
                 : verb == "move" ? ReplayEvent::Kind::move
                                  : ReplayEvent::Kind::up;
        return coords(true) ? "" : "expected \"" + verb + " FINGER X Y\" with X and Y from 0 to 1";
    }
    if (verb == "click" || verb == "wheel") {
        e.kind = verb == "click" ? ReplayEvent::Kind::click : ReplayEvent::Kind::wheel;
        if (coords(false)) return "";
        return verb == "click" ? "expected \"click X Y\" with X and Y from 0 to 1"
                               : "expected \"wheel DX DY\" in notches";
    }
    if (verb == "key") {
        e.kind = ReplayEvent::Kind::key;
        return ls >> e.argument
                   ? ""
                   : "expected \"key NAME\" (Up, Down, Left, Right, PageUp, PageDown, Home, End, plus, minus, Escape)";
    }
    if (verb == "shot" || verb == "state" || verb == "layout") {
        e.kind = verb == "shot"    ? ReplayEvent::Kind::shot
                 : verb == "state" ? ReplayEvent::Kind::state
                                   : ReplayEvent::Kind::layout;
        return ls >> e.argument ? "" : "expected a file name after \"" + verb + "\"";
    }
    if (verb == "sleep") {
        e.kind = ReplayEvent::Kind::sleep;
        return (ls >> e.sleep_ms) && e.sleep_ms >= 0 && e.sleep_ms <= 600000
                   ? ""
                   : "expected \"sleep MS\" with MS from 0 to 600000";
    }
    if (verb == "reload" || verb == "metrics") {
        e.kind =
            verb == "reload" ? ReplayEvent::Kind::reload : ReplayEvent::Kind::metrics;  // metrics: the health file, now
        return "";
    }
    if (verb == "await") {
        // Real time passes until FILE exists (a test's signal that its edit is made),
        // then the kiosk reads what changed: no guess at how long an edit takes.
        e.kind = ReplayEvent::Kind::await;
        return ls >> e.argument ? "" : "expected \"await FILE\"";
    }
    if (verb == "reloaded") {
        e.kind = ReplayEvent::Kind::reloaded;
        e.sleep_ms = 60000;
        if (std::string limit; ls >> limit) {
            try {
                e.sleep_ms = std::stod(limit);
            } catch (...) {
                e.sleep_ms = -1;
            }
            if (!(e.sleep_ms > 0 && e.sleep_ms <= 600000)) return "expected \"reloaded [MS]\" with MS from 1 to 600000";
        }
        return "";
    }
    return "unknown event \"" + verb +
           "\"; expected down, move, up, click, wheel, key, shot, state, layout, sleep, await, reload, reloaded or "
           "metrics";
}

// The time at a line's start, in milliseconds; an error message where it is not one.
std::string read_time(const std::string& time_s, ReplayEvent& e) {
    try {
        std::size_t used = 0;
        e.time_ms = std::stod(time_s, &used);
        if (used != time_s.size() || !std::isfinite(e.time_ms) || e.time_ms < 0) throw std::invalid_argument("");
    } catch (...) {
        return "expected a time in milliseconds at the start of the line, found \"" + time_s + "\"";
    }
    // A script may run a simulated month on the virtual clock, not forever.
    if (e.time_ms > max_replay_ms)
        return "the time " + time_s + " is past the longest replay (31 days = 2678400000 ms)";
    return "";
}

}  // namespace

Result<std::vector<ReplayEvent>> parse_replay(const std::string& text, const std::string& path) {
    std::vector<ReplayEvent> events;
    std::istringstream in(text);
    std::string raw;
    int line_no = 0;
    while (std::getline(in, raw)) {
        ++line_no;
        if (auto hash = raw.find('#'); hash != std::string::npos) raw.erase(hash);
        std::istringstream ls(raw);
        std::string time_s, verb;
        if (!(ls >> time_s)) continue;  // blank or comment
        ReplayEvent e;
        e.line = line_no;
        std::string problem = read_time(time_s, e);
        if (problem.empty() && !(ls >> verb))
            problem =
                "expected an event after the time (down, move, up, click, wheel, key, shot, state, layout, sleep, "
                "reloaded)";
        if (problem.empty()) problem = read_event(verb, ls, e);
        if (!problem.empty()) return Diagnostic{path, line_no, 0, problem};
        events.push_back(std::move(e));
    }
    // Events run in time order; equal times keep the script's order.
    std::stable_sort(events.begin(), events.end(),
                     [](const ReplayEvent& a, const ReplayEvent& b) { return a.time_ms < b.time_ms; });
    return events;
}

Result<std::vector<ReplayEvent>> load_replay(const std::string& path) {
    auto text = read_text_file(path, limits::replay_bytes, "the replay script");
    if (!text) return text.error();
    return parse_replay(text.value(), path);
}

}  // namespace kiosk
