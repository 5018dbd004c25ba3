#include "app/screens.h"

#include "core/log.h"
#include "core/route.h"
#include "scenes/attract_scene.h"
#include "scenes/fallback_scene.h"
#include "scenes/home_scene.h"
#include "scenes/reader_scene.h"
#include "scenes/timeline_scene.h"

namespace kiosk {

std::unique_ptr<Scene> make_scene(const std::string& name, const std::string& focus_event, const SceneSources& s) {
    if (!s.fonts || (!s.document && !s.timeline)) return std::make_unique<FallbackScene>(s.problem);
    if ((name == "telegram" || name == "reader") && s.document) return std::make_unique<ReaderScene>();
    if (name == "timeline" && s.timeline)
        return std::make_unique<TimelineScene>(
            focus_event.empty() ? TimelineScene::Opening::overview : TimelineScene::Opening::focus, focus_event);
    if (name == "attract") return std::make_unique<AttractScene>();
    if (const Route route = parse_route(name);
        route.is(Route::Kind::event) && s.timeline && s.has_event && s.has_event(route.arg))
        return std::make_unique<TimelineScene>(TimelineScene::Opening::card, route.arg);
    if (name != "home")
        log::warn("scene \"" + name + "\" is not available (unknown name, or its content did not load); showing Home");
    return std::make_unique<HomeScene>();
}

void Screens::show(std::unique_ptr<Scene> scene, double now_ms, bool animate) {
    current_ = std::move(scene);
    if (animate) transition_start_ms_ = now_ms;
}

void Screens::show_over(std::unique_ptr<Scene> scene) {
    suspended_ = std::move(current_);
    current_ = std::move(scene);
}

bool Screens::resume() {
    if (!suspended_) return false;
    current_ = std::move(suspended_);
    return true;
}

}  // namespace kiosk
