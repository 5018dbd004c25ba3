#include "app/painter.h"

#include "app/app.h"
#include "app/clock.h"
#include "core/log.h"
#include "render/sdl_renderer.h"

namespace kiosk {

void paint(App& app, SdlRenderer& renderer) {
    const double started_ms = real_ms();
    renderer.draw(app.frame());
    app.record_frame_ms(real_ms() - started_ms);
}

bool paint_png(App& app, SdlRenderer& renderer, const std::string& path) {
    // One frame, however many bands a preview is drawn in.
    const FramePicture picture = app.frame();
    double drawing_ms = 0;
    auto saved = renderer.save_png(path, [&] {
        const double started_ms = real_ms();
        renderer.draw(picture);
        drawing_ms += real_ms() - started_ms;
    });
    app.record_frame_ms(drawing_ms);
    if (!saved) log::error(saved.error().to_string());
    return static_cast<bool>(saved);
}

}  // namespace kiosk
