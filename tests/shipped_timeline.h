// The timeline the kiosk ships (assets/timeline.csv), loaded once for the tests that
// check every event on the real kiosk.
#pragma once

#include "content/timeline.h"
#include "test_support.h"

namespace kiosk::test {

inline const Timeline& shipped_timeline() {
    static const TimelineLoad tl = load_timeline(source_path("assets/timeline.csv"));
    return tl.timeline;
}

}  // namespace kiosk::test
