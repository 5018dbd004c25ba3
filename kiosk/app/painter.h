// The drivers' side of a frame: the app decides what to draw (App::frame()), the
// renderer the driver owns draws it, and the time it took goes back to the app.
#pragma once

#include <string>

namespace kiosk {

class App;
class SdlRenderer;

// Draws the app's frame, timed up to handing it to the screen (a vsync wait is not the
// kiosk's work).
void paint(App& app, SdlRenderer& renderer);
// Draws the app's frame into a PNG at `path` (band by band for a large preview; the
// writing is not counted); false, with the reason logged, when it could not be written.
bool paint_png(App& app, SdlRenderer& renderer, const std::string& path);

}  // namespace kiosk
