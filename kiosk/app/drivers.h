// The loop drivers: what feeds the app input and time. Headless runs on the virtual
// clock (outputs, replay scripts) and needs no display; interactive runs SDL's event
// loop on the real clock and draws to the screen.
#pragma once

#include "app/options.h"

namespace kiosk {

// --screenshot, --dump-layout, --dump-state, --replay: exit code 0 when all went well.
int run_headless(const Options& options);

// Fullscreen (or a window with --size); without a display, says so and renders the
// start screen headless instead.
int run_interactive(const Options& options);

}  // namespace kiosk
