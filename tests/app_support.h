// An app started in the test process, as the drivers start it: the shipped
// configuration, its content, a renderer, the scene.
#pragma once

#include <memory>
#include <string>

#include "app/app.h"
#include "app/painter.h"
#include "render/sdl_renderer.h"
#include "test_support.h"

namespace kiosk::test {

// An app and the renderer a driver would own for it.
struct StartedApp {
    std::unique_ptr<App> app;
    std::unique_ptr<SdlRenderer> renderer;
    App* operator->() const { return app.get(); }
    bool render_to_png(const std::string& path) const { return paint_png(*app, *renderer, path); }
};

// `renderer` draws at its own size; the app lays out for it.
inline StartedApp started_app(const std::string& scene, std::unique_ptr<SdlRenderer> renderer) {
    Options o;
    o.config_path = source_path("config/kiosk.toml");
    o.scene = scene;
    o.width_px = renderer->width_px();
    o.height_px = renderer->height_px();
    auto app = std::make_unique<App>(o);
    app->load_configuration();
    app->load_content();
    app->set_canvas(renderer->canvas());
    app->begin({});
    return {std::move(app), std::move(renderer)};
}

}  // namespace kiosk::test
