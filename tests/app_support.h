// An app started in the test process, as the drivers start it: the shipped
// configuration, its content, a renderer, the scene.
#pragma once

#include <memory>
#include <string>

#include "app/app.h"
#include "render/sdl_renderer.h"
#include "test_support.h"

namespace kiosk::test {

// `renderer` draws at its own size; the app lays out for it.
inline std::unique_ptr<App> started_app(const std::string& scene, std::unique_ptr<SdlRenderer> renderer) {
    Options o;
    o.config_path = source_path("config/kiosk.toml");
    o.scene = scene;
    o.width_px = renderer->width_px();
    o.height_px = renderer->height_px();
    auto app = std::make_unique<App>(o);
    app->load_configuration();
    app->load_content();
    app->attach(std::move(renderer));
    app->begin({});
    return app;
}

}  // namespace kiosk::test
